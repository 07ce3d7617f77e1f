import { describe, expect, it } from 'vitest';
import { type PromotionRule, type Quote, type QuoteLineInput, quoteLines } from './pricing.ts';

// Amounts are kopecks; every expected amount below is computed by hand in the comment beside it.

const AT = new Date('2025-06-15T12:00:00.000Z');

function promo(overrides: Partial<PromotionRule> & Pick<PromotionRule, 'id'>): PromotionRule {
  return {
    name: `Promotion ${overrides.id}`,
    kind: 'PERCENTAGE',
    value: 10,
    scope: { type: 'ALL' },
    validFrom: null,
    validTo: null,
    minQuantity: null,
    promoCode: null,
    active: true,
    stacking: 'EXCLUSIVE',
    priority: 0,
    ...overrides,
  };
}

function line(overrides: Partial<QuoteLineInput> = {}): QuoteLineInput {
  return {
    itemId: 'item-router',
    quantity: 1,
    unitPrice: 349_900,
    currency: 'RUB',
    categoryPath: ['cat-routers', 'cat-cpe'],
    ...overrides,
  };
}

function quote(
  lines: QuoteLineInput[],
  promotions: PromotionRule[],
  opts: { at?: Date; promoCode?: string | null } = {},
): Quote {
  return quoteLines(lines, promotions, { at: opts.at ?? AT, promoCode: opts.promoCode });
}

/** The only line of a one-line quote. */
function only(q: Quote) {
  expect(q.lines).toHaveLength(1);
  return q.lines[0]!;
}

describe('a line without promotions', () => {
  it('costs the unit price times the quantity', () => {
    const q = quote([line({ quantity: 2 })], []);

    expect(q).toEqual({
      at: AT,
      lines: [
        {
          itemId: 'item-router',
          quantity: 2,
          unitPrice: 349_900,
          currency: 'RUB',
          baseAmount: 699_800, // 349 900 × 2
          applied: [],
          considered: [],
          discount: 0,
          total: 699_800,
        },
      ],
      totals: [{ currency: 'RUB', base: 699_800, discount: 0, total: 699_800 }],
    });
  });

  it('rounds a fractional base half up without float error', () => {
    // 100 × 1.005 = 100.5 → 101 (in doubles 100 * 1.005 is 100.49999999999999, which would round to 100)
    const l = only(quote([line({ unitPrice: 100, quantity: 1.005 })], []));

    expect(l.baseAmount).toBe(101);
    expect(l.total).toBe(101);
  });
});

