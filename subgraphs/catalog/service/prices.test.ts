import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow, ItemRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { catalog } from '../index.ts';
import {
  createCategory,
  createItem,
  DAY_MS,
  daysFromNow,
  isoDayFromNow,
  rowCounts,
  setPrice,
} from '../test-factories.ts';
import { importPricesCsv } from './import-prices-csv.ts';
import { setPrice as setPriceVerb } from './set-price.ts';

interface PriceView {
  amount: string;
  currency: string;
  validFrom: string;
  validTo: string | null;
}

describe('catalog prices', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let category: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    category = await createCategory(ctx, { name: 'Коннекторы' });
  });

  const newItem = () => createItem(ctx, category.id);
  const set = (input: Record<string, unknown>) => toPayload('price', () => setPriceVerb(ctx, input));
  const counts = () => rowCounts(h.database, ['prices', 'audit_log']);

  async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
    const res = await h.execute(text, variables, 'PARTNER');
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const history = async (item: ItemRow, currency?: string) =>
    (
      await query<{ catalogItem: { priceHistory: PriceView[] } }>(
        'query($id: ID!, $currency: String) { catalogItem(id: $id) { priceHistory(currency: $currency) { amount currency validFrom validTo } } }',
        { id: item.id, currency },
      )
    ).catalogItem.priceHistory;

  const priceAt = async (item: ItemRow, at: Date, currency = 'RUB') =>
    (
      await query<{ catalogItem: { price: PriceView | null } }>(
        'query($id: ID!, $at: DateTime, $currency: String) { catalogItem(id: $id) { price(at: $at, currency: $currency) { amount validFrom validTo } } }',
        { id: item.id, at: at.toISOString(), currency },
      )
    ).catalogItem.price;

  /** Pairs of windows of the same item and currency that overlap; must always be empty. */
  const overlaps = (itemId: string) => h.database.sql`
    select a.id, b.id from catalog.prices a join catalog.prices b
      on a.item_id = b.item_id and a.currency = b.currency and a.id < b.id
     and tstzrange(a.valid_from, a.valid_to) && tstzrange(b.valid_from, b.valid_to)
    where a.item_id = ${itemId}`;

  it('refuses a window that overlaps another of the same item and currency, and writes nothing', async () => {
    const item = await newItem();
    await setPrice(ctx, item.id, '100.00', { validFrom: daysFromNow(1), validTo: daysFromNow(10) });
    const before = await counts();
    for (const [from, to] of [
      [5, 15],
      [0.5, 2],
      [2, 3],
      [5, null],
    ] as const) {
      const payload = await set({
        itemId: item.id,
        amount: '120.00',
        validFrom: daysFromNow(from),
        ...(to ? { validTo: daysFromNow(to) } : {}),
      });
      expect(payload.price).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.PRICE_OVERLAP, field: ['input', 'validFrom'] }),
      ]);
    }
    expect(await counts()).toEqual(before);
    expect(await history(item)).toEqual([expect.objectContaining({ amount: '100.00' })]);
  });

  it('closes the open price where a new open-ended one starts, keeping both in the history', async () => {
    const item = await newItem();
    const firstFrom = daysFromNow(1);
    const secondFrom = daysFromNow(3);
    await setPrice(ctx, item.id, '100.00', { validFrom: firstFrom });
    await setPrice(ctx, item.id, '110.50', { validFrom: secondFrom });

    const rows = await history(item, 'RUB');
    expect(rows).toEqual([
      { amount: '110.50', currency: 'RUB', validFrom: secondFrom.toISOString(), validTo: null },
      {
        amount: '100.00',
        currency: 'RUB',
        validFrom: firstFrom.toISOString(),
        validTo: secondFrom.toISOString(),
      },
    ]);
    // Adjacent: the first ends exactly where the second starts.
    expect(rows[1]!.validTo).toBe(rows[0]!.validFrom);
    expect(await overlaps(item.id)).toHaveLength(0);
  });

  it('refuses an open-ended price that starts before an open one already set', async () => {
    const item = await newItem();
    await setPrice(ctx, item.id, '100.00', { validFrom: daysFromNow(3) });
    const payload = await set({ itemId: item.id, amount: '90.00', validFrom: daysFromNow(1) });
    expect(payload.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.PRICE_OVERLAP]);
    expect(await history(item)).toHaveLength(1);
  });

  it('keeps currencies apart: the same window in RUB and USD does not conflict', async () => {
    const item = await newItem();
    const from = daysFromNow(1);
    const to = daysFromNow(30);
    expect(
      (await set({ itemId: item.id, amount: '4990.00', currency: 'RUB', validFrom: from, validTo: to }))
        .userErrors,
    ).toEqual([]);
    expect(
      (await set({ itemId: item.id, amount: '54.90', currency: 'USD', validFrom: from, validTo: to }))
        .userErrors,
    ).toEqual([]);
    const all = await history(item);
    expect(all.map((p) => [p.currency, p.amount]).sort()).toEqual([
      ['RUB', '4990.00'],
      ['USD', '54.90'],
    ]);
    expect(await priceAt(item, daysFromNow(2), 'USD')).toMatchObject({ amount: '54.90' });
    expect(await priceAt(item, daysFromNow(2), 'RUB')).toMatchObject({ amount: '4990.00' });
  });

  it('refuses a price starting in the past as PRICE_IN_PAST', async () => {
    const item = await newItem();
    const before = await counts();
    const payload = await set({
      itemId: item.id,
      amount: '100.00',
      validFrom: new Date(Date.now() - 3_600_000),
    });
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: CatalogErrorCode.PRICE_IN_PAST, field: ['input', 'validFrom'] }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a negative amount', '-10.00'],
    ['three decimals', '10.125'],
    ['not a number', 'десять'],
  ])('refuses %s as a VALIDATION error on input.amount', async (_, amount) => {
    const item = await newItem();
    const before = await counts();
    const payload = await set({ itemId: item.id, amount });
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.VALIDATION, field: ['input', 'amount'] }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('answers the price holding at a moment, with exclusive window ends', async () => {
    const item = await newItem();
    const d1 = daysFromNow(1);
    const d3 = daysFromNow(3);
    const d5 = daysFromNow(5);
    await setPrice(ctx, item.id, '100.00', { validFrom: d1, validTo: d3 });
    await setPrice(ctx, item.id, '150.00', { validFrom: d3, validTo: d5 });
    await setPrice(ctx, item.id, '175.00', { validFrom: daysFromNow(7) });

    expect(await priceAt(item, new Date())).toBeNull();
    expect(await priceAt(item, daysFromNow(2))).toMatchObject({
      amount: '100.00',
      validTo: d3.toISOString(),
    });
    expect(await priceAt(item, new Date(d3.getTime() - 1))).toMatchObject({ amount: '100.00' });
    expect(await priceAt(item, d3)).toMatchObject({ amount: '150.00', validFrom: d3.toISOString() });
    // The gap between the second and third windows has no price.
    expect(await priceAt(item, daysFromNow(6))).toBeNull();
    expect(await priceAt(item, daysFromNow(400))).toMatchObject({ amount: '175.00', validTo: null });
  });

  it('never leaves overlapping windows when prices of one item are set concurrently', async () => {
    const item = await newItem();
    const base = Date.now() + DAY_MS;
    // Every call starts open-ended at its own hour, in no particular order, all at once.
    const starts = [5, 1, 7, 3, 0, 6, 2, 4].map((hour) => new Date(base + hour * 3_600_000));
    const results = await Promise.allSettled(
      starts.map((validFrom, i) =>
        toPayload('price', () =>
          setPriceVerb(h.context('CATALOG_MANAGER'), { itemId: item.id, amount: `${100 + i}.00`, validFrom }),
        ),
      ),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const payloads = results.map(
      (r) => (r as PromiseFulfilledResult<{ price: unknown; userErrors: { code: string }[] }>).value,
    );
    const written = payloads.filter((p) => p.price);
    expect(written.length).toBeGreaterThanOrEqual(1);
    for (const p of payloads.filter((x) => !x.price)) {
      expect(p.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.PRICE_OVERLAP]);
    }

    expect(await overlaps(item.id)).toHaveLength(0);
    const rows = await h.database.sql<{ valid_from: Date; valid_to: Date | null }[]>`
      select valid_from, valid_to from catalog.prices where item_id = ${item.id} order by valid_from`;
    expect(rows).toHaveLength(written.length);
    // One open-ended price, the latest; each earlier window ends where the next begins.
    expect(rows.filter((r) => r.valid_to === null)).toHaveLength(1);
    expect(rows.at(-1)!.valid_to).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.valid_to).toEqual(rows[i]!.valid_from);
  });

  /**
   * Runs `write` while another transaction holds an uncommitted RUB window [from, to) of the item, stored
   * as a writer that takes no item lock would (a script, a restore); that transaction commits once
   * `write`'s statement waits on its row, so the exclusion constraint, not the check, meets the overlap.
   */
  async function racingWindow<T>(itemId: string, from: Date, to: Date, write: () => Promise<T>): Promise<T> {
    let pending: Promise<T> | undefined;
    await h.database.sql.begin(async (raw) => {
      await raw`insert into catalog.prices (item_id, currency, amount, valid_from, valid_to)
        values (${itemId}, 'RUB', 100, ${from.toISOString()}, ${to.toISOString()})`;
      pending = write();
      pending.catch(() => {});
      for (let i = 0; ; i++) {
        const [waiting] = await h.database.sql<
          { n: number }[]
        >`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`;
        if (waiting!.n > 0) break;
        if (i > 1_000) throw new Error('the write never waited for the other window');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    return pending!;
  }

  it('answers PRICE_OVERLAP, not a fault, when another window lands between its check and its insert', async () => {
    const item = await newItem();
    const before = await counts();
    const payload = await racingWindow(item.id, daysFromNow(1), daysFromNow(3), () =>
      set({ itemId: item.id, amount: '120.00', validFrom: daysFromNow(2) }),
    );
    expect(payload.price).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: CatalogErrorCode.PRICE_OVERLAP, field: ['input', 'validFrom'] }),
    ]);
    // Only the other writer's window is stored; no audit row, no event.
    expect(await counts()).toEqual({ ...before, prices: before.prices! + 1 });
    const jobs = await h.database.sql`
      select 1 from pgboss.job where name = ${CatalogEvent.PRICE_CHANGED} and data->>'itemId' = ${item.id}`;
    expect(jobs).toHaveLength(0);
  });

  it('reports a prices-file row as PRICE_OVERLAP when another window lands between its check and its write', async () => {
    const item = await newItem();
    const csv = `sku,currency,amount,validFrom\n${item.sku},RUB,120.00,${isoDayFromNow(2)}\n`;
    const before = await counts();
    const result = await racingWindow(
      item.id,
      new Date(`${isoDayFromNow(1)}T00:00:00Z`),
      new Date(`${isoDayFromNow(3)}T00:00:00Z`),
      () => importPricesCsv(h.context('CATALOG_MANAGER'), { csv }),
    );
    expect(result).toEqual({
      created: 0,
      updated: 0,
      skipped: 1,
      errors: [
        expect.objectContaining({ line: 2, column: 'validFrom', code: CatalogErrorCode.PRICE_OVERLAP }),
      ],
    });
    expect(await counts()).toEqual({ ...before, prices: before.prices! + 1 });
  });

  it('publishes catalog.price.changed with the new price', async () => {
    const item = await newItem();
    const validFrom = daysFromNow(2);
    const { price } = await setPrice(ctx, item.id, '1290.00', { validFrom });
    const jobs = await h.database.sql`
      select data from pgboss.job where name = ${CatalogEvent.PRICE_CHANGED} and data->>'itemId' = ${item.id}`;
    expect(jobs.map((j) => j.data)).toEqual([
      {
        itemId: item.id,
        priceId: price.id,
        currency: 'RUB',
        amount: '1290.00',
        validFrom: validFrom.toISOString(),
      },
    ]);
  });

  it('says whether a price includes VAT: by default roubles do and other currencies do not', async () => {
    const item = await newItem();
    await setPrice(ctx, item.id, '4990.00');
    await setPrice(ctx, item.id, '54.90', { currency: 'USD' });
    await setPrice(ctx, item.id, '41.00', { currency: 'EUR', includesVat: true });
    await setPrice(ctx, item.id, '4158.33', { validFrom: daysFromNow(5), includesVat: false });
    const res = await h.execute(
      'query($id: ID!) { catalogItem(id: $id) { priceHistory { amount currency includesVat } } }',
      { id: item.id },
      'PARTNER',
    );
    expect(res.errors).toBeUndefined();
    const answer = res.data?.catalogItem as {
      priceHistory: { amount: string; currency: string; includesVat: boolean }[];
    };
    const prices = answer.priceHistory.map((p) => [p.currency, p.amount, p.includesVat]).sort();
    expect(prices).toEqual([
      ['EUR', '41.00', true],
      ['RUB', '4158.33', false],
      ['RUB', '4990.00', true],
      ['USD', '54.90', false],
    ]);
  });

  it('publishes nothing for a refused price', async () => {
    const item = await newItem();
    await set({ itemId: item.id, amount: '-1.00' });
    await set({ itemId: item.id, amount: '1.00', validFrom: new Date(Date.now() - DAY_MS) });
    const jobs = await h.database.sql`
      select 1 from pgboss.job where name = ${CatalogEvent.PRICE_CHANGED} and data->>'itemId' = ${item.id}`;
    expect(jobs).toHaveLength(0);
  });

  describe('retried with the same idempotency key', () => {
    it('replays the first price even when the retry arrives after its start has passed', async () => {
      const item = await newItem();
      const input = {
        itemId: item.id,
        amount: '450.00',
        validFrom: new Date(Date.now() + 1_000),
        idempotencyKey: randomUUID(),
      };
      const first = await set(input);
      expect(first.userErrors).toEqual([]);
      const before = await counts();
      // The client retries ten minutes later: the start it sent is now in the past, beyond the tolerance.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + 10 * 60_000);
        const retry = await set(input);
        expect(retry.userErrors).toEqual([]);
        expect(retry.price?.price.id).toBe(first.price?.price.id);
      } finally {
        vi.useRealTimers();
      }
      expect(await counts()).toEqual(before);
    });

    it('replays a price whose start the caller left to the default, though "now" has moved on', async () => {
      const item = await newItem();
      const input = { itemId: item.id, amount: '99.90', idempotencyKey: randomUUID() };
      const first = await set(input);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const retry = await set(input);
      expect(retry.userErrors).toEqual([]);
      expect(retry.price?.price.id).toBe(first.price?.price.id);
    });
  });
});
