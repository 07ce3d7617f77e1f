import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CsvRowError } from '../../shared/csv.ts';
import type { Tx } from '../../shared/db.ts';
import { anyId, insertMany } from '../../shared/db.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import { itemsBySkus } from '../db/items.ts';
import { type PriceRow, prices } from '../db/tables.ts';
import { parsePricesCsv } from '../domain/csv-files.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { placePrice } from '../domain/prices.ts';
import { RECURRING_PERIODS } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { type CheckedFile, defineImport, WriteConflict } from './csv-import-run.ts';
import { recordChange } from './kit.ts';
import { includesVatByDefault, isPriceOverlap, PAST_TOLERANCE_MS } from './set-price.ts';

interface PriceWrite {
  price: PriceRow;
  /** The open-ended price this one ends, as it was. */
  closes: PriceRow | null;
}

async function check(
  _ctx: CatalogContext,
  tx: Tx,
  csv: string,
  known: CsvRowError[],
): Promise<CheckedFile<PriceWrite>> {
  const parsed = parsePricesCsv(csv);
  const errors: CsvRowError[] = [...parsed.errors, ...known];
  const knownLines = new Set(known.map((e) => e.line));
  const rows = parsed.rows.filter((r) => !knownLines.has(r.line));
  // The items' rows are locked as `setCatalogPrice` locks them, so the two never interleave.
  const bySku = await itemsBySkus(
    tx.db,
    rows.map((r) => r.sku),
    true,
  );
  const itemIds = [...new Set([...bySku.values()].map((i) => i.id))];
  const windows = new Map<string, PriceRow[]>();
  if (itemIds.length) {
    for (const p of await tx.db.select().from(prices).where(anyId(prices.itemId, itemIds))) {
      const key = `${p.itemId}:${p.currency}`;
      windows.set(key, [...(windows.get(key) ?? []), p]);
    }
  }
  const now = Date.now();
  const checked: CheckedFile<PriceWrite>['rows'] = [];
  const newPrices = new Set<string>();
  for (const row of rows) {
    const fail = (column: string | null, code: string, message: string) =>
      errors.push({ line: row.line, column, code, message });
    const item = bySku.get(row.sku.toLowerCase());
    if (!item) {
      fail('sku', ErrorCode.NOT_FOUND, `No item with SKU ${row.sku}`);
      continue;
    }
    const validFrom = new Date(row.validFrom);
    const validTo = row.validTo ? new Date(row.validTo) : null;
    const recurring = item.serviceType === 'RECURRING';
    if (validFrom.getTime() < now - PAST_TOLERANCE_MS) {
      fail('validFrom', CatalogErrorCode.PRICE_IN_PAST, 'A price cannot start in the past');
      continue;
    }
    if (validTo && validTo <= validFrom) {
      fail('validTo', ErrorCode.VALIDATION, 'validTo must be after validFrom');
      continue;
    }
    if (row.recurringPeriod && !(RECURRING_PERIODS as readonly string[]).includes(row.recurringPeriod)) {
      fail(
        'recurringPeriod',
        ErrorCode.VALIDATION,
        `A recurring period is one of ${RECURRING_PERIODS.join(', ')}`,
      );
      continue;
    }
    if (row.recurringPeriod && !recurring) {
      fail('recurringPeriod', ErrorCode.VALIDATION, 'Only recurring services have a recurring period');
      continue;
    }
    const key = `${item.id}:${row.currency}`;
    const existing = windows.get(key) ?? [];
    const { closes, overlap } = placePrice(existing, validFrom, validTo);
    if (overlap) {
      fail(
        'validFrom',
        CatalogErrorCode.PRICE_OVERLAP,
        `Another ${row.currency} price holds from ${overlap.validFrom.toISOString()}${overlap.validTo ? ` to ${overlap.validTo.toISOString()}` : ''}`,
      );
      continue;
    }
    const price: PriceRow = {
      id: randomUUID(),
      itemId: item.id,
      currency: row.currency,
      amount: row.amount,
      recurringPeriod: recurring ? (row.recurringPeriod ?? 'MONTH') : null,
      includesVat: row.includesVat ?? includesVatByDefault(row.currency),
      validFrom,
      validTo,
      createdAt: new Date(now),
    };
    // Later rows of the file see this one, and the one it closes as closed. A price this file adds and a
    // later row closes is written closed; one already stored is closed by an update.
    if (closes && newPrices.has(closes.id)) closes.validTo = validFrom;
    else if (closes)
      windows.set(
        key,
        existing.map((p) => (p === closes ? { ...p, validTo: validFrom } : p)),
      );
    windows.set(key, [...(windows.get(key) ?? []), price]);
    newPrices.add(price.id);
    checked.push({
      line: row.line,
      creates: true,
      write: { price, closes: closes && !newPrices.has(closes.id) ? closes : null },
    });
  }
  return {
    rows: checked,
    errors,
    lines: parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size,
  };
}

