import { reader, withSavepoint, withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode } from '../../shared/errors.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { barcodesOfItems } from '../db/barcodes.ts';
import { allCategories, itemsBySkus } from '../db/queries.ts';
import type { CategoryRow } from '../db/tables.ts';
import { addBarcode } from './barcode-verbs.ts';
import { createItem } from './create-item.ts';
import { type CsvRowError, parseItemsCsv, parsePricesCsv } from './csv.ts';
import { csvImportInput } from './inputs.ts';
import { setPrice } from './set-price.ts';
import { updateItem } from './update-item.ts';

export interface CsvImportResult {
  created: number;
  updated: number;
  skipped: number;
  errors: CsvRowError[];
}

/** Thrown to roll back a whole import (ALL_OR_NOTHING with a bad row, or a dry run). */
class RollBack extends Error {
  readonly result: CsvImportResult;
  constructor(result: CsvImportResult) {
    super('import rolled back');
    this.result = result;
  }
}

const PATH_SEPARATOR = ' / ';
const normalisePath = (path: string) =>
  path
    .split('/')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .join(PATH_SEPARATOR);

/** "Root / Child / Leaf" for every category, from the flat list. */
export function categoryPaths(rows: CategoryRow[]): Map<string, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  for (const row of rows) {
    const names = row.path
      .split('/')
      .filter(Boolean)
      .map((id) => byId.get(id)?.name ?? '?');
    paths.set(row.id, names.join(PATH_SEPARATOR));
  }
  return paths;
}

/** A verb's userErrors, as errors of a CSV line: `input.<field>` becomes the column. */
function rowErrors(line: number, error: DomainError): CsvRowError[] {
  return error.errors.map((e) => ({
    line,
    column: e.field?.[1] ?? null,
    code: e.code,
    message: e.message,
  }));
}

interface RowOutcome {
  created: boolean;
}

/**
 * Runs every row through the same verbs a single mutation uses (so every rule, audit row and event holds),
 * each row in its own savepoint. ALL_OR_NOTHING rolls the whole file back at the first reported error
 * after checking every row; VALID_ROWS_ONLY keeps the good rows; a dry run always rolls back.
 */
