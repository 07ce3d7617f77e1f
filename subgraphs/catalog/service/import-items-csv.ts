import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CsvRowError } from '../../shared/csv.ts';
import { insertMany, type Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, type UserError } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import { allCategories } from '../db/categories.ts';
import { itemsBySkus } from '../db/items.ts';
import { barcodes, type CategoryRow, type ItemRow, items } from '../db/tables.ts';
import { listUnits } from '../db/units.ts';
import { type BarcodeField, type CleanBarcode, normalizeBarcode, placeBarcodes } from '../domain/barcodes.ts';
import {
  type CharacteristicDef,
  effectiveTemplate,
  validateCharacteristics,
} from '../domain/characteristics.ts';
import { parseItemsCsv } from '../domain/csv-files.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import {
  categoryPaths,
  checkServiceType,
  checkTransition,
  cleanKeywords,
  type EquipmentFields,
  equipmentFields,
  initialStatus,
  normaliseCategoryPath,
  pathIds,
} from '../domain/items.ts';
import { unitResolver } from '../domain/units.ts';
import { EQUIPMENT_SUPPLY, type ItemKind, type ItemStatus, WARRANTY_MONTHS_MAX } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { createItemInput } from './create-item.ts';
import { type CheckedFile, defineImport, WriteConflict } from './csv-import-run.ts';
import { barcodeHolders } from './item-checks.ts';
import { recordChange } from './kit.ts';
import { updateItemInput } from './update-item.ts';

/** What one good row writes: a new item with its barcodes, or changes to one that exists. */
type ItemWrite =
  | { kind: 'create'; item: typeof items.$inferInsert & { id: string }; codes: CleanBarcode[] }
  | { kind: 'update'; before: ItemRow; after: ItemRow; codes: CleanBarcode[] };

/** A verb's userErrors as errors of a CSV line: `input.<field>` becomes the column. */
const rowErrors = (line: number, errors: readonly UserError[]): CsvRowError[] =>
  errors.map((e) => ({ line, column: e.field?.[1] ?? null, code: e.code, message: e.message }));

/** A row's codes are one cell: their errors name the `barcodes` column. */
const onBarcodes: BarcodeField = (i) => ['input', 'barcodes', i, 'code'];