describe('scope', () => {
  it('takes a percentage off the item it names and ignores promotions for other items', () => {
    const l = only(
      quote(
        [line()],
        [
          promo({ id: 'router-sale', value: 12.5, scope: { type: 'ITEM', itemId: 'item-router' } }),
          promo({ id: 'switch-sale', value: 50, scope: { type: 'ITEM', itemId: 'item-switch' } }),
        ],
      ),
    );

    expect(l.applied).toEqual([
      { promotionId: 'router-sale', name: 'Promotion router-sale', amount: 43_738 }, // 349 900 × 12.5% = 43 737.5 → 43 738
    ]);
    expect(l.considered).toEqual([]); // the switch promotion is not a candidate, so not listed at all
    expect(l.discount).toBe(43_738);
    expect(l.total).toBe(306_162); // 349 900 − 43 738
  });

  it('takes a fixed amount off each unit of a fractional quantity', () => {
    const cable = line({
      itemId: 'item-cable',
      unitPrice: 4_590,
      quantity: 12.5,
      categoryPath: ['cat-cable'],
    });
    const l = only(
      quote(
        [cable],
        [
          promo({
            id: 'cable-350',
            kind: 'FIXED_AMOUNT',
            value: 350,
            scope: { type: 'ITEM', itemId: 'item-cable' },
          }),
        ],
      ),
    );

    expect(l.baseAmount).toBe(57_375); // 4 590 × 12.5
    expect(l.applied).toEqual([{ promotionId: 'cable-350', name: 'Promotion cable-350', amount: 4_375 }]); // 350 × 12.5
    expect(l.total).toBe(53_000); // 57 375 − 4 375
  });

  it('rounds a fixed amount per unit half up on a quantity with three decimals', () => {
    const cable = line({
      itemId: 'item-cable',
      unitPrice: 4_590,
      quantity: 12.345,
      categoryPath: ['cat-cable'],
    });
    const l = only(quote([cable], [promo({ id: 'cable-35', kind: 'FIXED_AMOUNT', value: 35 })]));

    expect(l.baseAmount).toBe(56_664); // 4 590 × 12.345 = 56 663.55 → 56 664
    expect(l.discount).toBe(432); // 35 × 12.345 = 432.075 → 432
    expect(l.total).toBe(56_232); // 56 664 − 432
  });

  it('applies a category promotion to an item in a sub-sub-category', () => {
    const onu = line({
      itemId: 'item-onu',
      unitPrice: 459_000,
      quantity: 3,
      categoryPath: ['cat-onu-gpon', 'cat-onu', 'cat-cpe'],
    });
    const l = only(
      quote(
        [onu],
        [
          promo({ id: 'cpe-week', scope: { type: 'CATEGORY', categoryId: 'cat-cpe' } }),
          promo({ id: 'switch-week', value: 30, scope: { type: 'CATEGORY', categoryId: 'cat-switches' } }),
        ],
      ),
    );

    expect(l.baseAmount).toBe(1_377_000); // 459 000 × 3
    expect(l.applied).toEqual([{ promotionId: 'cpe-week', name: 'Promotion cpe-week', amount: 137_700 }]); // 10%
    expect(l.considered).toEqual([]);
    expect(l.total).toBe(1_239_300); // 1 377 000 − 137 700
  });

  it('applies an ALL promotion to every line', () => {
    const q = quote(
      [line({ unitPrice: 100_000 }), line({ itemId: 'item-patch', unitPrice: 25_050, quantity: 2 })],
      [promo({ id: 'everything-5', value: 5 })],
    );

    expect(q.lines.map((l) => [l.baseAmount, l.discount, l.total])).toEqual([
      [100_000, 5_000, 95_000], // 5% of 100 000
      [50_100, 2_505, 47_595], // 25 050 × 2 = 50 100; 5% = 2 505
    ]);
    expect(q.totals).toEqual([{ currency: 'RUB', base: 150_100, discount: 7_505, total: 142_595 }]);
  });
});