async function runRows<R extends { line: number }>(
  ctx: CatalogContext,
  rows: R[],
  parseErrors: CsvRowError[],
  mode: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY',
  dryRun: boolean,
  write: (rowCtx: CatalogContext, row: R) => Promise<RowOutcome>,
): Promise<CsvImportResult> {
  const errors = [...parseErrors];
  const badLines = new Set(parseErrors.map((e) => e.line));
  const total = rows.length + badLines.size;
  if (mode === 'ALL_OR_NOTHING' && errors.length) return { created: 0, updated: 0, skipped: total, errors };
  try {
    return await withTransaction(ctx, async (tx) => {
      let created = 0;
      let updated = 0;
      for (const [index, row] of rows.entries()) {
        try {
          const outcome = await withSavepoint(tx, (inner) => write({ ...ctx, tx: inner }, row));
          if (outcome.created) created += 1;
          else updated += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          errors.push(...rowErrors(row.line, error));
          badLines.add(row.line);
        }
        if ((index + 1) % 1000 === 0)
          ctx.logger.info({ done: index + 1, of: rows.length }, 'CSV import progress');
      }
      errors.sort((a, b) => a.line - b.line);
      const result = { created, updated, skipped: badLines.size, errors };
      if (dryRun || (mode === 'ALL_OR_NOTHING' && errors.length)) {
        throw new RollBack(
          mode === 'ALL_OR_NOTHING' && errors.length
            ? { created: 0, updated: 0, skipped: total, errors }
            : result,
        );
      }
      return result;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  }
}

/**
 * Creates or updates items from CSV, matched by SKU (case-insensitive). Categories are named by their
 * path from the root. A service's type follows its unit: MONTH is RECURRING, anything else ONE_TIME.
 */
export async function importItemsCsv(ctx: CatalogContext, rawInput: unknown): Promise<CsvImportResult> {
  const input = parseInput(csvImportInput, rawInput);
  const parsed = parseItemsCsv(input.csv);
  const db = ctx.database.db;
  const categories = await allCategories(db);
  const idByPath = new Map([...categoryPaths(categories)].map(([id, path]) => [normalisePath(path), id]));
  const existing = await itemsBySkus(
    db,
    parsed.rows.map((r) => r.sku),
  );
  const seen = new Map<string, number>();
  const errors = [...parsed.errors];
  const rows = parsed.rows.filter((row) => {
    const first = seen.get(row.sku.toLowerCase());
    if (first) {
      errors.push({
        line: row.line,
        column: 'sku',
        code: 'DUPLICATE_SKU',
        message: `SKU ${row.sku} is also on line ${first}`,
      });
      return false;
    }
    seen.set(row.sku.toLowerCase(), row.line);
    if (!idByPath.has(normalisePath(row.categoryPath))) {
      errors.push({
        line: row.line,
        column: 'categoryPath',
        code: ErrorCode.NOT_FOUND,
        message: `No category "${row.categoryPath}"`,
      });
      return false;
    }
    return true;
  });
  errors.sort((a, b) => a.line - b.line);
  return runRows(ctx, rows, errors, input.mode, Boolean(input.dryRun), async (rowCtx, row) => {
    const categoryId = idByPath.get(normalisePath(row.categoryPath)) as string;
    const known = existing.get(row.sku.toLowerCase());
    const fields = {
      name: row.name,
      description: row.description,
      categoryId,
      unit: row.unit,
      manufacturer: row.manufacturer,
      vendorPartNumber: row.vendorPartNumber,
      characteristics: row.characteristics,
    };
    if (!known) {
      await createItem(rowCtx, {
        ...fields,
        sku: row.sku,
        kind: row.kind,
        status: row.status ?? 'DRAFT',
        serviceType: row.kind === 'SERVICE' ? (row.unit === 'MONTH' ? 'RECURRING' : 'ONE_TIME') : null,
        barcodes: row.barcodes.map((code) => ({ code })),
      });
      return { created: true };
    }
    if (known.kind !== row.kind) {
      throw new DomainError({
        code: ErrorCode.VALIDATION,
        message: `The kind of ${row.sku} is ${known.kind}; it cannot change`,
        field: ['input', 'kind'],
      });
    }
    await updateItem(rowCtx, { ...fields, id: known.id, ...(row.status ? { status: row.status } : {}) });
    // Read in the import's transaction: the request's loaders read outside it.
    const have = new Set((await barcodesOfItems(reader(rowCtx), [known.id])).map((b) => b.code));
    for (const code of row.barcodes)
      if (!have.has(code)) await addBarcode(rowCtx, { itemId: known.id, code });
    return { created: false };
  });
}

/** Sets prices from CSV (each row as `setCatalogPrice`, so past windows and overlaps are refused). */
export async function importPricesCsv(ctx: CatalogContext, rawInput: unknown): Promise<CsvImportResult> {
  const input = parseInput(csvImportInput, rawInput);
  const parsed = parsePricesCsv(input.csv);
  const existing = await itemsBySkus(
    ctx.database.db,
    parsed.rows.map((r) => r.sku),
  );
  const errors = [...parsed.errors];
  const rows = parsed.rows.filter((row) => {
    if (existing.has(row.sku.toLowerCase())) return true;
    errors.push({
      line: row.line,
      column: 'sku',
      code: ErrorCode.NOT_FOUND,
      message: `No item with SKU ${row.sku}`,
    });
    return false;
  });
  errors.sort((a, b) => a.line - b.line);
  return runRows(ctx, rows, errors, input.mode, Boolean(input.dryRun), async (rowCtx, row) => {
    await setPrice(rowCtx, {
      itemId: existing.get(row.sku.toLowerCase())?.id,
      amount: row.amount,
      currency: row.currency,
      recurringPeriod: row.recurringPeriod,
      validFrom: row.validFrom,
      validTo: row.validTo,
    });
    return { created: true };
  });
}