const CHUNK = 1_000;
const chunks = <T>(list: readonly T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

async function check(
  _ctx: CatalogContext,
  tx: Tx,
  csv: string,
  known: CsvRowError[],
): Promise<CheckedFile<ItemWrite>> {
  const parsed = parseItemsCsv(csv);
  const errors: CsvRowError[] = [...parsed.errors, ...known];
  const knownLines = new Set(known.map((e) => e.line));
  const rows = parsed.rows.filter((r) => !knownLines.has(r.line));

  const [categories, unitRows] = await Promise.all([allCategories(tx.db), listUnits(tx.db)]);
  const unitOf = unitResolver(unitRows);
  const unitKind = new Map(unitRows.map((u) => [u.code, u.kind]));
  const byId = new Map(categories.map((c) => [c.id, c]));
  const idByPath = new Map(
    [...categoryPaths(categories)].map(([id, path]) => [normaliseCategoryPath(path), id]),
  );
  const templates = new Map<string, CharacteristicDef[]>();
  const templateOf = (category: CategoryRow) => {
    let template = templates.get(category.id);
    if (!template) {
      template = effectiveTemplate(pathIds(category).map((id) => byId.get(id)?.template ?? []));
      templates.set(category.id, template);
    }
    return template;
  };
  // The rows this file changes are locked until it commits; their codes and every code of the file read once.
  const existing = await itemsBySkus(
    tx.db,
    rows.map((r) => r.sku),
    true,
  );
  // Who holds each code of the file now, item or packaging (one statement, as every barcode check).
  const holders = await barcodeHolders(tx.db, [
    ...new Set(rows.flatMap((r) => r.barcodes.map(normalizeBarcode))),
  ]);

  // sysObjectIDs the file names, and which items hold them already.
  const oidHolders = new Map<string, string>();
  const fileOids = [...new Set(rows.flatMap((r) => (r.snmpSysObjectId ? [r.snmpSysObjectId] : [])))];
  if (fileOids.length) {
    const held = await tx.db
      .select({ oid: items.snmpSysObjectId, id: items.id })
      .from(items)
      .where(
        sql`${items.snmpSysObjectId} = any(${sql.param(fileOids.map((o) => o.replace(/^\./, '')))}::text[])`,
      );
    for (const h of held) if (h.oid) oidHolders.set(h.oid, h.id);
  }
  const claimedOids = new Map<string, number>();

  const seenSku = new Map<string, number>();
  const claimed = new Map<string, number>();
  const checked: CheckedFile<ItemWrite>['rows'] = [];
  const now = new Date();
  for (const row of rows) {
    const fail = (column: string | null, code: string, message: string) => {
      errors.push({ line: row.line, column, code, message });
    };
    const first = seenSku.get(row.sku.toLowerCase());
    if (first) {
      fail('sku', CatalogErrorCode.DUPLICATE_SKU, `SKU ${row.sku} is also on line ${first}`);
      continue;
    }
    seenSku.set(row.sku.toLowerCase(), row.line);
    const categoryId = idByPath.get(normaliseCategoryPath(row.categoryPath));
    const category = categoryId ? byId.get(categoryId) : undefined;
    if (!category) {
      fail('categoryPath', ErrorCode.NOT_FOUND, `No category "${row.categoryPath}"`);
      continue;
    }
    if (category.status === 'ARCHIVED') {
      fail(
        'categoryPath',
        CatalogErrorCode.CATEGORY_ARCHIVED,
        `The category "${row.categoryPath}" is archived`,
      );
      continue;
    }
    const unitCode = unitOf(row.unit);
    if (!unitCode) {
      fail(
        'unit',
        CatalogErrorCode.UNKNOWN_UNIT,
        `No unit "${row.unit}": give an OKEI code (796) or its symbol (шт, м, кг, мес)`,
      );
      continue;
    }
    // A service charged by a unit of time (a month) is a tariff; any other is a one-time job.
    const rowServiceType =
      row.kind === 'SERVICE' ? (unitKind.get(unitCode) === 'TIME' ? 'RECURRING' : 'ONE_TIME') : null;
    const before = existing.get(row.sku.toLowerCase());
    const fields = {
      name: row.name,
      description: row.description,
      categoryId: category.id,
      unitCode,
      manufacturer: row.manufacturer,
      vendorPartNumber: row.vendorPartNumber,
      characteristics: row.characteristics,
      keywords: row.keywords,
    };
    const parsedRow = before
      ? updateItemInput.safeParse({ ...fields, id: before.id })
      : createItemInput.safeParse({
          ...fields,
          sku: row.sku,
          kind: row.kind,
          status: row.status,
          serviceType: rowServiceType,
          barcodes: row.barcodes.map((code) => ({ code })),
        });
    if (!parsedRow.success) {
      for (const issue of parsedRow.error.issues)
        fail(String(issue.path[0] ?? '') || null, ErrorCode.VALIDATION, issue.message);
      continue;
    }
    const rowProblems: UserError[] = [];
    const attempt = <T>(run: () => T): T | undefined => {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rowProblems.push(...error.errors);
        return undefined;
      }
    };
    if (before && before.kind !== row.kind) {
      fail('kind', ErrorCode.VALIDATION, `The kind of ${row.sku} is ${before.kind}; it cannot change`);
      continue;
    }
    // A new item starts as a draft or active (`initialStatus`); an item's status moves along its lifecycle.
    const status = before
      ? attempt(() => {
          const to = (row.status as ItemStatus | null) ?? (before.status as ItemStatus);
          checkTransition(before.status as ItemStatus, to, ['input', 'status']);
          return to;
        })
      : attempt(() => initialStatus(row.status as ItemStatus | null, ['input', 'status']));
    const serviceType = before
      ? before.serviceType
      : attempt(() => checkServiceType(row.kind as ItemKind, rowServiceType));
    // A blank cell keeps what the item has (a new model: the defaults).
    const equipment = attempt(() =>
      equipmentFields(
        row.kind as ItemKind,
        {
          trackedBySerial: row.trackedBySerial ?? undefined,
          trackedByMac: row.trackedByMac ?? undefined,
          warrantyMonths: row.warrantyMonths ?? undefined,
          supply: (row.supply as EquipmentFields['supply']) ?? undefined,
          snmpSysObjectId: row.snmpSysObjectId ?? undefined,
        },
        before ? (before as EquipmentFields) : null,
      ),
    );
    if (row.warrantyMonths !== null && row.warrantyMonths > WARRANTY_MONTHS_MAX) {
      rowProblems.push({
        code: ErrorCode.VALIDATION,
        message: `A warranty is at most ${WARRANTY_MONTHS_MAX} months`,
        field: ['input', 'warrantyMonths'],
      });
    }
    if (row.supply !== null && !(EQUIPMENT_SUPPLY as readonly string[]).includes(row.supply)) {
      rowProblems.push({
        code: ErrorCode.VALIDATION,
        message: `Supply is one of ${EQUIPMENT_SUPPLY.join(', ')}`,
        field: ['input', 'supply'],
      });
    }
    const oid = equipment?.snmpSysObjectId ?? null;
    if (oid && row.snmpSysObjectId) {
      const holder = oidHolders.get(oid);
      const other = claimedOids.get(oid);
      if ((holder && holder !== before?.id) || other) {
        rowProblems.push({
          code: CatalogErrorCode.DUPLICATE_SYS_OBJECT_ID,
          message: other
            ? `sysObjectID ${oid} is also on line ${other}`
            : `sysObjectID ${oid} already names another model`,
          field: ['input', 'snmpSysObjectId'],
        });
      }
    }
    const values = validateCharacteristics(row.characteristics, templateOf(category), [
      'input',
      'characteristics',
    ]);
    rowProblems.push(...values.errors);
    // The rules of every barcode write (`placeBarcodes`): the codes the item has already are not added again.
    const { added: codes, errors: codeErrors } = placeBarcodes(
      row.barcodes.map((code) => ({ code })),
      holders,
      { itemId: before?.id ?? null },
      onBarcodes,
    );
    rowProblems.push(...codeErrors);
    for (const c of codes) {
      const other = claimed.get(c.code);
      if (other) {
        rowProblems.push({
          code: CatalogErrorCode.DUPLICATE_BARCODE,
          message: `Barcode ${c.code} is also on line ${other}`,
          field: ['input', 'barcodes'],
        });
      }
    }
    if (rowProblems.length) {
      errors.push(...rowErrors(row.line, rowProblems));
      continue;
    }
    for (const c of codes) claimed.set(c.code, row.line);
    if (oid && row.snmpSysObjectId) claimedOids.set(oid, row.line);
    const kept = equipment as EquipmentFields;
    const keywords = row.keywords.length || !before ? cleanKeywords(row.keywords) : before.keywords;
    if (before) {
      const after: ItemRow = {
        ...before,
        ...kept,
        keywords,
        name: row.name,
        description: row.description,
        categoryId: category.id,
        unitCode,
        manufacturer: row.manufacturer,
        vendorPartNumber: row.vendorPartNumber,
        characteristics: values.values,
        status: status as ItemStatus,
        updatedAt: now,
      };
      checked.push({ line: row.line, creates: false, write: { kind: 'update', before, after, codes } });
    } else {
      const item = {
        id: randomUUID(),
        sku: row.sku,
        name: row.name,
        description: row.description,
        kind: row.kind,
        status: status as ItemStatus,
        categoryId: category.id,
        unitCode,
        manufacturer: row.manufacturer,
        vendorPartNumber: row.vendorPartNumber,
        characteristics: values.values,
        serviceType: serviceType ?? null,
        attachments: [],
        keywords,
        ...kept,
        createdAt: now,
        updatedAt: now,
      };
      checked.push({ line: row.line, creates: true, write: { kind: 'create', item, codes } });
    }
  }
  return {
    rows: checked,
    errors,
    lines: parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size,
  };
}