describe('choosing between promotions', () => {
  it('applies only the bigger of two exclusive promotions, whatever their priority', () => {
    const l = only(
      quote(
        [line()],
        [
          promo({ id: 'ten-percent', name: 'Ten percent', value: 10, priority: 1 }),
          promo({ id: 'minus-300', name: 'Minus 300', kind: 'FIXED_AMOUNT', value: 30_000, priority: 10 }),
        ],
      ),
    );

    expect(l.applied).toEqual([{ promotionId: 'ten-percent', name: 'Ten percent', amount: 34_990 }]); // 10% of 349 900
    expect(l.considered).toEqual([
      {
        promotionId: 'minus-300',
        name: 'Minus 300',
        reason: 'LOST_TO_BETTER',
        detail: 'lost to exclusive "Ten percent", which takes 34990 off; this one would take 30000',
      },
    ]);
    expect(l.total).toBe(314_910); // 349 900 − 34 990
  });

  it('breaks a tie between exclusive promotions by priority, then by id', () => {
    const promotions = [
      promo({ id: 'b-low', value: 20, priority: 1 }),
      promo({ id: 'c-high', value: 20, priority: 5 }),
      promo({ id: 'a-high', value: 20, priority: 5 }),
    ];
    const l = only(quote([line({ unitPrice: 10_000 })], promotions));

    expect(l.applied).toEqual([{ promotionId: 'a-high', name: 'Promotion a-high', amount: 2_000 }]); // 20% of 10 000
    expect(l.considered.map((c) => [c.promotionId, c.reason])).toEqual([
      ['c-high', 'LOST_TO_BETTER'],
      ['b-low', 'LOST_TO_BETTER'],
    ]);
  });

  it('stacks 10% and then 5% of what remains, in priority order, rounding each step', () => {
    const l = only(
      quote(
        [line({ unitPrice: 12_345 })],
        [
          promo({ id: 'a-five', value: 5, stacking: 'STACKABLE', priority: 1 }),
          promo({ id: 'z-ten', value: 10, stacking: 'STACKABLE', priority: 2 }),
        ],
      ),
    );

    expect(l.applied).toEqual([
      { promotionId: 'z-ten', name: 'Promotion z-ten', amount: 1_235 }, // 10% of 12 345 = 1 234.5 → 1 235
      { promotionId: 'a-five', name: 'Promotion a-five', amount: 556 }, // 5% of (12 345 − 1 235 = 11 110) = 555.5 → 556
    ]);
    expect(l.discount).toBe(1_791); // 1 235 + 556
    expect(l.total).toBe(10_554); // 12 345 − 1 791
  });

  it('prefers a set of stackable promotions that together take more than the best exclusive one', () => {
    const l = only(
      quote(
        [line({ unitPrice: 100_000 })],
        [
          promo({ id: 'exclusive-15', name: 'Fifteen', value: 15, priority: 100 }),
          promo({ id: 'stack-10', name: 'Ten', value: 10, stacking: 'STACKABLE', priority: 2 }),
          promo({ id: 'stack-8', name: 'Eight', value: 8, stacking: 'STACKABLE', priority: 1 }),
        ],
      ),
    );

    expect(l.applied).toEqual([
      { promotionId: 'stack-10', name: 'Ten', amount: 10_000 }, // 10% of 100 000
      { promotionId: 'stack-8', name: 'Eight', amount: 7_200 }, // 8% of 90 000
    ]);
    expect(l.considered).toEqual([
      {
        promotionId: 'exclusive-15',
        name: 'Fifteen',
        reason: 'LOST_TO_BETTER',
        detail: 'lost to stackable "Ten", "Eight", which together take 17200 off; this one would take 15000',
      },
    ]);
    expect(l.total).toBe(82_800); // 100 000 − 17 200
  });

  it('gives a tie between the best exclusive promotion and the stackable set to the exclusive one', () => {
    const l = only(
      quote(
        [line({ unitPrice: 100_000 })],
        [
          promo({ id: 'exclusive-172', kind: 'FIXED_AMOUNT', value: 17_200 }),
          promo({ id: 'stack-10', value: 10, stacking: 'STACKABLE', priority: 2 }),
          promo({ id: 'stack-8', value: 8, stacking: 'STACKABLE', priority: 1 }),
        ],
      ),
    );

    // The stackable set takes 10 000 + 7 200 = 17 200, the same as the exclusive one.
    expect(l.applied).toEqual([
      { promotionId: 'exclusive-172', name: 'Promotion exclusive-172', amount: 17_200 },
    ]);
    expect(l.considered.map((c) => [c.promotionId, c.reason])).toEqual([
      ['stack-10', 'LOST_TO_BETTER'],
      ['stack-8', 'LOST_TO_BETTER'],
    ]);
    expect(l.total).toBe(82_800);
  });
});

