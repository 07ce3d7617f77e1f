import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CsvRowError } from '../../shared/csv.ts';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, type UserError } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import { barcodesOfItems } from '../db/barcodes.ts';
import { allCategories } from '../db/categories.ts';
import { itemsBySkus } from '../db/items.ts';
import { barcodes, type CategoryRow, type ItemRow, items } from '../db/tables.ts';
import { type CleanBarcode, cleanBarcodes } from '../domain/barcodes.ts';
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
  normaliseCategoryPath,
  pathIds,
} from '../domain/items.ts';
import type { ItemKind, ItemStatus } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { createItemInput } from './create-item.ts';
import { type CheckedFile, defineImport, WriteConflict } from './csv-import-run.ts';
import { recordChange } from './kit.ts';
import { updateItemInput } from './update-item.ts';

/** What one good row writes: a new item with its barcodes, or changes to one that exists. */
type ItemWrite =
  | { kind: 'create'; item: typeof items.$inferInsert & { id: string }; codes: CleanBarcode[] }
  | { kind: 'update'; before: ItemRow; after: ItemRow; codes: CleanBarcode[] };

/** A verb's userErrors as errors of a CSV line: `input.<field>` becomes the column. */
const rowErrors = (line: number, errors: readonly UserError[]): CsvRowError[] =>
  errors.map((e) => ({ line, column: e.field?.[1] ?? null, code: e.code, message: e.message }));

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

  const categories = await allCategories(tx.db);
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
  const fileCodes = [...new Set(rows.flatMap((r) => r.barcodes))];
  const holders = new Map<string, string>();
  if (fileCodes.length) {
    const held = await tx.db
      .select({ code: barcodes.code, itemId: barcodes.itemId })
      .from(barcodes)
      .where(sql`${barcodes.code} = any(${sql.param(fileCodes)}::text[])`);
    for (const h of held) holders.set(h.code, h.itemId);
  }
  const ownCodes = new Map<string, Set<string>>();
  if (existing.size) {
    for (const b of await barcodesOfItems(
      tx.db,
      [...existing.values()].map((i) => i.id),
    )) {
      const set = ownCodes.get(b.itemId) ?? new Set();
      set.add(b.code);
      ownCodes.set(b.itemId, set);
    }
  }

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
    const before = existing.get(row.sku.toLowerCase());
    const fields = {
      name: row.name,
      description: row.description,
      categoryId: category.id,
      unit: row.unit,
      manufacturer: row.manufacturer,
      vendorPartNumber: row.vendorPartNumber,
      characteristics: row.characteristics,
    };
    const parsedRow = before
      ? updateItemInput.safeParse({ ...fields, id: before.id })
      : createItemInput.safeParse({
          ...fields,
          sku: row.sku,
          kind: row.kind,
          status: row.status === 'DISCONTINUED' ? undefined : (row.status ?? 'DRAFT'),
          serviceType: row.kind === 'SERVICE' ? (row.unit === 'MONTH' ? 'RECURRING' : 'ONE_TIME') : null,
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
    if (!before && row.status === 'DISCONTINUED') {
      fail('status', CatalogErrorCode.INVALID_TRANSITION, 'A new item starts as DRAFT or ACTIVE');
      continue;
    }
    if (before && row.status) {
      attempt(() =>
        checkTransition(before.status as ItemStatus, row.status as ItemStatus, ['input', 'status']),
      );
    }
    const serviceType = before
      ? before.serviceType
      : attempt(() =>
          checkServiceType(
            row.kind as ItemKind,
            row.kind === 'SERVICE' ? (row.unit === 'MONTH' ? 'RECURRING' : 'ONE_TIME') : null,
          ),
        );
    const values = validateCharacteristics(row.characteristics, templateOf(category), [
      'input',
      'characteristics',
    ]);
    rowProblems.push(...values.errors);
    const own = before ? (ownCodes.get(before.id) ?? new Set<string>()) : new Set<string>();
    const { clean, errors: codeErrors } = cleanBarcodes(
      row.barcodes.map((code) => ({ code })),
      ['input', 'barcodes'],
    );
    rowProblems.push(...codeErrors);
    const codes = clean.filter((c) => !own.has(c.code));
    for (const c of codes) {
      const holder = holders.get(c.code);
      const other = claimed.get(c.code);
      if ((holder && holder !== before?.id) || other) {
        rowProblems.push({
          code: CatalogErrorCode.DUPLICATE_BARCODE,
          message: other
            ? `Barcode ${c.code} is also on line ${other}`
            : `Barcode ${c.code} already identifies another item`,
          field: ['input', 'barcodes'],
        });
      }
    }
    if (rowProblems.length) {
      errors.push(...rowErrors(row.line, rowProblems));
      continue;
    }
    for (const c of codes) claimed.set(c.code, row.line);
    if (before) {
      const after: ItemRow = {
        ...before,
        name: row.name,
        description: row.description,
        categoryId: category.id,
        unit: row.unit,
        manufacturer: row.manufacturer,
        vendorPartNumber: row.vendorPartNumber,
        characteristics: values.values,
        status: row.status ?? before.status,
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
        status: row.status ?? 'DRAFT',
        categoryId: category.id,
        unit: row.unit,
        manufacturer: row.manufacturer,
        vendorPartNumber: row.vendorPartNumber,
        characteristics: values.values,
        serviceType: serviceType ?? null,
        attachments: [],
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
    const inserted = await tx.db
      .insert(items)
      .values(chunk.map((r) => r.write.item))
      .onConflictDoNothing()
      .returning({ id: items.id });
    const ok = new Set(inserted.map((r) => r.id));
    for (const r of chunk) {
      if (!ok.has(r.write.item.id)) {
        conflicts.push({
          line: r.line,
          column: 'sku',
          code: CatalogErrorCode.DUPLICATE_SKU,
          message: `SKU "${r.write.item.sku}" is already in the catalog`,
        });
      }
    }
  }
  for (const chunk of chunks(updates)) {
    const values = chunk.map(({ write: { after } }) => ({
      id: after.id,
      name: after.name,
      description: after.description,
      category_id: after.categoryId,
      unit: after.unit,
      manufacturer: after.manufacturer,
      vendor_part_number: after.vendorPartNumber,
      characteristics: after.characteristics,
      status: after.status,
    }));
    await tx.db.execute(sql`
      update ${items} set name = v.name, description = v.description, category_id = v.category_id,
        unit = v.unit, manufacturer = v.manufacturer, vendor_part_number = v.vendor_part_number,
        characteristics = v.characteristics, status = v.status, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, name text, description text,
        category_id uuid, unit text, manufacturer text, vendor_part_number text, characteristics jsonb, status text)
      where ${items.id} = v.id`);
  }
  const codeRows = rows.flatMap((r) =>
    r.write.codes.map((c) => ({
      line: r.line,
      value: {
        itemId: r.write.kind === 'create' ? r.write.item.id : r.write.before.id,
        type: c.type,
        code: c.code,
      },
    })),
  );
  for (const chunk of chunks(codeRows)) {
    const inserted = await tx.db
      .insert(barcodes)
      .values(chunk.map((c) => c.value))
      .onConflictDoNothing()
      .returning({ code: barcodes.code });
    const ok = new Set(inserted.map((r) => r.code));
    for (const c of chunk) {
      if (!ok.has(c.value.code)) {
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
  await recordChange.many(
    ctx,
    tx,
    rows.map((r) =>
      r.write.kind === 'create'
        ? {
            entityType: 'CatalogItem',
            entityId: r.write.item.id,
            action: 'create',
            after: { ...r.write.item, barcodes: r.write.codes },
          }
        : {
            entityType: 'CatalogItem',
            entityId: r.write.before.id,
            action: 'update',
            before: r.write.before,
            after: r.write.after,
          },
    ),
    rows.map((r) => ({
      name: CatalogEvent.ITEM_CHANGED,
      payload:
        r.write.kind === 'create'
          ? { id: r.write.item.id, change: 'created' }
          : { id: r.write.before.id, change: 'updated' },
    })),
  );
}

/**
 * Creates or updates items from CSV, matched by SKU (case-insensitive), with the rules of
 * `createCatalogItem` and `updateCatalogItem`. Categories are named by their path from the root. A
 * service's type follows its unit: MONTH is RECURRING, anything else ONE_TIME. A status in the file
 * follows the item lifecycle.
 */
export const importItemsCsv = defineImport({ name: 'importCatalogItemsCsv', check, write });
