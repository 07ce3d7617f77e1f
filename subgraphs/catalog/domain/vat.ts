/**
 * VAT (НДС) of quoted amounts: pure, integer kopecks, no database and no clock.
 *
 * A list price either includes VAT (retail prices in roubles) or excludes it (a vendor's price list).
 * Each quote line's VAT is worked out once from the line's amount after discounts and rounded half up to
 * the kopeck; totals add the lines' VAT and never round again, so a document's lines always add up to
 * its totals.
 */

/** An amount in minor units (kopecks); a safe integer. */
export type Minor = number;

/** The VAT an item carries: a rate in percent, or exempt («без НДС»), which is not a rate of 0 %. */
export type VatTreatment = { exempt: true; rate: null } | { exempt: false; rate: number };

export interface LineVat {
  withoutVat: Minor;
  vat: Minor;
  withVat: Minor;
}

/** `VAT_RATES` lists the rates an item may carry; this only checks the arithmetic's own bounds. */
function checkRate(treatment: VatTreatment): bigint {
  if (treatment.exempt) return 0n;
  const { rate } = treatment;
  if (!Number.isInteger(rate) || rate < 0 || rate >= 100) {
    throw new RangeError(`a VAT rate is a whole percent from 0 to 99, got ${rate}`);
  }
  return BigInt(rate);
}

/** num / den rounded half up; both non-negative. */
function divRoundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/**
 * Splits a line's amount into the amount without VAT, the VAT and the amount with VAT. When the price
 * includes VAT the amount is the amount with VAT and the VAT inside it is amount × rate / (100 + rate)
 * («в т.ч. НДС»); otherwise the amount is without VAT and the VAT is amount × rate / 100 on top. An
 * exempt line has no VAT either way.
 */
export function lineVat(amount: Minor, treatment: VatTreatment, priceIncludesVat: boolean): LineVat {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`an amount is a non-negative integer of minor units, got ${amount}`);
  }
  const rate = checkRate(treatment);
  const value = BigInt(amount);
  if (priceIncludesVat) {
    const vat = divRoundHalfUp(value * rate, 100n + rate);
    return { withoutVat: Number(value - vat), vat: Number(vat), withVat: amount };
  }
  const vat = divRoundHalfUp(value * rate, 100n);
  const withVat = value + vat;
  if (withVat > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount beyond the safe integer range');
  return { withoutVat: amount, vat: Number(vat), withVat: Number(withVat) };
}

/** How a rate is named on its own: «НДС 20 %», «без НДС». */
export function vatLabel(treatment: VatTreatment): string {
  return treatment.exempt ? 'без НДС' : `НДС ${treatment.rate} %`;
}

/** How a total's VAT is printed under the total it is part of: «в т.ч. НДС 20 %», «без НДС». */
export function includedVatLabel(treatment: VatTreatment): string {
  return treatment.exempt ? 'без НДС' : `в т.ч. НДС ${treatment.rate} %`;
}

/** The VAT of some lines at one rate (or of the exempt lines). */
export interface VatGroup {
  rate: number | null;
  exempt: boolean;
  label: string;
  withoutVat: Minor;
  vat: Minor;
  withVat: Minor;
}

/** The lines' VAT by rate: highest rate first, exempt lines last; each group the sum of its lines. */
export function vatGroups(lines: readonly { treatment: VatTreatment; amounts: LineVat }[]): VatGroup[] {
  const groups = new Map<string, VatGroup>();
  for (const { treatment, amounts } of lines) {
    const key = treatment.exempt ? 'exempt' : String(treatment.rate);
    const group = groups.get(key) ?? {
      rate: treatment.rate,
      exempt: treatment.exempt,
      label: includedVatLabel(treatment),
      withoutVat: 0,
      vat: 0,
      withVat: 0,
    };
    group.withoutVat += amounts.withoutVat;
    group.vat += amounts.vat;
    group.withVat += amounts.withVat;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.exempt ? 1 : b.exempt ? -1 : (b.rate ?? 0) - (a.rate ?? 0)));
}