describe('conditions', () => {
  it('skips a promotion below its minimum quantity and applies it at the minimum', () => {
    const promotions = [promo({ id: 'bulk', minQuantity: 3 })];

    const two = only(quote([line({ unitPrice: 50_000, quantity: 2 })], promotions));
    expect(two.applied).toEqual([]);
    expect(two.considered).toEqual([
      {
        promotionId: 'bulk',
        name: 'Promotion bulk',
        reason: 'BELOW_MIN_QUANTITY',
        detail: 'needs at least 3, quoted 2',
      },
    ]);
    expect(two.total).toBe(100_000); // 50 000 × 2, nothing off

    const three = only(quote([line({ unitPrice: 50_000, quantity: 3 })], promotions));
    expect(three.applied).toEqual([{ promotionId: 'bulk', name: 'Promotion bulk', amount: 15_000 }]); // 10% of 150 000
    expect(three.considered).toEqual([]);
    expect(three.total).toBe(135_000); // 150 000 − 15 000
  });

  it('applies a promotion from the first instant of its window up to, but not at, its end', () => {
    const june = promo({
      id: 'june',
      validFrom: new Date('2025-06-01T00:00:00.000Z'),
      validTo: new Date('2025-07-01T00:00:00.000Z'),
    });
    const at = (iso: string) => only(quote([line({ unitPrice: 10_000 })], [june], { at: new Date(iso) }));

    expect(at('2025-05-31T23:59:59.999Z').considered).toEqual([
      {
        promotionId: 'june',
        name: 'Promotion june',
        reason: 'NOT_STARTED',
        detail: 'starts at 2025-06-01T00:00:00.000Z, quoted at 2025-05-31T23:59:59.999Z',
      },
    ]);
    expect(at('2025-06-01T00:00:00.000Z').discount).toBe(1_000); // 10% of 10 000
    expect(at('2025-06-30T23:59:59.999Z').discount).toBe(1_000);
    const atEnd = at('2025-07-01T00:00:00.000Z');
    expect(atEnd.discount).toBe(0);
    expect(atEnd.total).toBe(10_000);
    expect(atEnd.considered).toEqual([
      {
        promotionId: 'june',
        name: 'Promotion june',
        reason: 'EXPIRED',
        detail: 'ended at 2025-07-01T00:00:00.000Z, quoted at 2025-07-01T00:00:00.000Z',
      },
    ]);
  });

  it('reports only the first failing condition, in the documented order', () => {
    const l = only(
      quote(
        [line({ quantity: 1 })],
        [
          promo({ id: 'off-and-old', active: false, validTo: new Date('2020-01-01T00:00:00.000Z') }),
          promo({ id: 'future-bulk', validFrom: new Date('2030-01-01T00:00:00.000Z'), minQuantity: 5 }),
          promo({ id: 'bulk-coded', minQuantity: 5, promoCode: 'BULK' }),
        ],
      ),
    );

    expect(l.considered.map((c) => [c.promotionId, c.reason])).toEqual([
      ['bulk-coded', 'BELOW_MIN_QUANTITY'],
      ['future-bulk', 'NOT_STARTED'],
      ['off-and-old', 'INACTIVE'],
    ]);
  });

  it('asks for a promo code, refuses a wrong one and accepts the right one in any case and spacing', () => {
    const summer = promo({ id: 'summer', value: 25, promoCode: 'SUMMER25' });
    const withCode = (promoCode: string | null) =>
      only(quote([line({ unitPrice: 80_000 })], [summer], { promoCode }));

    const none = withCode(null);
    expect(none.considered).toEqual([
      {
        promotionId: 'summer',
        name: 'Promotion summer',
        reason: 'PROMO_CODE_REQUIRED',
        detail: 'needs a promo code, none was given',
      },
    ]);
    expect(withCode('   ').considered.map((c) => c.reason)).toEqual(['PROMO_CODE_REQUIRED']);

    const wrong = withCode('WINTER25');
    expect(wrong.considered.map((c) => c.reason)).toEqual(['PROMO_CODE_MISMATCH']);
    expect(wrong.considered[0]!.detail).not.toContain('SUMMER25'); // a quote never reveals the code
    expect(wrong.total).toBe(80_000);

    const right = withCode('  summer25 ');
    expect(right.applied).toEqual([{ promotionId: 'summer', name: 'Promotion summer', amount: 20_000 }]); // 25% of 80 000
    expect(right.considered).toEqual([]);
    expect(right.total).toBe(60_000); // 80 000 − 20 000
  });

  it('explains a promo code on every line, OUT_OF_SCOPE with its scope on the lines it does not cover', () => {
    const install = promo({
      id: 'autumn',
      name: 'Осень',
      kind: 'FIXED_AMOUNT',
      value: 30_000,
      promoCode: 'AUTUMN',
      scope: { type: 'ITEM', itemId: 'item-install', label: 'SRV-INSTALL' },
    });
    const materials = promo({
      id: 'cable',
      name: 'Кабель',
      promoCode: 'AUTUMN',
      scope: { type: 'CATEGORY', categoryId: 'cat-materials', label: 'Материалы' },
    });
    const q = quote(
      [line({ itemId: 'item-install', unitPrice: 150_000, categoryPath: ['cat-works'] }), line()],
      [install, materials],
      { promoCode: 'autumn' },
    );
    const [installLine, routerLine] = q.lines;
    // 1500.00 − 300.00 = 1200.00; the category promotion is for materials only
    expect(installLine!.applied.map((a) => [a.promotionId, a.amount])).toEqual([['autumn', 30_000]]);
    expect(installLine!.considered).toEqual([
      {
        promotionId: 'cable',
        name: 'Кабель',
        reason: 'OUT_OF_SCOPE',
        detail: 'applies only to the category «Материалы» and its subcategories',
      },
    ]);
    expect(routerLine!.applied).toEqual([]);
    expect(routerLine!.considered.map((c) => [c.promotionId, c.reason, c.detail])).toEqual([
      ['autumn', 'OUT_OF_SCOPE', 'applies only to the item SRV-INSTALL'],
      ['cable', 'OUT_OF_SCOPE', 'applies only to the category «Материалы» and its subcategories'],
    ]);
    expect(routerLine!.total).toBe(349_900);
  });

  it('does not list a promotion scoped elsewhere when no code, or another code, is given', () => {
    const elsewhere = promo({ id: 'x', promoCode: 'AUTUMN', scope: { type: 'ITEM', itemId: 'item-other' } });
    expect(only(quote([line()], [elsewhere])).considered).toEqual([]);
    expect(only(quote([line()], [elsewhere], { promoCode: 'SPRING' })).considered).toEqual([]);
  });

  it('lists an inactive promotion without applying it', () => {
    const l = only(quote([line({ unitPrice: 10_000 })], [promo({ id: 'paused', active: false })]));

    expect(l.applied).toEqual([]);
    expect(l.considered).toEqual([
      {
        promotionId: 'paused',
        name: 'Promotion paused',
        reason: 'INACTIVE',
        detail: 'the promotion is switched off',
      },
    ]);
    expect(l.total).toBe(10_000);
  });
});

