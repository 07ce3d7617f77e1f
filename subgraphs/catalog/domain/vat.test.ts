import { describe, expect, it } from 'vitest';
import { includedVatLabel, lineVat, vatGroups, vatLabel } from './vat.ts';

// Amounts are kopecks; every expected amount is worked out by hand beside it.

const rate = (r: number) => ({ exempt: false, rate: r }) as const;
const EXEMPT = { exempt: true, rate: null } as const;

describe('the VAT of a line', () => {
  it('takes the VAT out of a price that includes it, rounding half up to the kopeck', () => {
    // 4990.00 incl. 20 %: 499000 × 20 / 120 = 83166.67 → 83167 (831.67); without: 4158.33
    expect(lineVat(499_000, rate(20), true)).toEqual({ withoutVat: 415_833, vat: 83_167, withVat: 499_000 });
    // 1200.00 incl. 20 %: 120000 × 20 / 120 = 20000 exactly
    expect(lineVat(120_000, rate(20), true)).toEqual({ withoutVat: 100_000, vat: 20_000, withVat: 120_000 });
    // 0.03 incl. 20 %: 3 × 20 / 120 = 0.5 → half rounds up to 1
    expect(lineVat(3, rate(20), true)).toEqual({ withoutVat: 2, vat: 1, withVat: 3 });
    // 0.05 incl. 10 %: 5 × 10 / 110 = 0.4545… → 0
    expect(lineVat(5, rate(10), true)).toEqual({ withoutVat: 5, vat: 0, withVat: 5 });
  });

  it('adds the VAT on top of a price that excludes it', () => {
    // 54.90 + 20 %: 5490 × 20 / 100 = 1098 → 65.88
    expect(lineVat(5_490, rate(20), false)).toEqual({ withoutVat: 5_490, vat: 1_098, withVat: 6_588 });
    // 0.05 + 10 %: 5 × 10 / 100 = 0.5 → 1
    expect(lineVat(5, rate(10), false)).toEqual({ withoutVat: 5, vat: 1, withVat: 6 });
    // 1747.25 + 22 %: 174725 × 22 / 100 = 38439.5 → 38440
    expect(lineVat(174_725, rate(22), false)).toEqual({ withoutVat: 174_725, vat: 38_440, withVat: 213_165 });
  });

  it('has no VAT for an exempt item or at 0 %, whether the price includes VAT or not', () => {
    for (const treatment of [EXEMPT, rate(0)]) {
      expect(lineVat(150_000, treatment, true)).toEqual({ withoutVat: 150_000, vat: 0, withVat: 150_000 });
      expect(lineVat(150_000, treatment, false)).toEqual({ withoutVat: 150_000, vat: 0, withVat: 150_000 });
    }
  });

  it('refuses amounts and rates the caller should have refused', () => {
    expect(() => lineVat(-1, rate(20), true)).toThrow(RangeError);
    expect(() => lineVat(1.5, rate(20), true)).toThrow(RangeError);
    expect(() => lineVat(100, rate(100), true)).toThrow(RangeError);
    expect(() => lineVat(100, rate(12.5), true)).toThrow(RangeError);
  });

  it('names a rate as documents print it', () => {
    expect(vatLabel(rate(20))).toBe('НДС 20 %');
    expect(vatLabel(EXEMPT)).toBe('без НДС');
    expect(includedVatLabel(rate(10))).toBe('в т.ч. НДС 10 %');
    expect(includedVatLabel(rate(0))).toBe('в т.ч. НДС 0 %');
    expect(includedVatLabel(EXEMPT)).toBe('без НДС');
  });
});

describe('VAT totals by rate', () => {
  it('adds the lines of each rate without rounding again, highest rate first and exempt last', () => {
    const lines = [
      // three lines at 20 % incl.: 0.03 → VAT 0.01 each (0.5 rounded up per line)
      ...[3, 3, 3].map((a) => ({ treatment: rate(20), amounts: lineVat(a, rate(20), true) })),
      { treatment: EXEMPT, amounts: lineVat(10_000, EXEMPT, true) },
      { treatment: rate(10), amounts: lineVat(11_000, rate(10), true) },
    ];
    expect(vatGroups(lines)).toEqual([
      // 3 × 1 kopeck; a sum of 0.09 would have given 0.09 × 20 / 120 = 0.015 → 0.02: per line is 0.03
      { rate: 20, exempt: false, label: 'в т.ч. НДС 20 %', withoutVat: 6, vat: 3, withVat: 9 },
      // 110.00 incl. 10 %: 11000 × 10 / 110 = 1000
      { rate: 10, exempt: false, label: 'в т.ч. НДС 10 %', withoutVat: 10_000, vat: 1_000, withVat: 11_000 },
      { rate: null, exempt: true, label: 'без НДС', withoutVat: 10_000, vat: 0, withVat: 10_000 },
    ]);
  });

  it('keeps exempt apart from 0 %', () => {
    const groups = vatGroups([
      { treatment: EXEMPT, amounts: lineVat(100, EXEMPT, true) },
      { treatment: rate(0), amounts: lineVat(200, rate(0), true) },
    ]);
    expect(groups.map((g) => [g.rate, g.exempt, g.withVat])).toEqual([
      [0, false, 200],
      [null, true, 100],
    ]);
  });
});
