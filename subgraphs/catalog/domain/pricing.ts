/**
 * The pricing engine behind `quote`: pure, no database and no clock — the caller loads the lines'
 * prices and category paths and the promotions, and passes the moment to price at.
 *
 * Money is integer minor units (kopecks) throughout and every intermediate amount is exact: the
 * arithmetic runs on bigints with quantities in thousandths and percentages in hundredths of a
 * percent, and each division rounds half up once. Nothing depends on the order the promotions
 * arrive in, so the same input always gives the same quote.
 */

/** An amount of money in the currency's minor unit (kopecks for RUB); always a safe integer. */
export type Minor = number;

export type PromotionKind = 'PERCENTAGE' | 'FIXED_AMOUNT';

/** What a promotion applies to; `label` names it (a SKU, a category's name) for explanations. */
export type PromotionScope =
  | { type: 'ITEM'; itemId: string; label?: string | null }
  | { type: 'CATEGORY'; categoryId: string; label?: string | null }
  | { type: 'ALL' };

export interface PromotionRule {
  id: string;
  name: string;
  kind: PromotionKind;
  /** PERCENTAGE: percent, 0 < value <= 100, at most 2 decimals; FIXED_AMOUNT: minor units off each unit. */
  value: number;
  scope: PromotionScope;
  validFrom: Date | null;
  /** Exclusive: the promotion no longer applies at this instant. */
  validTo: Date | null;
  minQuantity: number | null;
  promoCode: string | null;
  active: boolean;
  stacking: 'EXCLUSIVE' | 'STACKABLE';
  /** Higher applies first. */
  priority: number;
}

export interface QuoteLineInput {
  itemId: string;
  /** More than 0, at most 3 decimals (metres of cable). */
  quantity: number;
  unitPrice: Minor;
  currency: string;
  /** The item's category and all its ancestors' ids. */
  categoryPath: string[];
}

export type NotAppliedReason =
  | 'OUT_OF_SCOPE'
  | 'INACTIVE'
  | 'NOT_STARTED'
  | 'EXPIRED'
  | 'BELOW_MIN_QUANTITY'
  | 'PROMO_CODE_REQUIRED'
  | 'PROMO_CODE_MISMATCH'
  | 'LOST_TO_BETTER'
  | 'NOTHING_LEFT_TO_DISCOUNT';

export interface AppliedPromotion {
  promotionId: string;
  name: string;
  amount: Minor;
}

export interface ConsideredPromotion {
  promotionId: string;
  name: string;
  reason: NotAppliedReason;
  /** A human sentence, e.g. "needs at least 3, quoted 2". */
  detail: string;
}

export interface QuoteLine {
  itemId: string;
  quantity: number;
  unitPrice: Minor;
  currency: string;
  baseAmount: Minor;
  /** In the order they were applied. */
  applied: AppliedPromotion[];
  /**
   * Every promotion whose scope matched, or that holds the promo code given, but which took nothing; by
   * priority desc, then id asc.
   */
  considered: ConsideredPromotion[];
  discount: Minor;
  total: Minor;
}

export interface Quote {
  at: Date;
  lines: QuoteLine[];
  /** One per currency, sorted by currency code. */
  totals: { currency: string; base: Minor; discount: Minor; total: Minor }[];
}

const MILLI = 1000n;
const PERCENT_SCALE = 10_000n; // 100% in hundredths of a percent

/** A rule checked once and put in the form the arithmetic needs. */
interface Prepared {
  rule: PromotionRule;
  /** Hundredths of a percent (PERCENTAGE) or minor units per unit (FIXED_AMOUNT). */
  value: bigint;
  code: string | null;
}

interface Line {
  input: QuoteLineInput;
  quantityMilli: bigint;
  base: bigint;
}

/** Where a promotion lands on one line, before it is turned into output. */
type Outcome = { applied: bigint } | { reason: NotAppliedReason; detail: string };