describe('never below zero', () => {
  it('caps a fixed discount bigger than the price at the base and leaves nothing for the next stackable one', () => {
    const l = only(
      quote(
        [line({ unitPrice: 5_000, quantity: 2 })],
        [
          promo({
            id: 'minus-70',
            name: 'Minus 70',
            kind: 'FIXED_AMOUNT',
            value: 7_000,
            stacking: 'STACKABLE',
            priority: 2,
          }),
          promo({ id: 'ten', name: 'Ten', value: 10, stacking: 'STACKABLE', priority: 1 }),
        ],
      ),
    );

    expect(l.baseAmount).toBe(10_000); // 5 000 × 2
    expect(l.applied).toEqual([{ promotionId: 'minus-70', name: 'Minus 70', amount: 10_000 }]); // 7 000 × 2 = 14 000, capped at 10 000
    expect(l.considered).toEqual([
      {
        promotionId: 'ten',
        name: 'Ten',
        reason: 'NOTHING_LEFT_TO_DISCOUNT',
        detail: 'nothing is left of the line after "Minus 70"',
      },
    ]);
    expect(l.discount).toBe(10_000);
    expect(l.total).toBe(0);
  });

  it('caps an exclusive fixed discount at the base', () => {
    const l = only(
      quote([line({ unitPrice: 5_000 })], [promo({ id: 'minus-80', kind: 'FIXED_AMOUNT', value: 8_000 })]),
    );

    expect(l.applied).toEqual([{ promotionId: 'minus-80', name: 'Promotion minus-80', amount: 5_000 }]); // 8 000 capped at 5 000
    expect(l.total).toBe(0);
  });

  it('applies nothing to a free item and says why', () => {
    const l = only(
      quote(
        [line({ unitPrice: 0, quantity: 4 })],
        [promo({ id: 'excl' }), promo({ id: 'stack', stacking: 'STACKABLE', priority: 1 })],
      ),
    );

    expect(l.applied).toEqual([]);
    expect(l.considered).toEqual([
      {
        promotionId: 'stack',
        name: 'Promotion stack',
        reason: 'NOTHING_LEFT_TO_DISCOUNT',
        detail: 'the line’s base amount is 0',
      },
      {
        promotionId: 'excl',
        name: 'Promotion excl',
        reason: 'NOTHING_LEFT_TO_DISCOUNT',
        detail: 'the line’s base amount is 0',
      },
    ]);
    expect([l.baseAmount, l.discount, l.total]).toEqual([0, 0, 0]);
  });
});

