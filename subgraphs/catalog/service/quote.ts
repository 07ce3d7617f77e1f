import { z } from 'zod';
import { ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { isUuid, parseArguments } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { isoDay } from '../db/certificates.ts';
import { itemsWithCategoryPath } from '../db/items.ts';
import { pricesAt } from '../db/prices.ts';
import { candidatePromotions, promotionsByCode, type ScopedPromotion } from '../db/promotions.ts';
import type { ItemRow, PromotionRow, VatRateRow } from '../db/tables.ts';
import { vatRatesOn } from '../db/vat.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { pathIds } from '../domain/items.ts';
import { fromMinor, toMinor } from '../domain/money.ts';
import { type PromotionRule, quoteLines } from '../domain/pricing.ts';
import { quoteTotals, type RecurringPeriod, type Totals, type TotalsLine } from '../domain/quote-totals.ts';
import { lineVat, type VatTreatment } from '../domain/vat.ts';
import { currency, moment } from './fields.ts';

export const quoteInput = z.object({
  lines: z
    .array(z.object({ itemId: z.string(), quantity: z.string() }))
    .min(1, 'A quote has at least one line')
    .max(200, 'A quote has at most 200 lines'),
  at: moment.nullish(),
  currency: currency.default('RUB'),
  promoCode: z.string().trim().max(40).nullish(),
});

/** A VAT total as the schema's `VatTotal`. */
export interface VatTotalResult {
  rate: number | null;
  exempt: boolean;
  label: string;
  amountWithoutVat: string;
  vatAmount: string;
  amountWithVat: string;
}

/** Totals as the schema's `QuoteTotals`. */
export interface TotalsResult {
  base: string;
  discount: string;
  total: string;
  amountWithoutVat: string | null;
  vatAmount: string | null;
  amountWithVat: string | null;
  vat: VatTotalResult[];
}

export interface QuoteLineResult {
  item: ItemRow;
  quantity: string;
  unitPrice: string;
  priceIncludesVat: boolean;
  recurringPeriod: RecurringPeriod | null;
  baseAmount: string;
  applied: { promotion: PromotionRow; amount: string }[];
  considered: { promotion: PromotionRow; reason: string; detail: string }[];
  discount: string;
  total: string;
  vat: VatRateRow | null;
  amountWithoutVat: string | null;
  vatAmount: string | null;
  amountWithVat: string | null;
}

export interface QuoteResult {
  at: Date;
  currency: string;
  lines: QuoteLineResult[];
  oneTime: TotalsResult;
  recurring: (TotalsResult & { period: RecurringPeriod })[];
  /** Every line, one-time and recurring together (the deprecated `base`, `discount`, `total`). */
  base: string;
  discount: string;
  total: string;
  userErrors: UserError[];
}

function toRule(p: PromotionRow, labels: ReadonlyMap<string, string | null>): PromotionRule {
  const label = labels.get(p.id) ?? null;
  return {
    id: p.id,
    name: p.name,
    kind: p.kind as PromotionRule['kind'],
    value: p.kind === 'PERCENTAGE' ? Number(p.value) : toMinor(p.value),
    scope:
      p.scopeType === 'ITEM'
        ? { type: 'ITEM', itemId: p.scopeItemId as string, label }
        : p.scopeType === 'CATEGORY'
          ? { type: 'CATEGORY', categoryId: p.scopeCategoryId as string, label }
          : { type: 'ALL' },
    validFrom: p.validFrom,
    validTo: p.validTo,
    minQuantity: p.minQuantity == null ? null : Number(p.minQuantity),
    promoCode: p.promoCode,
    active: p.active,
    stacking: p.stacking as PromotionRule['stacking'],
    priority: p.priority,
  };
}

const money = (minor: number | null) => (minor === null ? null : fromMinor(minor));

function totalsOut(t: Totals): TotalsResult {
  return {
    base: fromMinor(t.base),
    discount: fromMinor(t.discount),
    total: fromMinor(t.total),
    amountWithoutVat: money(t.withoutVat),
    vatAmount: money(t.vat),
    amountWithVat: money(t.withVat),
    vat: t.groups.map((g) => ({
      rate: g.rate,
      exempt: g.exempt,
      label: g.label,
      amountWithoutVat: fromMinor(g.withoutVat),
      vatAmount: fromMinor(g.vat),
      amountWithVat: fromMinor(g.withVat),
    })),
  };
}

const treatmentOf = (row: VatRateRow): VatTreatment =>
  row.exempt ? { exempt: true, rate: null } : { exempt: false, rate: row.rate ?? 0 };

const QUANTITY = /^\d{1,7}(\.\d{1,3})?$/;

/**
 * Prices lines at a moment in one currency: each line's list price, then the promotions (see
 * `domain/pricing.ts`), then each line's VAT on what is left (`domain/vat.ts`), and totals kept apart
 * for one-time lines and for each recurring period (`domain/quote-totals.ts`). Lines that cannot be
 * priced are reported in `userErrors` (with their path) and left out of the totals; a line whose VAT is
 * not set is priced and reported; a promo code no promotion holds is reported on `input.promoCode`.
 * Reads only: a fixed number of statements whatever the number of lines.
 */
export async function quote(ctx: CatalogContext, rawInput: unknown): Promise<QuoteResult> {
  const input = parseArguments(quoteInput, rawInput, 'input');
  const at = input.at ?? new Date();
  const day = isoDay(at);
  const promoCode = input.promoCode?.trim() || null;
  const errors: UserError[] = [];
  const field = (i: number, name: string) => ['input', 'lines', String(i), name];
  input.lines.forEach((line, i) => {
    if (!isUuid(line.itemId))
      errors.push(userError(ErrorCode.VALIDATION, 'Not a valid id', field(i, 'itemId')));
    const quantity = Number(line.quantity);
    if (!QUANTITY.test(line.quantity) || !(quantity > 0) || quantity > 1_000_000) {
      errors.push(
        userError(
          CatalogErrorCode.INVALID_QUANTITY,
          'Quantity must be more than zero, at most 1,000,000, with at most three decimals',
          field(i, 'quantity'),
        ),
      );
    }
  });
  const wellFormed = input.lines
    .map((l, i) => ({ ...l, i }))
    .filter((l) => !errors.some((e) => e.field?.[2] === String(l.i)));
  // Items (with their category paths), prices, VAT and promotions need only the ids: one round trip.
  const ids = [...new Set(wellFormed.map((l) => l.itemId))];
  const db = ctx.db;
  const [itemRows, priced, vatRows, promotionRows, coded] = await Promise.all([
    ids.length ? itemsWithCategoryPath(db, ids) : [],
    ids.length ? pricesAt(db, ids, input.currency, at) : [],
    ids.length ? vatRatesOn(db, ids, day) : [],
    ids.length ? candidatePromotions(db, ids) : [],
    promoCode ? promotionsByCode(db, promoCode) : ([] as ScopedPromotion[]),
  ]);
  if (promoCode && coded.length === 0) {
    errors.push(
      userError(CatalogErrorCode.UNKNOWN_PROMO_CODE, 'No promotion has this promo code', [
        'input',
        'promoCode',
      ]),
    );
  }
  const itemById = new Map(itemRows.map((r) => [r.id, r]));
  const priceOf = new Map(priced.map((p) => [p.itemId, p]));
  const vatOf = new Map(vatRows.map((v) => [v.itemId, v]));
  const lines: {
    i: number;
    item: ItemRow;
    quantity: string;
    unitPrice: number;
    includesVat: boolean;
    period: RecurringPeriod | null;
    categoryPath: string[];
  }[] = [];
  for (const line of wellFormed) {
    const item = itemById.get(line.itemId);
    if (!item) {
      errors.push(userError(ErrorCode.NOT_FOUND, 'No such item', field(line.i, 'itemId')));
      continue;
    }
    const price = priceOf.get(item.id);
    if (!price) {
      errors.push(
        userError(
          CatalogErrorCode.NO_PRICE,
          `${item.sku} has no ${input.currency} price at ${at.toISOString()}`,
          field(line.i, 'itemId'),
        ),
      );
      continue;
    }
    const { categoryPath, ...row } = item;
    ctx.loaders.itemById.prime(item.id, row);
    lines.push({
      i: line.i,
      item: row,
      quantity: line.quantity,
      unitPrice: toMinor(price.amount),
      includesVat: price.includesVat,
      period: (price.recurringPeriod as RecurringPeriod | null) ?? null,
      categoryPath: pathIds({ path: categoryPath }),
    });
  }
  // Promotions holding the code are considered on every line, in scope or not; each once.
  const byId = new Map<string, PromotionRow>();
  for (const p of [...promotionRows, ...coded]) byId.set(p.id, p);
  const labels = new Map(coded.map((p) => [p.id, p.scopeItemSku ?? p.scopeCategoryName]));
  // A fixed amount is money in its own currency: it only touches lines priced in that currency.
  const usable = [...byId.values()].filter((p) => p.kind === 'PERCENTAGE' || p.currency === input.currency);
  const promotionById = new Map(usable.map((p) => [p.id, p]));
  for (const p of usable) ctx.loaders.promotionById.prime(p.id, p);
  const result = quoteLines(
    lines.map((l) => ({
      itemId: l.item.id,
      quantity: Number(l.quantity),
      unitPrice: l.unitPrice,
      currency: input.currency,
      categoryPath: l.categoryPath,
    })),
    usable.map((p) => toRule(p, labels)),
    { at, promoCode },
  );
  const totalsLines: TotalsLine[] = [];
  const out: QuoteLineResult[] = result.lines.map((l, n) => {
    const line = lines[n]!;
    const vat = vatOf.get(line.item.id) ?? null;
    const amounts = vat ? lineVat(l.total, treatmentOf(vat), line.includesVat) : null;
    if (!vat) {
      errors.push(
        userError(
          CatalogErrorCode.NO_VAT_RATE,
          `${line.item.sku} has no VAT set on ${day}: the line is priced without its VAT`,
          field(line.i, 'itemId'),
        ),
      );
    }
    totalsLines.push({
      period: line.period,
      base: l.baseAmount,
      discount: l.discount,
      total: l.total,
      vat: vat && amounts ? { treatment: treatmentOf(vat), amounts } : null,
    });
    return {
      item: line.item,
      quantity: line.quantity,
      unitPrice: fromMinor(l.unitPrice),
      priceIncludesVat: line.includesVat,
      recurringPeriod: line.period,
      baseAmount: fromMinor(l.baseAmount),
      applied: l.applied.map((a) => ({
        promotion: promotionById.get(a.promotionId) as PromotionRow,
        amount: fromMinor(a.amount),
      })),
      considered: l.considered.map((c) => ({
        promotion: promotionById.get(c.promotionId) as PromotionRow,
        reason: c.reason,
        detail: c.detail,
      })),
      discount: fromMinor(l.discount),
      total: fromMinor(l.total),
      vat,
      amountWithoutVat: money(amounts?.withoutVat ?? null),
      vatAmount: money(amounts?.vat ?? null),
      amountWithVat: money(amounts?.withVat ?? null),
    };
  });
  const totals = quoteTotals(totalsLines);
  return {
    at,
    currency: input.currency,
    lines: out,
    oneTime: totalsOut(totals.oneTime),
    recurring: totals.recurring.map((t) => ({ period: t.period, ...totalsOut(t) })),
    base: fromMinor(totals.all.base),
    discount: fromMinor(totals.all.discount),
    total: fromMinor(totals.all.total),
    userErrors: errors,
  };
}