/**
 * Prices each line at `opts.at` and applies the promotions in force. For every line it returns the
 * base amount (unit price × quantity, rounded half up), each promotion applied with what it took
 * off, every other promotion whose scope matched with the reason it took nothing, and the line's
 * discount and total; then totals per currency. A promotion holding the promo code given is explained
 * on every line, OUT_OF_SCOPE on the lines it does not cover, so a customer learns where the code
 * applies.
 *
 * Invariants: a line's total is never below zero; discount = Σ applied amounts; total = base −
 * discount; the result does not depend on the order of `promotions`. Either the single best
 * EXCLUSIVE promotion applies or all STACKABLE ones do (each on what the previous left), whichever
 * takes more off — a tie goes to the exclusive one.
 *
 * Throws RangeError for input the caller should have refused (quantity ≤ 0 or with more than 3
 * decimals, a negative or fractional unit price, a percentage outside (0, 100] or with more than 2
 * decimals, a fixed amount that is not a positive integer, duplicate promotion ids, invalid dates,
 * amounts beyond the safe integer range).
 */
export function quoteLines(
  lines: QuoteLineInput[],
  promotions: PromotionRule[],
  opts: { at: Date; promoCode?: string | null },
): Quote {
  const at = opts.at;
  if (!validDate(at)) throw new RangeError('at must be a valid Date');
  const code = normalizeCode(opts.promoCode ?? null);
  const ordered = promotions.map(prepare).sort(byPriority);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.rule.id === ordered[i - 1]!.rule.id) {
      throw new RangeError(`promotion id ${ordered[i]!.rule.id} appears more than once`);
    }
  }

  const priced = lines.map((input, index) => priceLine(toLine(input, index), ordered, at, code));

  const sums = new Map<string, { base: bigint; discount: bigint }>();
  for (const line of priced) {
    const sum = sums.get(line.currency) ?? { base: 0n, discount: 0n };
    sum.base += BigInt(line.baseAmount);
    sum.discount += BigInt(line.discount);
    sums.set(line.currency, sum);
  }
  const totals = [...sums.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([currency, sum]) => ({
      currency,
      base: toMinor(sum.base),
      discount: toMinor(sum.discount),
      total: toMinor(sum.base - sum.discount),
    }));

  return { at: new Date(at.getTime()), lines: priced, totals };
}

function priceLine(line: Line, ordered: Prepared[], at: Date, code: string | null): QuoteLine {
  const { input, base } = line;
  // `ordered` is by priority desc, id asc, so every list built from it keeps that order.
  const candidates = ordered.filter(
    (p) => inScope(p.rule.scope, input) || (code !== null && p.code === code),
  );
  const outcomes = new Map<string, Outcome>();
  const eligible: Prepared[] = [];
  for (const p of candidates) {
    if (!inScope(p.rule.scope, input)) {
      outcomes.set(p.rule.id, { reason: 'OUT_OF_SCOPE', detail: scopeDetail(p.rule.scope) });
      continue;
    }
    const miss = ineligibility(p, input, at, code);
    if (miss) outcomes.set(p.rule.id, miss);
    else eligible.push(p);
  }

  // Option A: the single best exclusive promotion, each judged against the whole base.
  const exclusives = eligible
    .filter((p) => p.rule.stacking === 'EXCLUSIVE')
    .map((p) => ({ p, amount: min(base, rawAmount(p, base, line.quantityMilli)) }))
    .sort((a, b) => (a.amount === b.amount ? byPriority(a.p, b.p) : a.amount > b.amount ? -1 : 1));
  const best = exclusives[0];
  const totalA = best?.amount ?? 0n;

  // Option B: every stackable promotion in priority order, each on what the previous ones left.
  const stacked: { p: Prepared; amount: bigint }[] = [];
  const idle: { p: Prepared; from: bigint }[] = [];
  let remaining = base;
  for (const p of eligible) {
    if (p.rule.stacking !== 'STACKABLE') continue;
    const amount = min(remaining, rawAmount(p, remaining, line.quantityMilli));
    if (amount === 0n) idle.push({ p, from: remaining });
    else stacked.push({ p, amount });
    remaining -= amount;
  }
  const totalB = base - remaining;

  if (totalA === 0n && totalB === 0n) {
    // Neither option takes anything off (a free item, or amounts that round to zero): naming a
    // "winner" that took 0 would explain nothing, so each says why it took nothing.
    for (const p of eligible) {
      outcomes.set(p.rule.id, {
        reason: 'NOTHING_LEFT_TO_DISCOUNT',
        detail: zeroDetail(p, base, base, line, []),
      });
    }
  } else if (best && totalA >= totalB) {
    outcomes.set(best.p.rule.id, { applied: best.amount });
    const winner = `exclusive ${quoted(best.p)}, which takes ${best.amount} off`;
    for (const { p, amount } of exclusives.slice(1)) {
      const tie = amount === best.amount ? '; on a tie the higher priority, then the lower id, wins' : '';
      outcomes.set(p.rule.id, {
        reason: 'LOST_TO_BETTER',
        detail: `lost to ${winner}; this one would take ${amount}${tie}`,
      });
    }
    for (const p of eligible) {
      if (p.rule.stacking !== 'STACKABLE') continue;
      outcomes.set(p.rule.id, {
        reason: 'LOST_TO_BETTER',
        detail: `lost to ${winner}; the stackable promotions together would take ${totalB}`,
      });
    }
  } else {
    for (const { p, amount } of stacked) outcomes.set(p.rule.id, { applied: amount });
    const names = stacked.map(({ p }) => quoted(p));
    const before = (p: Prepared) =>
      stacked.filter((s) => byPriority(s.p, p) < 0).map(({ p: earlier }) => quoted(earlier));
    for (const { p, from } of idle) {
      outcomes.set(p.rule.id, {
        reason: 'NOTHING_LEFT_TO_DISCOUNT',
        detail: zeroDetail(p, from, base, line, before(p)),
      });
    }
    for (const { p, amount } of exclusives) {
      outcomes.set(p.rule.id, {
        reason: 'LOST_TO_BETTER',
        detail: `lost to stackable ${names.join(', ')}, which together take ${totalB} off; this one would take ${amount}`,
      });
    }
  }

  // Candidates are in priority order, which is also the order the stackables were applied in.
  const applied: AppliedPromotion[] = [];
  const considered: ConsideredPromotion[] = [];
  let discount = 0n;
  for (const p of candidates) {
    const outcome = outcomes.get(p.rule.id)!;
    if ('applied' in outcome) {
      applied.push({ promotionId: p.rule.id, name: p.rule.name, amount: toMinor(outcome.applied) });
      discount += outcome.applied;
    } else {
      considered.push({ promotionId: p.rule.id, name: p.rule.name, ...outcome });
    }
  }
  return {
    itemId: input.itemId,
    quantity: input.quantity,
    unitPrice: input.unitPrice,
    currency: input.currency,
    baseAmount: toMinor(base),
    applied,
    considered,
    discount: toMinor(discount),
    total: toMinor(base - discount),
  };
}

