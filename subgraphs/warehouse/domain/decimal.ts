/**
 * Quantities and values as exact fixed-point integers: a quantity in thousandths of its unit (the
 * `Quantity` scalar's three decimals), a value in ten-thousandths of a rouble (costs keep two more
 * decimals than money, so averages do not drift). Never through floats.
 */
export type Milli = bigint;
export type Value = bigint;

const QUANTITY_SCALE = 3;
const VALUE_SCALE = 4;

function parseFixed(text: string, scale: number): bigint {
  const match = String(text)
    .trim()
    .match(/^(-?)(\d+)(?:\.(\d+))?$/);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole, frac = ''] = match;
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) {
    throw new RangeError(`more than ${scale} decimals: ${text}`);
  }
  const digits = BigInt(whole + frac.slice(0, scale).padEnd(scale, '0'));
  return sign ? -digits : digits;
}

function formatFixed(value: bigint, scale: number, keep: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(scale);
  const whole = abs / unit;
  let frac = (abs % unit).toString().padStart(scale, '0');
  frac = frac.replace(/0+$/, '').padEnd(keep, '0');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

export const quantity = (text: string): Milli => parseFixed(text, QUANTITY_SCALE);
export const value = (text: string): Value => parseFixed(text, VALUE_SCALE);
/** A quantity as the API answers it: "2", "120.5". */
export const formatQuantity = (q: Milli): string => formatFixed(q, QUANTITY_SCALE, 0);
/** A value as stored: four decimals. */
export const formatValue = (v: Value): string => formatFixed(v, VALUE_SCALE, VALUE_SCALE);

/** Rounds half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** The value of `q` units at `unitCost` (a value per whole unit). */
export const valueAtCost = (q: Milli, unitCost: Value): Value => divRound(q * unitCost, 1000n);

/** The cost of one unit of `q` units worth `v`, as a value; 0 when q is 0. */
export const unitCostOf = (q: Milli, v: Value): Value => (q === 0n ? 0n : divRound(v * 1000n, q));

/** Money as the API answers it: two decimals, rounded half away from zero. */
export function formatMoney(v: Value): string {
  return formatFixed(divRound(v, 100n) * 100n, VALUE_SCALE, 2).replace(/^(-?\d+\.\d\d)\d*$/, '$1');
}

/** Whether a quantity is a whole number of units. */
export const isWhole = (q: Milli): boolean => q % 1000n === 0n;

/** A whole quantity as a count of units. */
export const units = (q: Milli): number => Number(q / 1000n);