async function write(ctx: CatalogContext, tx: Tx, rows: CheckedFile<PriceWrite>['rows']): Promise<void> {
  const ends = rows.flatMap(({ write: w }) =>
    w.closes ? [{ id: w.closes.id, valid_to: w.price.validFrom.toISOString() }] : [],
  );
  if (ends.length) {
    await tx.db.execute(sql`
      update ${prices} set valid_to = v.valid_to
      from jsonb_to_recordset(${JSON.stringify(ends)}::jsonb) as v(id uuid, valid_to timestamptz)
      where ${prices.id} = v.id`);
  }
  for (let i = 0; i < rows.length; i += 1_000) {
    const chunk = rows.slice(i, i + 1_000);
    try {
      await insertMany(
        tx.db,
        prices,
        chunk.map((r) => r.write.price),
      );
    } catch (error) {
      // A writer that does not take the items' locks stored an overlapping window after the check.
      if (isPriceOverlap(error)) throw new WriteConflict(overlapping(error, chunk));
      throw error;
    }
  }
  await recordChange.many(
    ctx,
    tx,
    rows.map(({ write: w }) => ({
      entityType: 'CatalogItem',
      entityId: w.price.itemId,
      action: 'price.set',
      before: w.closes,
      after: w.price,
    })),
    rows.map(({ write: w }) => ({
      name: CatalogEvent.PRICE_CHANGED,
      payload: {
        itemId: w.price.itemId,
        priceId: w.price.id,
        currency: w.price.currency,
        amount: w.price.amount,
        validFrom: w.price.validFrom.toISOString(),
      },
    })),
  );
}

/**
 * The rows of `chunk` the exclusion constraint refused, reported as the check would: PRICE_OVERLAP on
 * `validFrom`. PostgreSQL names the first window refused (`Key (item_id, currency, tstzrange(…))=(id,
 * RUB, ["2030-01-02 00:00:00+00",…)`): the row of that item, currency and start, or, if its start cannot
 * be read, every row of the item and currency.
 */
function overlapping(error: unknown, chunk: CheckedFile<PriceWrite>['rows']): CsvRowError[] {
  let detail = '';
  for (let e = error as { detail?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.detail) {
      detail = e.detail;
      break;
    }
  }
  const key = /^Key \([^=]*\)=\(([0-9a-f-]{36}), ([A-Z]{3}), [[(]"?([^",)]*)/.exec(detail);
  const [, itemId, currency, start] = key ?? [];
  const from = start ? Date.parse(start.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')) : Number.NaN;
  const same = chunk.filter(({ write: w }) =>
    key ? w.price.itemId === itemId && w.price.currency === currency : true,
  );
  const exact = same.filter(({ write: w }) => w.price.validFrom.getTime() === from);
  return (exact.length ? exact : same).map(({ line, write: w }) => ({
    line,
    column: 'validFrom',
    code: CatalogErrorCode.PRICE_OVERLAP,
    message: `Another ${w.price.currency} price was just set over this window`,
  }));
}

/**
 * Sets prices from CSV with the rules of `setCatalogPrice`: never in the past, never overlapping, with
 * VAT or without (`includesVat`; blank: roubles include it). A row whose window another writer overlaps
 * between the check and the write is reported as PRICE_OVERLAP and the others are written again.
 */
export const importPricesCsv = defineImport({ name: 'importCatalogPricesCsv', check, write });