function inScope(scope: PromotionScope, line: QuoteLineInput): boolean {
  switch (scope.type) {
    case 'ITEM':
      return scope.itemId === line.itemId;
    case 'CATEGORY':
      return line.categoryPath.includes(scope.categoryId);
    case 'ALL':
      return true;
  }
}

/** Where a promotion applies, for a line it does not cover. */
function scopeDetail(scope: PromotionScope): string {
  switch (scope.type) {
    case 'ITEM':
      return `applies only to the item ${scope.label ?? scope.itemId}`;
    case 'CATEGORY':
      return `applies only to the category «${scope.label ?? scope.categoryId}» and its subcategories`;
    case 'ALL':
      return 'applies to every item';
  }
}

/** The first reason the promotion cannot apply to the line, in the documented order; null if it can. */
function ineligibility(
  p: Prepared,
  line: QuoteLineInput,
  at: Date,
  code: string | null,
): { reason: NotAppliedReason; detail: string } | null {
  const { rule } = p;
  if (!rule.active) return { reason: 'INACTIVE', detail: 'the promotion is switched off' };
  if (rule.validFrom && at.getTime() < rule.validFrom.getTime()) {
    return {
      reason: 'NOT_STARTED',
      detail: `starts at ${rule.validFrom.toISOString()}, quoted at ${at.toISOString()}`,
    };
  }
  if (rule.validTo && at.getTime() >= rule.validTo.getTime()) {
    return {
      reason: 'EXPIRED',
      detail: `ended at ${rule.validTo.toISOString()}, quoted at ${at.toISOString()}`,
    };
  }
  if (rule.minQuantity !== null && line.quantity < rule.minQuantity) {
    return {
      reason: 'BELOW_MIN_QUANTITY',
      detail: `needs at least ${rule.minQuantity}, quoted ${line.quantity}`,
    };
  }
  // The details never repeat the rule's code: a quote must not reveal codes to whoever asks.
  if (p.code !== null && code === null) {
    return { reason: 'PROMO_CODE_REQUIRED', detail: 'needs a promo code, none was given' };
  }
  if (p.code !== null && p.code !== code) {
    return { reason: 'PROMO_CODE_MISMATCH', detail: 'the promo code given is not this promotion’s' };
  }
  return null;
}

