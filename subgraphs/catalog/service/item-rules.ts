import { eq, inArray } from 'drizzle-orm';
import { anyId, type Db, type Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { CatalogErrorCode, ITEM_TRANSITIONS, type ItemKind, type ItemStatus } from '../db/enums.ts';
import { barcodes, type CategoryRow, categories } from '../db/tables.ts';
import { type BarcodeType, detectBarcodeType, normalizeBarcode, validateBarcode } from './barcodes.ts';
import { type CharacteristicDef, effectiveTemplate, validateCharacteristics } from './characteristics.ts';

/** The category an item goes into: it must exist and not be archived. */
export async function activeCategory(tx: Tx, id: string, field: string[]): Promise<CategoryRow> {
  const [row] = await tx.db.select().from(categories).where(eq(categories.id, id)).for('share');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such category', field));
  if (row.status === 'ARCHIVED') {
    throw new DomainError(userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The category is archived', field));
  }
  return row;
}

export function checkTransition(from: ItemStatus, to: ItemStatus): void {
  if (from === to || ITEM_TRANSITIONS[from].includes(to)) return;
  throw new DomainError(
    userError(CatalogErrorCode.INVALID_TRANSITION, `An item cannot go from ${from} to ${to}`, [
      'input',
      'status',
    ]),
  );
}

/** Ids on a category's path, root first, the category itself last. */
export const pathIds = (category: Pick<CategoryRow, 'path'>) => category.path.split('/').filter(Boolean);

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
  const template = await templateOf(db, category);
  const result = validateCharacteristics(values ?? {}, template, field);
  if (result.errors.length) throw new DomainError(result.errors);
  return result.values;
}

/** A service needs a service type; nothing else may have one. */
export function checkServiceType(kind: ItemKind, serviceType: string | null | undefined): string | null {
  if (kind === 'SERVICE' && !serviceType) {
    throw new DomainError(
      userError(CatalogErrorCode.SERVICE_TYPE_REQUIRED, 'A service is ONE_TIME or RECURRING', [
        'input',
        'serviceType',
      ]),
    );
  }
  if (kind !== 'SERVICE' && serviceType) {
    throw new DomainError(
      userError(CatalogErrorCode.SERVICE_TYPE_NOT_ALLOWED, 'Only services have a service type', [
        'input',
        'serviceType',
      ]),
    );
  }
  return serviceType ?? null;
}

export interface CleanBarcode {
  type: BarcodeType;
  code: string;
}

/**
 * Normalises and validates barcodes (EAN-13 check digit, Code 128 charset), refuses duplicates within the
 * input and codes already held by another item. The unique index settles races between writers.
 */
export async function checkBarcodes(
  db: Db,
  input: { type?: BarcodeType | null; code: string }[],
  itemId: string | null,
  field: string[] = ['input', 'barcodes'],
): Promise<CleanBarcode[]> {
  const errors: UserError[] = [];
  const clean: CleanBarcode[] = [];
  const seen = new Set<string>();
  input.forEach((b, i) => {
    const code = normalizeBarcode(b.code);
    const type = b.type ?? detectBarcodeType(code);
    const invalid = validateBarcode(type, code, [...field, String(i), 'code']);
    if (invalid) errors.push(invalid);
    else if (seen.has(code)) {
      errors.push(
        userError(CatalogErrorCode.DUPLICATE_BARCODE, `Barcode ${code} is given twice`, [
          ...field,
          i,
          'code',
        ]),
      );
    } else {
      seen.add(code);
      clean.push({ type, code });
    }
  });
  if (clean.length) {
    const taken = await db
      .select({ code: barcodes.code, itemId: barcodes.itemId })
      .from(barcodes)
      .where(
        inArray(
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
          String(i),
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
