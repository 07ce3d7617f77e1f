import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { ItemRow, PromotionRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { catalog } from '../index.ts';
import {
  createCategory,
  createItem,
  createPromotion,
  daysFromNow,
  rowCounts,
  setPrice,
  setVat,
  unique,
} from '../test-factories.ts';
import { createPromotion as createPromotionVerb } from './create-promotion.ts';
import { type QuoteResult, quote } from './quote.ts';

/**
 * Quotes over real prices and promotions in the database. Every expected amount is worked out by hand
 * in the comment beside it; percentages round half up to the kopeck once per promotion.
 */
describe('quote', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;

  beforeAll(() => {
    ctx = h.context('CATALOG_MANAGER');
  });

  /** A quote as a fresh request would compute it (its own loaders). */
  const quoteOf = (input: Record<string, unknown>) => quote(h.context('PARTNER'), input);

  /** An item of a fresh category (or of `categoryId`) with a RUB list price (VAT included) and VAT 20 % from now. */
  async function pricedItem(
    amount: string,
    categoryId?: string,
    over: Parameters<typeof createItem>[2] = {},
  ) {
    const category = categoryId ?? (await createCategory(ctx)).id;
    const item = await createItem(ctx, category, { status: 'ACTIVE', ...over });
    await setPrice(ctx, item.id, amount);
    await setVat(ctx, item.id, 20);
    return item;
  }

  type Line = QuoteResult['lines'][number];
  const applied = (line: Line) => line.applied.map((a) => [a.promotion.name, a.amount]);
  const considered = (line: Line) => line.considered.map((c) => [c.promotion.name, c.reason]);
  const amounts = (q: QuoteResult) => ({ base: q.base, discount: q.discount, total: q.total });

  it('applies only the best of two exclusive category promotions', async () => {
    const subscriber = await createCategory(ctx, { name: unique('Абонентское оборудование') });
    const ont = await createCategory(ctx, { name: 'ONT', parentId: subscriber.id });
    const item = await pricedItem('1234.56', ont.id);
    // On the parent: reaches the item through its category's ancestry.
    const wide = await createPromotion(ctx, {
      name: '15% на абонентское',
      value: '15',
      scopeCategoryId: subscriber.id,
    });
    // Higher priority, but priority only orders stackables: the larger discount wins.
    const narrow = await createPromotion(ctx, {
      name: '12% на ONT',
      value: '12',
      scopeCategoryId: ont.id,
      priority: 10,
    });

    const q = await quoteOf({ lines: [{ itemId: item.id, quantity: '3' }] });
    const [line] = q.lines;
    expect(q.userErrors).toEqual([]);
    // base 1234.56 × 3 = 3703.68
    // 15%: 3703.68 × 0.15 = 555.552 → 555.55;  12%: 3703.68 × 0.12 = 444.4416 → 444.44
    // best of: 555.55 off → 3703.68 − 555.55 = 3148.13
    expect(line).toMatchObject({
      unitPrice: '1234.56',
      baseAmount: '3703.68',
      discount: '555.55',
      total: '3148.13',
    });
    expect(applied(line!)).toEqual([[wide.name, '555.55']]);
    expect(considered(line!)).toEqual([[narrow.name, 'LOST_TO_BETTER']]);
    expect(amounts(q)).toEqual({ base: '3703.68', discount: '555.55', total: '3148.13' });
  });

  it('stacks stackable promotions in priority order, each on what the previous left', async () => {
    const routers = await createCategory(ctx, { name: unique('Роутеры') });
    const item = await pricedItem('1999.90', routers.id);
    // Created out of order on purpose: priority, not creation, sets the order.
    const low = await createPromotion(ctx, {
      name: 'Ещё 5%',
      value: '5',
      scopeCategoryId: routers.id,
      stacking: 'STACKABLE',
      priority: 1,
    });
    const exclusive = await createPromotion(ctx, { name: 'Минус 15%', value: '15', scopeItemId: item.id });
    const high = await createPromotion(ctx, {
      name: 'Минус 10%',
      value: '10',
      scopeItemId: item.id,
      stacking: 'STACKABLE',
      priority: 10,
    });
    const fixed = await createPromotion(ctx, {
      name: '100 ₽ с каждого',
      kind: 'FIXED_AMOUNT',
      value: '100.00',
      currency: 'RUB',
      scopeCategoryId: routers.id,
      stacking: 'STACKABLE',
      priority: 5,
    });

    const q = await quoteOf({ lines: [{ itemId: item.id, quantity: '2' }] });
    const [line] = q.lines;
    // base 1999.90 × 2 = 3999.80
    // 10% (priority 10): 3999.80 × 0.10 = 399.98          → 3599.82 left
    // 100 ₽ × 2 units (priority 5): 200.00                → 3399.82 left
    // 5% (priority 1): 3399.82 × 0.05 = 169.991 → 169.99  → 3229.83 left
    // stacked: 399.98 + 200.00 + 169.99 = 769.97 > exclusive 15%: 3999.80 × 0.15 = 599.97
    expect(applied(line!)).toEqual([
      [high.name, '399.98'],
      [fixed.name, '200.00'],
      [low.name, '169.99'],
    ]);
    expect(considered(line!)).toEqual([[exclusive.name, 'LOST_TO_BETTER']]);
    expect(amounts(q)).toEqual({ base: '3999.80', discount: '769.97', total: '3229.83' });
  });

  it('explains a minimum quantity not reached, and applies the promotion once it is', async () => {
    const cable = await pricedItem('38.00', undefined, { kind: 'MATERIAL', unitCode: '006' });
    const bulk = await createPromotion(ctx, {
      name: '20% от 10 м',
      value: '20',
      scopeItemId: cable.id,
      minQuantity: '10',
    });

    const short = await quoteOf({ lines: [{ itemId: cable.id, quantity: '9.5' }] });
    // 38.00 × 9.5 = 361.00, no discount
    expect(considered(short.lines[0]!)).toEqual([[bulk.name, 'BELOW_MIN_QUANTITY']]);
    expect(short.lines[0]!.considered[0]!.detail).toBe('needs at least 10, quoted 9.5');
    expect(amounts(short)).toEqual({ base: '361.00', discount: '0.00', total: '361.00' });

    const enough = await quoteOf({ lines: [{ itemId: cable.id, quantity: '12.345' }] });
    // 38.00 × 12.345 = 469.11; 20% = 93.822 → 93.82; 469.11 − 93.82 = 375.29
    expect(applied(enough.lines[0]!)).toEqual([[bulk.name, '93.82']]);
    expect(amounts(enough)).toEqual({ base: '469.11', discount: '93.82', total: '375.29' });
  });

  it('explains promotions outside their window, and applies one at a moment it holds', async () => {
    const item = await pricedItem('500.00');
    // createPromotion accepts a window wholly in the past (a promotion recorded after the fact).
    const expired = await toPayload('promotion', () =>
      createPromotionVerb(ctx, {
        name: 'Прошлая акция',
        kind: 'PERCENTAGE',
        value: '30',
        scopeType: 'ITEM',
        scopeItemId: item.id,
        validFrom: daysFromNow(-10),
        validTo: daysFromNow(-1),
      }),
    );
    expect(expired.userErrors).toEqual([]);
    const upcoming = await createPromotion(ctx, {
      name: 'Будущая акция',
      value: '25',
      scopeItemId: item.id,
      validFrom: daysFromNow(1),
    });

    const now = await quoteOf({ lines: [{ itemId: item.id, quantity: '1' }] });
    expect(considered(now.lines[0]!).sort()).toEqual(
      [
        [expired.promotion!.name, 'EXPIRED'],
        [upcoming.name, 'NOT_STARTED'],
      ].sort(),
    );
    expect(amounts(now)).toEqual({ base: '500.00', discount: '0.00', total: '500.00' });

    const later = await quoteOf({ at: daysFromNow(2), lines: [{ itemId: item.id, quantity: '1' }] });
    // 500.00 × 0.25 = 125.00 → 375.00
    expect(applied(later.lines[0]!)).toEqual([[upcoming.name, '125.00']]);
    expect(considered(later.lines[0]!)).toEqual([[expired.promotion!.name, 'EXPIRED']]);
    expect(amounts(later)).toEqual({ base: '500.00', discount: '125.00', total: '375.00' });
  });

  it('applies a promo-code promotion only for its code, in any letter case', async () => {
    const install = await pricedItem('1500.00', undefined, {
      kind: 'SERVICE',
      serviceType: 'ONE_TIME',
      unitCode: '876',
    });
    const autumn = await createPromotion(ctx, {
      name: 'Промокод ОСЕНЬ',
      kind: 'FIXED_AMOUNT',
      value: '300',
      currency: 'RUB',
      scopeItemId: install.id,
      promoCode: 'AUTUMN',
    });
    const lines = [{ itemId: install.id, quantity: '1' }];

    const none = await quoteOf({ lines });
    expect(considered(none.lines[0]!)).toEqual([[autumn.name, 'PROMO_CODE_REQUIRED']]);
    expect(none.total).toBe('1500.00');

    const wrong = await quoteOf({ lines, promoCode: 'SPRING' });
    expect(considered(wrong.lines[0]!)).toEqual([[autumn.name, 'PROMO_CODE_MISMATCH']]);
    // The explanation does not give the right code away.
    expect(wrong.lines[0]!.considered[0]!.detail).not.toMatch(/autumn/i);
    expect(wrong.total).toBe('1500.00');

    for (const promoCode of ['autumn', ' Autumn ']) {
      const right = await quoteOf({ lines, promoCode });
      // 1500.00 − 300.00 = 1200.00
      expect(applied(right.lines[0]!)).toEqual([[autumn.name, '300.00']]);
      expect(amounts(right)).toEqual({ base: '1500.00', discount: '300.00', total: '1200.00' });
    }
  });

  it('leaves a RUB quote untouched by a fixed amount in another currency', async () => {
    const item = await pricedItem('4990.00');
    await setPrice(ctx, item.id, '54.90', { currency: 'USD' });
    const dollars = await createPromotion(ctx, {
      name: '$5 off',
      kind: 'FIXED_AMOUNT',
      value: '5.00',
      currency: 'USD',
      scopeItemId: item.id,
    });
    const lines = [{ itemId: item.id, quantity: '2' }];

    const rub = await quoteOf({ lines, currency: 'RUB' });
    // 4990.00 × 2 = 9980.00; the USD amount is not money in roubles
    expect(rub.lines[0]!.applied).toEqual([]);
    expect(amounts(rub)).toEqual({ base: '9980.00', discount: '0.00', total: '9980.00' });

    const usd = await quoteOf({ lines, currency: 'USD' });
    // 54.90 × 2 = 109.80; 5.00 off each of 2 = 10.00 → 99.80
    expect(applied(usd.lines[0]!)).toEqual([[dollars.name, '10.00']]);
    expect(amounts(usd)).toEqual({ base: '109.80', discount: '10.00', total: '99.80' });
  });

  it('reports bad lines with their path and still prices the others', async () => {
    const category = await createCategory(ctx);
    const a = await pricedItem('100.00', category.id);
    const b = await pricedItem('250.50', category.id);
    const unpriced = await createItem(ctx, category.id);
    const q = await quoteOf({
      lines: [
        { itemId: a.id, quantity: '2' },
        { itemId: a.id, quantity: '0' },
        { itemId: b.id, quantity: '-1' },
        { itemId: randomUUID(), quantity: '1' },
        { itemId: b.id, quantity: '1' },
        { itemId: 'не-идентификатор', quantity: '1' },
        { itemId: unpriced.id, quantity: '1' },
        { itemId: a.id, quantity: '1.0005' },
      ],
    });
    const errors = q.userErrors.map((e) => [e.code, e.field]);
    expect(errors).toHaveLength(6);
    expect(errors).toEqual(
      expect.arrayContaining([
        [CatalogErrorCode.INVALID_QUANTITY, ['input', 'lines', '1', 'quantity']],
        [CatalogErrorCode.INVALID_QUANTITY, ['input', 'lines', '2', 'quantity']],
        [ErrorCode.NOT_FOUND, ['input', 'lines', '3', 'itemId']],
        [ErrorCode.VALIDATION, ['input', 'lines', '5', 'itemId']],
        [CatalogErrorCode.NO_PRICE, ['input', 'lines', '6', 'itemId']],
        [CatalogErrorCode.INVALID_QUANTITY, ['input', 'lines', '7', 'quantity']],
      ]),
    );
    expect(q.lines.map((l) => [l.item.id, l.quantity, l.total])).toEqual([
      [a.id, '2', '200.00'],
      [b.id, '1', '250.50'],
    ]);
    // 100.00 × 2 + 250.50 × 1 = 450.50
    expect(amounts(q)).toEqual({ base: '450.50', discount: '0.00', total: '450.50' });
  });

  it('prices a 20-line quote in as many statements as a 2-line one', async () => {
    const category = await createCategory(ctx, { name: unique('Сплиттеры') });
    const promo = await createPromotion(ctx, {
      name: '10% на сплиттеры',
      value: '10',
      scopeCategoryId: category.id,
    });
    const items: ItemRow[] = [];
    for (let i = 1; i <= 20; i++) items.push(await pricedItem(`${100 + i}.00`, category.id));

    const statementsOf = async (lines: { itemId: string; quantity: string }[]) => {
      const before = h.database.stats.statements;
      const q = await quoteOf({ lines });
      return { q, statements: h.database.stats.statements - before };
    };
    // postgres.js reads the server's array types once on each new connection: open the pool first.
    await Promise.all([0, 1, 2, 3].map(() => quoteOf({ lines: [{ itemId: items[0]!.id, quantity: '1' }] })));
    const small = await statementsOf(items.slice(0, 2).map((i) => ({ itemId: i.id, quantity: '1' })));
    const big = await statementsOf(items.map((i) => ({ itemId: i.id, quantity: '1' })));

    expect(big.q.userErrors).toEqual([]);
    expect(big.q.lines).toHaveLength(20);
    // 101 + 102 + … + 120 = 20 × 100 + (1 + … + 20) = 2000 + 210 = 2210.00
    // 10% of each (100 + i) is exact: 10 + i/10, together 221.00 → 2210.00 − 221.00 = 1989.00
    expect(amounts(big.q)).toEqual({ base: '2210.00', discount: '221.00', total: '1989.00' });
    expect(big.q.lines[19]).toMatchObject({ unitPrice: '120.00', discount: '12.00', total: '108.00' });
    expect(big.q.lines.every((l) => l.applied[0]?.promotion.id === promo.id)).toBe(true);
    // Items with their categories, prices and candidate promotions are read in batches, never per line.
    expect(small.statements).toBeGreaterThan(0);
    expect(big.statements).toBe(small.statements);
  });

  describe('VAT and what the totals pay for', () => {
    it('gives each line its VAT from prices with or without VAT, and VAT totals by rate', async () => {
      const works = await createCategory(ctx, { name: unique('Работы') });
      const ont = await pricedItem('4990.00'); // RUB, VAT included, 20 %
      const vendorOnt = await createItem(ctx, (await createCategory(ctx)).id, { status: 'ACTIVE' });
      await setPrice(ctx, vendorOnt.id, '1000.01', { includesVat: false });
      await setVat(ctx, vendorOnt.id, 20);
      const repair = await createItem(ctx, works.id, {
        kind: 'SERVICE',
        serviceType: 'ONE_TIME',
        status: 'ACTIVE',
      });
      await setPrice(ctx, repair.id, '900.00');
      await setVat(ctx, repair.id, 'EXEMPT');

      const q = await quoteOf({
        lines: [
          { itemId: ont.id, quantity: '1' },
          { itemId: vendorOnt.id, quantity: '3' },
          { itemId: repair.id, quantity: '1' },
        ],
      });
      expect(q.userErrors).toEqual([]);
      const vat = (l: QuoteResult['lines'][number]) => [
        l.priceIncludesVat,
        l.vat?.rate ?? null,
        l.vat?.exempt ?? null,
        l.amountWithoutVat,
        l.vatAmount,
        l.amountWithVat,
      ];
      expect(q.lines.map(vat)).toEqual([
        // 4990.00 incl. 20 %: 4990.00 × 20 / 120 = 831.666… → 831.67; without 4158.33
        [true, 20, false, '4158.33', '831.67', '4990.00'],
        // 1000.01 × 3 = 3000.03 without VAT; + 20 %: 600.006 → 600.01; with 3600.04
        [false, 20, false, '3000.03', '600.01', '3600.04'],
        // exempt: no VAT either way
        [true, null, true, '900.00', '0.00', '900.00'],
      ]);
      expect(q.oneTime).toEqual({
        // 4990.00 + 3000.03 + 900.00 at list prices, as they are (two with VAT, one without)
        base: '8890.03',
        discount: '0.00',
        total: '8890.03',
        // 4158.33 + 3000.03 + 900.00 = 8058.36; 831.67 + 600.01 = 1431.68; 4990.00 + 3600.04 + 900.00 = 9490.04
        amountWithoutVat: '8058.36',
        vatAmount: '1431.68',
        amountWithVat: '9490.04',
        vat: [
          {
            rate: 20,
            exempt: false,
            label: 'в т.ч. НДС 20 %',
            amountWithoutVat: '7158.36',
            vatAmount: '1431.68',
            amountWithVat: '8590.04',
          },
          {
            rate: null,
            exempt: true,
            label: 'без НДС',
            amountWithoutVat: '900.00',
            vatAmount: '0.00',
            amountWithVat: '900.00',
          },
        ],
      });
      expect(q.recurring).toEqual([]);
    });

    it('keeps a monthly tariff apart from the ONT and the installation, VAT on what is left after discounts', async () => {
      const tariffs = await createCategory(ctx, { name: unique('Тарифы') });
      const tariff = await createItem(ctx, tariffs.id, {
        kind: 'SERVICE',
        serviceType: 'RECURRING',
        unitCode: '362',
        status: 'ACTIVE',
      });
      await setPrice(ctx, tariff.id, '750.00', { recurringPeriod: 'MONTH' });
      await setVat(ctx, tariff.id, 20);
      const yearly = await createItem(ctx, tariffs.id, {
        kind: 'SERVICE',
        serviceType: 'RECURRING',
        status: 'ACTIVE',
      });
      await setPrice(ctx, yearly.id, '6000.00', { recurringPeriod: 'YEAR' });
      await setVat(ctx, yearly.id, 20);
      const ont = await pricedItem('4990.00');
      const install = await pricedItem('1500.00', undefined, { kind: 'SERVICE', serviceType: 'ONE_TIME' });
      await createPromotion(ctx, {
        name: unique('Минус 300'),
        kind: 'FIXED_AMOUNT',
        value: '300',
        currency: 'RUB',
        scopeItemId: install.id,
      });

      const q = await quoteOf({
        lines: [
          { itemId: tariff.id, quantity: '1' },
          { itemId: ont.id, quantity: '1' },
          { itemId: install.id, quantity: '1' },
          { itemId: yearly.id, quantity: '1' },
        ],
      });
      expect(q.userErrors).toEqual([]);
      expect(q.lines.map((l) => [l.item.id, l.recurringPeriod])).toEqual([
        [tariff.id, 'MONTH'],
        [ont.id, null],
        [install.id, null],
        [yearly.id, 'YEAR'],
      ]);
      // one-time: 4990.00 + (1500.00 − 300.00) = 6190.00; VAT 831.67 + 1200.00 × 20 / 120 = 200.00 → 1031.67
      expect(q.oneTime).toMatchObject({
        base: '6490.00',
        discount: '300.00',
        total: '6190.00',
        vatAmount: '1031.67',
        amountWithVat: '6190.00',
        amountWithoutVat: '5158.33',
      });
      expect(
        q.recurring.map((r) => [r.period, r.base, r.total, r.vatAmount, r.vat.map((v) => v.label)]),
      ).toEqual([
        // 750.00 × 20 / 120 = 125.00
        ['MONTH', '750.00', '750.00', '125.00', ['в т.ч. НДС 20 %']],
        // 6000.00 × 20 / 120 = 1000.00
        ['YEAR', '6000.00', '6000.00', '1000.00', ['в т.ч. НДС 20 %']],
      ]);
      // The deprecated totals still add every line: 6490.00 + 750.00 + 6000.00 = 13240.00 before discounts
      expect([q.base, q.discount, q.total]).toEqual(['13240.00', '300.00', '12940.00']);
    });

    it('prices a line whose VAT is not set, reports it, and gives no VAT sum it would get wrong', async () => {
      const known = await pricedItem('120.00');
      const category = await createCategory(ctx);
      const unknown = await createItem(ctx, category.id, { status: 'ACTIVE' });
      await setPrice(ctx, unknown.id, '100.00');
      const q = await quoteOf({
        lines: [
          { itemId: known.id, quantity: '1' },
          { itemId: unknown.id, quantity: '2' },
        ],
      });
      expect(q.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.NO_VAT_RATE, ['input', 'lines', '1', 'itemId']],
      ]);
      expect(q.lines[1]).toMatchObject({ total: '200.00', vat: null, vatAmount: null, amountWithVat: null });
      expect(q.oneTime).toMatchObject({ total: '320.00', vatAmount: null, amountWithVat: null });
      // 120.00 × 20 / 120 = 20.00
      expect(q.oneTime.vat.map((v) => [v.rate, v.vatAmount])).toEqual([[20, '20.00']]);
    });
  });

  describe('promo codes', () => {
    it('explains a promo code on every line, OUT_OF_SCOPE naming where it applies', async () => {
      const code = unique('WINTER').toUpperCase();
      const works = await createCategory(ctx, { name: unique('Монтажные работы') });
      const install = await pricedItem('1500.00', works.id, { kind: 'SERVICE', serviceType: 'ONE_TIME' });
      const router = await pricedItem('5990.00');
      const winter = await createPromotion(ctx, {
        name: 'Зима: монтаж за 1000',
        kind: 'FIXED_AMOUNT',
        value: '500',
        currency: 'RUB',
        scopeCategoryId: works.id,
        promoCode: code,
      });
      const q = await quoteOf({
        promoCode: code.toLowerCase(),
        lines: [
          { itemId: router.id, quantity: '1' },
          { itemId: install.id, quantity: '1' },
        ],
      });
      expect(q.userErrors).toEqual([]);
      expect(q.lines[0]!.considered.map((c) => [c.promotion.id, c.reason, c.detail])).toEqual([
        [winter.id, 'OUT_OF_SCOPE', `applies only to the category «${works.name}» and its subcategories`],
      ]);
      // The explanation never gives the code away.
      expect(q.lines[0]!.considered[0]!.detail).not.toContain(code);
      // 1500.00 − 500.00 = 1000.00
      expect(applied(q.lines[1]!)).toEqual([[winter.name, '500.00']]);
    });

    it('reports a promo code no promotion has as UNKNOWN_PROMO_CODE, and still prices the lines', async () => {
      const item = await pricedItem('100.00');
      const q = await quoteOf({ promoCode: 'NO-SUCH-CODE', lines: [{ itemId: item.id, quantity: '1' }] });
      expect(q.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.UNKNOWN_PROMO_CODE, ['input', 'promoCode']],
      ]);
      expect(q.oneTime.total).toBe('100.00');
    });
  });

  it('refuses a percentage over 100 as INVALID_PERCENTAGE on input.value, and writes nothing', async () => {
    const item = await pricedItem('10.00');
    const before = await rowCounts(h.database, ['promotions', 'audit_log']);
    const payload = await toPayload('promotion', () =>
      createPromotionVerb(ctx, {
        name: 'Слишком щедро',
        kind: 'PERCENTAGE',
        value: '100.01',
        scopeType: 'ITEM',
        scopeItemId: item.id,
      }),
    );
    expect(payload.promotion).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: CatalogErrorCode.INVALID_PERCENTAGE, field: ['input', 'value'] }),
    ]);
    expect(await rowCounts(h.database, ['promotions', 'audit_log'])).toEqual(before);

    // Exactly 100% is a free item, and allowed.
    const free: PromotionRow = await createPromotion(ctx, { value: '100', scopeItemId: item.id });
    const q = await quoteOf({ lines: [{ itemId: item.id, quantity: '3' }] });
    // 10.00 × 3 = 30.00, all of it off
    expect(applied(q.lines[0]!)).toEqual([[free.name, '30.00']]);
    expect(q.total).toBe('0.00');
  });
});