/** What the promotion takes off `from` before capping: a percentage of it, or value × quantity. */
function rawAmount(p: Prepared, from: bigint, quantityMilli: bigint): bigint {
  return p.rule.kind === 'PERCENTAGE'
    ? divRoundHalfUp(from * p.value, PERCENT_SCALE)
    : divRoundHalfUp(p.value * quantityMilli, MILLI);
}

function zeroDetail(p: Prepared, from: bigint, base: bigint, line: Line, before: string[]): string {
  if (base === 0n) return 'the line’s base amount is 0';
  if (from === 0n) return `nothing is left of the line after ${before.join(', ')}`;
  return p.rule.kind === 'PERCENTAGE'
    ? `${p.rule.value}% of ${from} rounds to 0`
    : `${p.rule.value} off each of ${line.input.quantity} units rounds to 0`;
}

function prepare(rule: PromotionRule): Prepared {
  const where = `promotion ${rule.id}`;
  let value: bigint | null;
  if (rule.kind === 'PERCENTAGE') {
    value = scaledExactly(rule.value, 100);
    if (value === null || value <= 0n || value > PERCENT_SCALE) {
      throw new RangeError(
        `${where}: a percentage must be in (0, 100] with at most 2 decimals, got ${rule.value}`,
      );
    }
  } else {
    value = Number.isSafeInteger(rule.value) && rule.value > 0 ? BigInt(rule.value) : null;
    if (value === null) {
      throw new RangeError(
        `${where}: a fixed amount must be a positive integer of minor units, got ${rule.value}`,
      );
    }
  }
  if (!Number.isFinite(rule.priority)) throw new RangeError(`${where}: priority must be a finite number`);
  if (rule.minQuantity !== null && !Number.isFinite(rule.minQuantity)) {
    throw new RangeError(`${where}: minQuantity must be a finite number or null`);
  }
  if ((rule.validFrom && !validDate(rule.validFrom)) || (rule.validTo && !validDate(rule.validTo))) {
    throw new RangeError(`${where}: validFrom and validTo must be valid dates or null`);
  }
  return { rule, value, code: normalizeCode(rule.promoCode) };
}

function toLine(input: QuoteLineInput, index: number): Line {
  const where = `line ${index} (item ${input.itemId})`;
  const quantityMilli = scaledExactly(input.quantity, 1000);
  if (quantityMilli === null || quantityMilli <= 0n) {
    throw new RangeError(`${where}: quantity must be > 0 with at most 3 decimals, got ${input.quantity}`);
  }
  if (!Number.isSafeInteger(input.unitPrice) || input.unitPrice < 0) {
    throw new RangeError(
      `${where}: unitPrice must be a non-negative integer of minor units, got ${input.unitPrice}`,
    );
  }
  return { input, quantityMilli, base: divRoundHalfUp(BigInt(input.unitPrice) * quantityMilli, MILLI) };
}

/**
 * `value × factor` as an exact integer, or null when `value` has more decimals than the factor
 * allows. A decimal literal with at most that many decimals parses to the double nearest to it, and
 * so does `n / factor`; any other value fails the round trip.
 */
function scaledExactly(value: number, factor: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  const n = Math.round(value * factor);
  return Number.isSafeInteger(n) && n / factor === value ? BigInt(n) : null;
}

/** num / den rounded half up; both non-negative. */
function divRoundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function toMinor(amount: bigint): Minor {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`amount ${amount} is beyond the safe integer range`);
  }
  return Number(amount);
}

function normalizeCode(code: string | null): string | null {
  const trimmed = code?.trim().toLowerCase() ?? '';
  return trimmed === '' ? null : trimmed;
}

function byPriority(a: Prepared, b: Prepared): number {
  return a.rule.priority !== b.rule.priority
    ? b.rule.priority - a.rule.priority
    : compareStrings(a.rule.id, b.rule.id);
}

/** Code-unit order, not locale order: the result must not depend on the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function validDate(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

function quoted(p: Prepared): string {
  return `"${p.rule.name}"`;
}
