/** Checks of item writes that need the database: the category, its template, barcodes held elsewhere. */
import { eq } from 'drizzle-orm';
import { anyId, anyText, type Db, type Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { barcodes, type CategoryRow, categories, items, type UnitRow, units } from '../db/tables.ts';
import { type BarcodeType, type CleanBarcode, cleanBarcodes, normalizeBarcode } from '../domain/barcodes.ts';
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
 * Cleans barcodes (see `cleanBarcodes`) and refuses codes another item already holds. The unique index
 * settles races between writers (`duplicateBarcodeError`).
 */
export async function checkBarcodes(
  db: Db,
  input: readonly { type?: BarcodeType | null; code: string }[],
  itemId: string | null,
  field: (string | number)[] = ['input', 'barcodes'],
): Promise<CleanBarcode[]> {
  const { clean, errors } = cleanBarcodes(input, field);
  if (clean.length) {
    const taken = await db
      .select({ code: barcodes.code, itemId: barcodes.itemId })
      .from(barcodes)
      .where(
        anyText(
          barcodes.code,
          clean.map((b) => b.code),
        ),
      );
    for (const t of taken) {
      if (t.itemId === itemId) continue;
      const i = input.findIndex((b) => normalizeBarcode(b.code) === t.code);
      errors.push(
        userError(CatalogErrorCode.DUPLICATE_BARCODE, `Barcode ${t.code} already identifies another item`, [
          ...field,
          i,
          'code',
        ]),
      );
    }
  }
  if (errors.length) throw new DomainError(errors);
  return clean;
}

/**
 * The unique index caught a barcode another writer took between our check and our insert: name the code
 * (from PostgreSQL's `Key (code)=(…)` detail) and point at its place in the input, as the check would.
 */
export function duplicateBarcodeError(
  error: unknown,
  codes: CleanBarcode[],
  field: (index: number) => (string | number)[] = (i) => ['input', 'barcodes', i, 'code'],
): DomainError {
  const e = error as { detail?: string; cause?: { detail?: string } };
  const code = (e.cause?.detail ?? e.detail ?? '').match(/\(code\)=\((.*)\)/)?.[1];
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
