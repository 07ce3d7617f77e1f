/**
 * A quote's totals, kept apart by what they pay for: one-time lines (equipment, materials, installation)
 * and recurring lines of each period (a monthly tariff, a yearly licence). Adding a monthly fee to the
 * price of an ONT gives a number no document prints. Pure, integer kopecks.
 */
import { type LineVat, type Minor, type VatGroup, type VatTreatment, vatGroups } from './vat.ts';

export const RECURRING_PERIOD_ORDER = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type RecurringPeriod = (typeof RECURRING_PERIOD_ORDER)[number];

export interface TotalsLine {
  /** Null for a one-time line. */
  period: RecurringPeriod | null;
  base: Minor;
  discount: Minor;
  total: Minor;
  /** Null when the item's VAT is not known at the quote's moment. */
  vat: { treatment: VatTreatment; amounts: LineVat } | null;
}

export interface Totals {
  base: Minor;
  discount: Minor;
  total: Minor;
  /** Null when a line's VAT is not known: a sum without it would be wrong, not smaller. */
  withoutVat: Minor | null;
  vat: Minor | null;
  withVat: Minor | null;
  /** VAT by rate of the lines whose VAT is known. */
  groups: VatGroup[];
}

export interface QuoteTotals {
  oneTime: Totals;
  /** One entry per period that has a line, MONTH, QUARTER, YEAR. */
  recurring: (Totals & { period: RecurringPeriod })[];
  /** Every line together, one-time and recurring: what `Quote.total` has always answered. */
  all: Totals;
}

function sum(lines: readonly TotalsLine[]): Totals {
  const known = lines.flatMap((l) => (l.vat ? [l.vat] : []));
  const complete = known.length === lines.length;
  const add = (pick: (l: TotalsLine) => Minor) => lines.reduce((s, l) => s + pick(l), 0);
  const addVat = (pick: (v: LineVat) => Minor) =>
    complete ? known.reduce((s, v) => s + pick(v.amounts), 0) : null;
  return {
    base: add((l) => l.base),
    discount: add((l) => l.discount),
    total: add((l) => l.total),
    withoutVat: addVat((v) => v.withoutVat),
    vat: addVat((v) => v.vat),
    withVat: addVat((v) => v.withVat),
    groups: vatGroups(known),
  };
}

export function quoteTotals(lines: readonly TotalsLine[]): QuoteTotals {
  return {
    oneTime: sum(lines.filter((l) => l.period === null)),
    recurring: RECURRING_PERIOD_ORDER.flatMap((period) => {
      const of = lines.filter((l) => l.period === period);
      return of.length ? [{ period, ...sum(of) }] : [];
    }),
    all: sum(lines),
  };
}
