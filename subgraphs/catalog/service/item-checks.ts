/** Checks of item writes that need the database: the category, its template, barcodes held elsewhere. */
import { eq, sql } from 'drizzle-orm';
import { anyId, anyText, type Db, type Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import {
  barcodes,
  type CategoryRow,
  categories,
  items,
  packagings,
  type UnitRow,
  units,
} from '../db/tables.ts';
import {
  type BarcodeField,
  type BarcodeHolder,
  type BarcodeTarget,
  type BarcodeType,
  type CleanBarcode,
  normalizeBarcode,
  placeBarcodes,
} from '../domain/barcodes.ts';
import {
  type CharacteristicDef,
  effectiveTemplate,
  validateCharacteristics,
} from '../domain/characteristics.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { pathIds } from '../domain/items.ts';

/** The category an item goes into: it must exist and not be archived. */
export async function activeCategory(tx: Tx, id: string, field: (string | number)[]): Promise<CategoryRow> {
  const [row] = await tx.db.select().from(categories).where(eq(categories.id, id)).for('share');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such category', field));
  if (row.status === 'ARCHIVED') {
    throw new DomainError(userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The category is archived', field));
  }
  return row;
}

/** The unit of measure of an OKEI code, or UNKNOWN_UNIT on `field`. */
export async function checkUnit(db: Db, code: string, field: (string | number)[]): Promise<UnitRow> {
  const [row] = await db.select().from(units).where(eq(units.code, code));
  if (!row) {
    throw new DomainError(
      userError(CatalogErrorCode.UNKNOWN_UNIT, `No unit with OKEI code "${code}" (see \`units\`)`, field),
    );
  }
  return row;
}

/** Refuses a sysObjectID another item has (the unique index settles races: `duplicateSysObjectIdError`). */
export async function checkSysObjectId(db: Db, oid: string | null, itemId: string | null): Promise<void> {
  if (!oid) return;
  const [holder] = await db
    .select({ id: items.id, sku: items.sku })
    .from(items)
    .where(eq(items.snmpSysObjectId, oid));
  if (holder && holder.id !== itemId) throw duplicateSysObjectIdError(oid, holder.sku);
}

export function duplicateSysObjectIdError(oid: string, sku?: string): DomainError {
  return new DomainError(
    userError(
      CatalogErrorCode.DUPLICATE_SYS_OBJECT_ID,
      `sysObjectID ${oid} already names ${sku ? `the model ${sku}` : 'another model'}`,
      ['input', 'snmpSysObjectId'],
    ),
  );
}

/** The characteristic template items of `category` follow: every ancestor's, then its own. */
export async function templateOf(db: Db, category: CategoryRow): Promise<CharacteristicDef[]> {
  const ids = pathIds(category);
  const rows =
    ids.length > 1 ? await db.select().from(categories).where(anyId(categories.id, ids)) : [category];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return effectiveTemplate(ids.map((id) => byId.get(id)?.template ?? []));
}

/** Validates characteristic values against the category's template; returns them cleaned. */
export async function checkCharacteristics(
  db: Db,
  category: CategoryRow,
  values: Record<string, unknown> | null | undefined,
  field: string[] = ['input', 'characteristics'],
): Promise<Record<string, string | number | boolean>> {
  const result = validateCharacteristics(values ?? {}, await templateOf(db, category), field);
  if (result.errors.length) throw new DomainError(result.errors);
  return result.values;
}

/**
 * Who holds each of `codes` now, by code: an item (as its barcode) or a packaging (as its package
 * barcode), both tables read in one statement.
 */
export async function barcodeHolders(db: Db, codes: readonly string[]): Promise<Map<string, BarcodeHolder>> {
  const holders = new Map<string, BarcodeHolder>();
  if (!codes.length) return holders;
  const wanted = [...new Set(codes)];
  const rows = await db
    .select({
      code: barcodes.code,
      itemId: barcodes.itemId,
      sku: items.sku,
      packaging: sql<string | null>`null::text`,
    })
    .from(barcodes)
    .innerJoin(items, eq(items.id, barcodes.itemId))
    .where(anyText(barcodes.code, wanted))
    .unionAll(
      db
        .select({
          code: sql<string>`${packagings.barcode}`,
          itemId: packagings.itemId,
          sku: items.sku,
          packaging: sql<string | null>`${packagings.name}`,
        })
        .from(packagings)
        .innerJoin(items, eq(items.id, packagings.itemId))
        .where(anyText(packagings.barcode, wanted)),
    );
  for (const { code, ...holder } of rows) holders.set(code, holder);
  return holders;
}

/**
 * Cleans barcodes for `target` (an item's, or its packagings') and refuses codes someone else holds: a
 * code identifies one item, or one packaging and no item (`placeBarcodes`). `added` leaves out what the
 * target holds already. The unique indexes settle races between writers (`duplicateBarcodeError`).
 */
export async function checkBarcodes(
  db: Db,
  input: readonly { type?: BarcodeType | null; code: string }[],
  target: BarcodeTarget,
  field: BarcodeField = (i) => ['input', 'barcodes', i, 'code'],
): Promise<{ clean: CleanBarcode[]; added: CleanBarcode[] }> {
  const holders = await barcodeHolders(
    db,
    input.map((b) => normalizeBarcode(b.code)),
  );
  const { clean, added, errors } = placeBarcodes(input, holders, target, field);
  if (errors.length) throw new DomainError(errors);
  return { clean, added };
}

/**
 * The unique index caught a barcode another writer took between our check and our insert: name the code
 * (from PostgreSQL's `Key (code)=(…)` or `Key (barcode)=(…)` detail) and point at its place in the input,
 * as the check would.
 */
export function duplicateBarcodeError(
  error: unknown,
  codes: CleanBarcode[],
  field: BarcodeField = (i) => ['input', 'barcodes', i, 'code'],
): DomainError {
  const e = error as { detail?: string; cause?: { detail?: string } };
  const code = (e.cause?.detail ?? e.detail ?? '').match(/\((?:code|barcode)\)=\((.*)\)/)?.[1];
  const index = Math.max(
    0,
    codes.findIndex((c) => c.code === code),
  );
  return new DomainError(
    userError(
      CatalogErrorCode.DUPLICATE_BARCODE,
      `Barcode ${code ?? codes[index]?.code ?? ''} already identifies another item`,
      field(index),
    ),
  );
}
