/**
 * Registers units from a CSV file: every row is read and checked (its model through the catalog, its site
 * here, its serial against what exists and against the file's other rows); ALL_OR_NOTHING writes nothing
 * when any row is bad, VALID_ROWS_ONLY writes the good rows; `dryRun` checks and writes nothing. One
 * transaction, a few statements however long the file.
 */
import { and, sql } from 'drizzle-orm';
import type { CsvRowError } from '../../shared/csv.ts';
import { type CsvFileShape, type CsvRowReader, readCsvFile } from '../../shared/csv.ts';
import { insertMany, withTransaction } from '../../shared/db.ts';
import { DomainError, toPayload } from '../../shared/errors.ts';
import type { AssetsContext } from '../context.ts';
import { equipment, sites } from '../db/tables.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';
import { normalizeIp, normalizeMac } from '../domain/identifiers.ts';
import { nextInventoryNumbers } from './equipment.ts';
import { equipmentModels } from './graph-checks.ts';
import { recordHistory } from './history.ts';
import { recordChange } from './kit.ts';

export const EQUIPMENT_CSV: CsvFileShape = {
  columns: [
    'serial',
    'model_sku',
    'model_id',
    'role',
    'status',
    'site_code',
    'management_ip',
    'macs',
    'firmware',
    'purchase_date',
    'warranty_until',
    'cost',
  ],
  required: ['serial', 'role'],
};

const ROLES = new Set(['CPE', 'ACCESS', 'AGGREGATION', 'CORE', 'PASSIVE']);
const STATUSES = new Set(['INSTALLED', 'DECOMMISSIONED']);
const MAX_ROWS = 50_000;

interface Row {
  line: number;
  serial: string;
  modelSku: string | null;
  modelId: string | null;
  role: string;
  status: string;
  siteCode: string;
  managementIp: string | null;
  macs: string[];
  firmware: string | null;
  purchaseDate: string | null;
  warrantyUntil: string | null;
  cost: string | null;
}

function readRow(row: CsvRowReader): Row {
  const role = row.required('role').toUpperCase();
  if (role && !ROLES.has(role))
    row.fail('role', 'INVALID_ROLE', `"${role}" is not a role: ${[...ROLES].join(', ')}`);
  const status = (row.optional('status') ?? 'INSTALLED').toUpperCase();
  if (!STATUSES.has(status))
    row.fail('status', 'INVALID_STATUS', 'A registered unit is INSTALLED or DECOMMISSIONED');
  const modelSku = row.optional('model_sku');
  const modelId = row.optional('model_id');
  if (!modelSku && !modelId) row.fail('model_sku', 'REQUIRED', 'Give model_sku or model_id');
  if (modelId && !/^[0-9a-f-]{36}$/i.test(modelId)) row.fail('model_id', 'NOT_FOUND', 'Not a valid id');
  const siteCode = row.optional('site_code');
  if (!siteCode) row.fail('site_code', 'REQUIRED', 'A unit registered from a file stands at a network site');
  const ipText = row.optional('management_ip');
  const managementIp = ipText ? normalizeIp(ipText) : null;
  if (ipText && !managementIp) row.fail('management_ip', E.INVALID_IP, `"${ipText}" is not an IP address`);
  const macs: string[] = [];
  for (const m of (row.optional('macs') ?? '').split(/[\s;,]+/).filter(Boolean)) {
    const mac = normalizeMac(m);
    if (mac) macs.push(mac);
    else row.fail('macs', E.INVALID_MAC, `"${m}" is not a MAC address`);
  }
  const serial = row.required('serial').toUpperCase();
  if (serial && !/^[\p{L}\p{N}._:/-]{1,100}$/u.test(serial))
    row.fail('serial', 'INVALID_SERIAL', 'A serial holds letters, digits and . _ : / -');
  return {
    line: row.line,
    serial,
    modelSku: modelSku?.toUpperCase() ?? null,
    modelId,
    role,
    status,
    siteCode: siteCode ?? '',
    managementIp,
    macs: [...new Set(macs)],
    firmware: row.optional('firmware'),
    purchaseDate: row.date('purchase_date', false),
    warrantyUntil: row.date('warranty_until', false),
    cost: row.amount('cost', false),
  };
}

export interface ImportResult {
  registered: number;
  skipped: number;
  errors: CsvRowError[];
}