async function write(ctx: CatalogContext, tx: Tx, rows: CheckedFile<ItemWrite>['rows']): Promise<void> {
  const conflicts: CsvRowError[] = [];
  const creates = rows.filter((r) => r.write.kind === 'create') as {
    line: number;
    write: Extract<ItemWrite, { kind: 'create' }>;
  }[];
  const updates = rows.filter((r) => r.write.kind === 'update') as {
    line: number;
    write: Extract<ItemWrite, { kind: 'update' }>;
  }[];
  for (const chunk of chunks(creates)) {
    const ok = new Set(
      await insertMany(
        tx.db,
        items,
        chunk.map((r) => r.write.item),
        { onConflictDoNothing: true },
      ),
    );
    const missed = chunk.filter((r) => !ok.has(r.write.item.id));
    // Nothing inserted for a row: a writer took its SKU, or its sysObjectID, since the check.
    const oids = missed.flatMap((r) => (r.write.item.snmpSysObjectId ? [r.write.item.snmpSysObjectId] : []));
    const takenOids = new Set(
      oids.length
        ? (
            await tx.db
              .select({ oid: items.snmpSysObjectId })
              .from(items)
              .where(sql`${items.snmpSysObjectId} = any(${sql.param(oids)}::text[])`)
          ).map((r) => r.oid)
        : [],
    );
    for (const r of missed) {
      const oid = r.write.item.snmpSysObjectId;
      conflicts.push(
        oid && takenOids.has(oid)
          ? {
              line: r.line,
              column: 'snmpSysObjectId',
              code: CatalogErrorCode.DUPLICATE_SYS_OBJECT_ID,
              message: `sysObjectID ${oid} already names another model`,
            }
          : {
              line: r.line,
              column: 'sku',
              code: CatalogErrorCode.DUPLICATE_SKU,
              message: `SKU "${r.write.item.sku}" is already in the catalog`,
            },
      );
    }
  }
  for (const chunk of chunks(updates)) {
    const values = chunk.map(({ write: { after } }) => ({
      id: after.id,
      name: after.name,
      description: after.description,
      category_id: after.categoryId,
      unit: after.unitCode,
      manufacturer: after.manufacturer,
      vendor_part_number: after.vendorPartNumber,
      characteristics: after.characteristics,
      status: after.status,
      keywords: after.keywords,
      tracked_by_serial: after.trackedBySerial,
      tracked_by_mac: after.trackedByMac,
      warranty_months: after.warrantyMonths,
      supply: after.supply,
      snmp_sys_object_id: after.snmpSysObjectId,
    }));
    try {
      await tx.db.execute(sql`
      update ${items} set name = v.name, description = v.description, category_id = v.category_id,
        unit = v.unit, manufacturer = v.manufacturer, vendor_part_number = v.vendor_part_number,
        characteristics = v.characteristics, status = v.status, keywords = v.keywords,
        tracked_by_serial = v.tracked_by_serial, tracked_by_mac = v.tracked_by_mac,
        warranty_months = v.warranty_months, supply = v.supply, snmp_sys_object_id = v.snmp_sys_object_id,
        updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, name text, description text,
        category_id uuid, unit text, manufacturer text, vendor_part_number text, characteristics jsonb, status text,
        keywords text[], tracked_by_serial boolean, tracked_by_mac boolean, warranty_months int, supply text,
        snmp_sys_object_id text)
      where ${items.id} = v.id`);
    } catch (error) {
      // A writer gave one of these sysObjectIDs to another model since the check.
      if (!isUniqueViolation(error, 'items_snmp_sys_object_id_uniq')) throw error;
      throw new WriteConflict(
        chunk
          .filter(({ write: { after } }) => after.snmpSysObjectId)
          .map(({ line, write: { after } }) => ({
            line,
            column: 'snmpSysObjectId',
            code: CatalogErrorCode.DUPLICATE_SYS_OBJECT_ID,
            message: `sysObjectID ${after.snmpSysObjectId} may name another model; check it`,
          })),
      );
    }
  }
  const codeRows = rows.flatMap((r) =>
    r.write.codes.map((c) => ({
      line: r.line,
      value: {
        id: randomUUID(),
        itemId: r.write.kind === 'create' ? r.write.item.id : r.write.before.id,
        type: c.type,
        code: c.code,
      },
    })),
  );
  for (const chunk of chunks(codeRows)) {
    const ok = new Set(
      await insertMany(
        tx.db,
        barcodes,
        chunk.map((c) => c.value),
        { onConflictDoNothing: true },
      ),
    );
    for (const c of chunk) {
      if (!ok.has(c.value.id)) {
        conflicts.push({
          line: c.line,
          column: 'barcodes',
          code: CatalogErrorCode.DUPLICATE_BARCODE,
          message: `Barcode ${c.value.code} already identifies another item`,
        });
      }
    }
  }
  if (conflicts.length) throw new WriteConflict(conflicts);
  const changes = rows.map((r) => ({ write: r.write, ...changeOf(r.write) }));
  await recordChange.many(
    ctx,
    tx,
    changes.map(({ write: w, action }) =>
      w.kind === 'create'
        ? {
            entityType: 'CatalogItem',
            entityId: w.item.id,
            action,
            after: { ...w.item, barcodes: w.codes },
          }
        : { entityType: 'CatalogItem', entityId: w.before.id, action, before: w.before, after: w.after },
    ),
    changes.map(({ write: w, change }) => ({
      name: CatalogEvent.ITEM_CHANGED,
      payload: { id: w.kind === 'create' ? w.item.id : w.before.id, change },
    })),
  );
}

