import { describe, expect, it } from 'vitest';
import { quoteTotals, type TotalsLine } from './quote-totals.ts';
import { lineVat } from './vat.ts';

const VAT20 = { exempt: false, rate: 20 } as const;

/** A line at 20 % VAT included, without discount unless given. */
const line = (period: TotalsLine['period'], base: number, discount = 0): TotalsLine => ({
  period,
  base,
  discount,
  total: base - discount,
  vat: { treatment: VAT20, amounts: lineVat(base - discount, VAT20, true) },
});

describe('quote totals', () => {
  it('keeps a monthly tariff out of the one-time total', () => {
    // ONT 4990.00 and installation 1500.00 − 300.00 once; tariff 750.00 a month
    const totals = quoteTotals([line(null, 499_000), line(null, 150_000, 30_000), line('MONTH', 75_000)]);
    expect(totals.oneTime).toMatchObject({
      base: 649_000,
      discount: 30_000,
      total: 619_000,
      // VAT: 499000 × 20/120 = 83166.67 → 83167; 120000 × 20/120 = 20000; together 103167
      vat: 103_167,
      withVat: 619_000,
      withoutVat: 515_833,
    });
    expect(totals.recurring).toEqual([
      {
        period: 'MONTH',
        base: 75_000,
        discount: 0,
        total: 75_000,
        // 75000 × 20 / 120 = 12500
        vat: 12_500,
        withVat: 75_000,
        withoutVat: 62_500,
        groups: [
          {
            rate: 20,
            exempt: false,
            label: 'в т.ч. НДС 20 %',
            withoutVat: 62_500,
            vat: 12_500,
            withVat: 75_000,
          },
        ],
      },
    ]);
    // Every line together, as the deprecated Quote.total answers.
    expect(totals.all.total).toBe(694_000);
  });

  it('lists the recurring periods present in period order, one-time with zeros when there is none', () => {
    const totals = quoteTotals([line('YEAR', 1_000), line('MONTH', 100), line('MONTH', 200)]);
    expect(totals.recurring.map((t) => [t.period, t.total])).toEqual([
      ['MONTH', 300],
      ['YEAR', 1_000],
    ]);
    expect(totals.oneTime).toEqual({
      base: 0,
      discount: 0,
      total: 0,
      withoutVat: 0,
      vat: 0,
      withVat: 0,
      groups: [],
    });
  });

  it('gives no VAT sum where a line of the group has no VAT, and still the VAT of the others by rate', () => {
    const unknown: TotalsLine = { period: null, base: 10_000, discount: 0, total: 10_000, vat: null };
    const totals = quoteTotals([line(null, 12_000), unknown, line('MONTH', 600)]);
    expect(totals.oneTime).toMatchObject({ total: 22_000, withoutVat: null, vat: null, withVat: null });
    expect(totals.oneTime.groups).toEqual([
      { rate: 20, exempt: false, label: 'в т.ч. НДС 20 %', withoutVat: 10_000, vat: 2_000, withVat: 12_000 },
    ]);
    // The recurring lines all have VAT: their sums stand.
    expect(totals.recurring[0]).toMatchObject({ vat: 100, withVat: 600 });
  });
});