export async function importEquipmentCsv(
  ctx: AssetsContext,
  input: { csv: string; mode?: string | null; dryRun?: boolean | null },
) {
  return toPayload('result', async () => {
    const parsed = readCsvFile(input.csv, EQUIPMENT_CSV, readRow);
    const errors = [...parsed.errors];
    const lines = parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size;
    if (lines > MAX_ROWS) {
      throw new DomainError({
        code: 'TOO_MANY_ROWS',
        message: `At most ${MAX_ROWS} rows a file`,
        field: ['input', 'csv'],
      });
    }
    const models = await equipmentModels(
      ctx,
      {
        ids: parsed.rows.flatMap((r) => (r.modelId ? [r.modelId] : [])),
        skus: parsed.rows.flatMap((r) => (r.modelId ? [] : r.modelSku ? [r.modelSku] : [])),
      },
      ['input', 'csv'],
    );
    return withTransaction(ctx, async (tx) => {
      const siteRows = await tx.db
        .select({ id: sites.id, code: sites.code })
        .from(sites)
        .where(
          sql`upper(${sites.code}) = any(${sql.param([...new Set(parsed.rows.map((r) => r.siteCode.toUpperCase()))])}::text[])`,
        );
      const siteByCode = new Map(siteRows.map((s) => [s.code.toUpperCase(), s.id]));
      const fail = (r: Row, column: string, code: string, message: string) =>
        errors.push({ line: r.line, column, code, message });
      const seen = new Map<string, number>();
      const good: (Row & { modelId: string; siteId: string })[] = [];
      for (const r of parsed.rows) {
        const model = r.modelId ? models.byId.get(r.modelId) : models.bySku.get(r.modelSku ?? '');
        const siteId = siteByCode.get(r.siteCode.toUpperCase());
        const before = errors.length;
        if (!model) {
          const asked = r.modelId ?? r.modelSku ?? '';
          const code = models.refused.get(asked) ?? 'NOT_FOUND';
          fail(
            r,
            r.modelId ? 'model_id' : 'model_sku',
            code,
            code === 'NOT_FOUND' ? `No catalog item ${asked}` : `${asked} is not an equipment model`,
          );
        }
        if (!siteId) fail(r, 'site_code', 'NOT_FOUND', `No network site ${r.siteCode}`);
        const key = `${model?.id}|${r.serial}`;
        if (model && seen.has(key))
          fail(r, 'serial', E.DUPLICATE_SERIAL, `The serial is on line ${seen.get(key)} too`);
        if (model) seen.set(key, r.line);
        if (errors.length === before && model && siteId) good.push({ ...r, modelId: model.id, siteId });
      }
      if (good.length) {
        const taken = await tx.db
          .select({ modelId: equipment.modelId, serial: equipment.serial })
          .from(equipment)
          .where(
            and(
              sql`(${equipment.modelId}, ${equipment.serial}) in (select * from unnest(${sql.param(good.map((g) => g.modelId))}::uuid[], ${sql.param(good.map((g) => g.serial))}::text[]))`,
            ),
          );
        const exists = new Set(taken.map((t) => `${t.modelId}|${t.serial}`));
        for (let i = good.length - 1; i >= 0; i--) {
          const g = good[i] as (typeof good)[number];
          if (exists.has(`${g.modelId}|${g.serial}`)) {
            fail(g, 'serial', E.DUPLICATE_SERIAL, `A unit of this model has the serial ${g.serial} already`);
            good.splice(i, 1);
          }
        }
      }
      errors.sort((a, b) => a.line - b.line);
      const write = !input.dryRun && (input.mode === 'VALID_ROWS_ONLY' || errors.length === 0);
      if (!write || !good.length) {
        return { registered: 0, skipped: lines, errors } satisfies ImportResult;
      }
      const numbers = await nextInventoryNumbers(tx, good.length);
      const made = await insertMany(
        tx.db,
        equipment,
        good.map((g, i) => ({
          serial: g.serial,
          inventoryNumber: numbers[i] as string,
          modelId: g.modelId,
          role: g.role,
          status: g.status,
          placeKind: 'SITE',
          placeId: g.siteId,
          subscriberId: null,
          macs: g.macs,
          managementIp: g.managementIp,
          firmware: g.firmware,
          purchaseDate: g.purchaseDate,
          warrantyUntil: g.warrantyUntil,
          cost: g.cost,
        })),
      );
      const ids = made;
      await recordHistory(
        tx,
        ctx.actor.id,
        ids.map((id) => ({
          equipmentId: id,
          change: 'CREATED' as const,
          reason: 'registered from a CSV file',
        })),
      );
      await recordChange.many(
        ctx,
        tx,
        ids.map((id) => ({ entityType: 'Equipment', entityId: id, action: 'import' })),
        [],
      );
      return { registered: good.length, skipped: lines - good.length, errors } satisfies ImportResult;
    });
  }).then((p) => ({
    registered: p.result?.registered ?? 0,
    skipped: p.result?.skipped ?? 0,
    errors: p.result?.errors ?? [],
    userErrors: p.userErrors,
  }));
}