describe('quotes with many lines', () => {
  it('gives one total per currency, sorted by currency', () => {
    const q = quote(
      [
        line({ itemId: 'item-sfp', unitPrice: 2_500, quantity: 2, currency: 'USD' }),
        line({ unitPrice: 100_000, currency: 'RUB' }),
        line({ itemId: 'item-patch', unitPrice: 15_000, quantity: 2, currency: 'RUB' }),
      ],
      [promo({ id: 'ten' })],
    );

    expect(q.totals).toEqual([
      // RUB: 100 000 + 30 000 = 130 000; 10% = 10 000 + 3 000 = 13 000
      { currency: 'RUB', base: 130_000, discount: 13_000, total: 117_000 },
      // USD: 2 500 × 2 = 5 000; 10% = 500
      { currency: 'USD', base: 5_000, discount: 500, total: 4_500 },
    ]);
  });

  it('gives an identical quote whatever order the promotions arrive in', () => {
    const lines = [
      line({ unitPrice: 123_457, quantity: 3 }),
      line({ itemId: 'item-cable', unitPrice: 4_590, quantity: 12.345, categoryPath: ['cat-cable'] }),
      line({ itemId: 'item-onu', unitPrice: 459_000, categoryPath: ['cat-onu-gpon', 'cat-onu', 'cat-cpe'] }),
    ];
    const promotions = [
      promo({ id: 'p1', value: 7, stacking: 'STACKABLE', priority: 3 }),
      promo({ id: 'p2', value: 7, stacking: 'STACKABLE', priority: 3 }),
      promo({ id: 'p3', kind: 'FIXED_AMOUNT', value: 999, stacking: 'STACKABLE', priority: 1 }),
      promo({ id: 'p4', value: 20, scope: { type: 'CATEGORY', categoryId: 'cat-cpe' } }),
      promo({ id: 'p5', value: 20, scope: { type: 'CATEGORY', categoryId: 'cat-cpe' } }),
      promo({ id: 'p6', value: 50, minQuantity: 10 }),
      promo({ id: 'p7', value: 15, promoCode: 'X' }),
      promo({
        id: 'p8',
        kind: 'FIXED_AMOUNT',
        value: 40_000,
        scope: { type: 'ITEM', itemId: 'item-router' },
      }),
    ];
    const reference = quote(lines, promotions);

    // Every rotation, each also reversed: 16 different arrival orders.
    for (let shift = 0; shift < promotions.length; shift++) {
      const rotated = [...promotions.slice(shift), ...promotions.slice(0, shift)];
      expect(quote(lines, rotated)).toEqual(reference);
      expect(quote(lines, rotated.reverse())).toEqual(reference);
    }
    // The ONU's two equal exclusive 20% promotions: same amount, same priority, so the lower id wins.
    expect(reference.lines[2]!.applied).toEqual([
      { promotionId: 'p4', name: 'Promotion p4', amount: 91_800 },
    ]); // 20% of 459 000
  });

  it('prices a 20-line quote', () => {
    // Item i (1…20) costs i × 1 000, one of each; 10% off everything, stackable; item 13 also has an
    // exclusive 50% that beats the 10% on its line.
    const lines = Array.from({ length: 20 }, (_, k) =>
      line({ itemId: `item-${k + 1}`, unitPrice: (k + 1) * 1_000, categoryPath: ['cat-materials'] }),
    );
    const q = quote(lines, [
      promo({ id: 'all-10', value: 10, stacking: 'STACKABLE' }),
      promo({ id: 'item-13-half', value: 50, scope: { type: 'ITEM', itemId: 'item-13' } }),
    ]);

    expect(q.lines).toHaveLength(20);
    expect(q.lines.map((l) => l.itemId)).toEqual(lines.map((l) => l.itemId)); // in input order
    expect(q.lines[6]).toMatchObject({ baseAmount: 7_000, discount: 700, total: 6_300 }); // item 7: 10% of 7 000
    expect(q.lines[12]).toMatchObject({
      baseAmount: 13_000,
      applied: [{ promotionId: 'item-13-half', name: 'Promotion item-13-half', amount: 6_500 }], // 50% of 13 000
      discount: 6_500,
      total: 6_500,
    });
    expect(q.lines[12]!.considered.map((c) => [c.promotionId, c.reason])).toEqual([
      ['all-10', 'LOST_TO_BETTER'],
    ]);
    // base: 1 000 × (1 + … + 20) = 1 000 × 210 = 210 000
    // discount: 10% of every line = 21 000, but item 13 gets 6 500 instead of 1 300 → 21 000 − 1 300 + 6 500 = 26 200
    expect(q.totals).toEqual([{ currency: 'RUB', base: 210_000, discount: 26_200, total: 183_800 }]);
  });
});