/**
 * The audit action and event of a row's write, as the single-item verbs record them: a row that moves an
 * item's status is its activation or discontinuation (`changeItemStatus`; the audit row holds the other
 * fields it changes too), any other row of a known SKU its update.
 */
function changeOf(w: ItemWrite): { action: string; change: string } {
  if (w.kind === 'create') return { action: 'create', change: 'created' };
  if (w.after.status === w.before.status) return { action: 'update', change: 'updated' };
  return w.after.status === 'DISCONTINUED'
    ? { action: 'discontinue', change: 'discontinued' }
    : { action: 'activate', change: 'activated' };
}

/**
 * Creates or updates items from CSV, matched by SKU (case-insensitive), with the rules of
 * `createCatalogItem` and `updateCatalogItem`. Categories are named by their path from the root; a unit
 * by its OKEI code, its symbol or an old name (`unitResolver`). A service's type follows its unit: one
 * of time (мес) is RECURRING, anything else ONE_TIME. A status in the file follows the item lifecycle, and
 * a change of it is recorded as the activation or discontinuation `activateCatalogItem` and
 * `discontinueCatalogItem` record; a new item starts as DRAFT or ACTIVE.
 * Blank keyword and equipment cells keep what an existing item has.
 */
export const importItemsCsv = defineImport({ name: 'importCatalogItemsCsv', check, write });
