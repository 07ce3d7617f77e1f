import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow, ItemRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { catalog } from '../index.ts';
import { createCategory, createItem, isoDayFromNow, rowCounts, setVat } from '../test-factories.ts';
import { setItemVat } from './set-item-vat.ts';

interface VatView {
  rate: number | null;
  exempt: boolean;
  label: string;
  validFrom: string;
  validTo: string | null;
}

describe('VAT of catalog items', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let category: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    category = await createCategory(ctx, { name: 'Абонентское оборудование' });
  });

  const newItem = () => createItem(ctx, category.id, { kind: 'EQUIPMENT_MODEL' });
  const set = (input: Record<string, unknown>) => toPayload('vat', () => setItemVat(ctx, input));
  const counts = () => rowCounts(h.database, ['vat_rates', 'audit_log']);

  async function vatOf(item: ItemRow, at?: string): Promise<{ vat: VatView | null; vatHistory: VatView[] }> {
    const res = await h.execute(
      `query($id: ID!, $at: Date) { catalogItem(id: $id) {
        vat(at: $at) { rate exempt label validFrom validTo }
        vatHistory { rate exempt label validFrom validTo } } }`,
      { id: item.id, at },
      'PARTNER',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.catalogItem;
  }

  it('keeps VAT as history: a new rate closes the open one where it starts', async () => {
    const item = await newItem();
    await setVat(ctx, item.id, 20);
    const from = isoDayFromNow(30);
    await setVat(ctx, item.id, 22, { validFrom: from });

    const today = await vatOf(item);
    expect(today.vat).toEqual({
      rate: 20,
      exempt: false,
      label: 'НДС 20 %',
      validFrom: isoDayFromNow(0),
      validTo: from,
    });
    expect(today.vatHistory.map((v) => [v.rate, v.validFrom, v.validTo])).toEqual([
      [22, from, null],
      [20, isoDayFromNow(0), from],
    ]);
    // The day a window ends is the first day of the next.
    expect((await vatOf(item, from)).vat?.rate).toBe(22);
    expect((await vatOf(item, isoDayFromNow(29))).vat?.rate).toBe(20);
    expect((await vatOf(item, isoDayFromNow(-1))).vat).toBeNull();
  });

  it('records an exempt item as «без НДС», not as 0 %', async () => {
    const item = await newItem();
    const payload = await set({ itemId: item.id, exempt: true });
    expect(payload.userErrors).toEqual([]);
    expect((await vatOf(item)).vat).toMatchObject({ rate: null, exempt: true, label: 'без НДС' });
    const zero = await newItem();
    await setVat(ctx, zero.id, 0);
    expect((await vatOf(zero)).vat).toMatchObject({ rate: 0, exempt: false, label: 'НДС 0 %' });
  });

  it.each([
    ['a rate that is no VAT rate', { rate: 18 }, CatalogErrorCode.INVALID_VAT_RATE, 'rate'],
    ['neither a rate nor exempt', {}, ErrorCode.VALIDATION, 'rate'],
    ['both a rate and exempt', { rate: 20, exempt: true }, ErrorCode.VALIDATION, 'exempt'],
    [
      'a start in the past',
      { rate: 20, validFrom: isoDayFromNow(-1) },
      CatalogErrorCode.VAT_IN_PAST,
      'validFrom',
    ],
    ['a day that does not exist', { rate: 20, validFrom: '2027-02-30' }, ErrorCode.VALIDATION, 'validFrom'],
  ])('refuses %s on its field and writes nothing', async (_, input, code, field) => {
    const item = await newItem();
    const before = await counts();
    const payload = await set({ itemId: item.id, ...input });
    expect(payload.vat).toBeNull();
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a rate that would overlap a later one, and one of an unknown item', async () => {
    const item = await newItem();
    await setVat(ctx, item.id, 20, { validFrom: isoDayFromNow(10) });
    const before = await counts();
    const overlap = await set({ itemId: item.id, rate: 10, validFrom: isoDayFromNow(5) });
    expect(overlap.userErrors).toEqual([
      expect.objectContaining({ code: CatalogErrorCode.VAT_OVERLAP, field: ['input', 'validFrom'] }),
    ]);
    const sameDay = await set({ itemId: item.id, rate: 10, validFrom: isoDayFromNow(10) });
    expect(sameDay.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.VAT_OVERLAP]);
    const unknown = await set({ itemId: randomUUID(), rate: 20 });
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'itemId'] }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('never leaves overlapping windows when VAT of one item is set concurrently', async () => {
    const item = await newItem();
    const results = await Promise.all(
      [20, 10, 0, 22].map((rate, i) =>
        toPayload('vat', () =>
          setItemVat(h.context('CATALOG_MANAGER'), {
            itemId: item.id,
            rate,
            validFrom: isoDayFromNow(i + 1),
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.vat).length).toBeGreaterThan(0);
    const overlaps = await h.database.sql`
      select 1 from catalog.vat_rates a join catalog.vat_rates b on a.item_id = b.item_id and a.id < b.id
       and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)
      where a.item_id = ${item.id}`;
    expect(overlaps).toHaveLength(0);
  });

  it('replays the first result for the same idempotency key and writes one audit row and one event', async () => {
    const item = await newItem();
    const key = randomUUID();
    const before = await counts();
    const first = await setItemVat(ctx, { itemId: item.id, rate: 20, idempotencyKey: key });
    const again = await setItemVat(h.context('CATALOG_MANAGER'), {
      itemId: item.id,
      rate: 20,
      idempotencyKey: key,
    });
    expect(again.vat.id).toBe(first.vat.id);
    expect(await counts()).toEqual({ vat_rates: before.vat_rates! + 1, audit_log: before.audit_log! + 1 });
    const [audit] = await h.database.sql`
      select action, after from catalog.audit_log where entity_id = ${item.id} order by id desc limit 1`;
    expect(audit).toMatchObject({ action: 'vat.set', after: { rate: 20, exempt: false } });
    const events = await h.database.sql`
      select data from pgboss.job where name = ${CatalogEvent.ITEM_CHANGED} and data->>'id' = ${item.id}`;
    expect(events.map((e) => e.data.change)).toEqual(['created', 'vat']);
    const other = await set({ itemId: item.id, rate: 10, idempotencyKey: key });
    expect(other.userErrors.map((e) => e.code)).toEqual([ErrorCode.IDEMPOTENCY_KEY_REUSED]);
  });

  it('answers setCatalogItemVat through the schema with the VAT and the item', async () => {
    const item = await newItem();
    const res = await h.execute(
      `mutation($input: SetCatalogItemVatInput!) { setCatalogItemVat(input: $input) {
        vat { rate label validFrom } item { sku vat { label } } userErrors { code field } } }`,
      { input: { itemId: item.id, rate: 10 } },
      'CATALOG_MANAGER',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setCatalogItemVat).toEqual({
      vat: { rate: 10, label: 'НДС 10 %', validFrom: isoDayFromNow(0) },
      item: { sku: item.sku, vat: { label: 'НДС 10 %' } },
      userErrors: [],
    });
    const refused = await h.execute(
      'mutation($input: SetCatalogItemVatInput!) { setCatalogItemVat(input: $input) { vat { rate } item { sku } userErrors { code field } } }',
      { input: { itemId: item.id, rate: 15 } },
      'CATALOG_MANAGER',
    );
    expect(refused.data?.setCatalogItemVat).toEqual({
      vat: null,
      item: null,
      userErrors: [{ code: CatalogErrorCode.INVALID_VAT_RATE, field: ['input', 'rate'] }],
    });
  });
});