describe('input the caller should have refused', () => {
  it.each([
    ['a zero quantity', [line({ quantity: 0 })], []],
    ['a negative quantity', [line({ quantity: -1 })], []],
    ['a quantity with four decimals', [line({ quantity: 1.0005 })], []],
    ['a negative unit price', [line({ unitPrice: -1 })], []],
    ['a fractional unit price', [line({ unitPrice: 10.5 })], []],
    ['a zero percentage', [line()], [promo({ id: 'p', value: 0 })]],
    ['a percentage above 100', [line()], [promo({ id: 'p', value: 100.01 })]],
    ['a percentage with three decimals', [line()], [promo({ id: 'p', value: 12.345 })]],
    ['a fractional fixed amount', [line()], [promo({ id: 'p', kind: 'FIXED_AMOUNT', value: 0.5 })]],
    ['two promotions with one id', [line()], [promo({ id: 'p' }), promo({ id: 'p', value: 5 })]],
  ] as [string, QuoteLineInput[], PromotionRule[]][])(
    'throws a RangeError for %s',
    (_, lines, promotions) => {
      expect(() => quote(lines, promotions)).toThrow(RangeError);
    },
  );

  it('accepts the edges of the valid ranges', () => {
    // 1 × 0.001 = 0.001 → 0; 100% of 0 is nothing to take
    const tiny = only(quote([line({ unitPrice: 1, quantity: 0.001 })], [promo({ id: 'all', value: 100 })]));
    expect([tiny.baseAmount, tiny.total]).toEqual([0, 0]);
    // 100% of 349 900 takes everything
    expect(only(quote([line()], [promo({ id: 'all', value: 100 })])).total).toBe(0);
  });
});
