import { z } from 'zod';
import { ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { isUuid, parseArguments } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { itemsWithCategoryPath } from '../db/items.ts';
import { pricesAt } from '../db/prices.ts';
import { candidatePromotions } from '../db/promotions.ts';
import type { ItemRow, PromotionRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { pathIds } from '../domain/items.ts';
import { fromMinor, toMinor } from '../domain/money.ts';
import { type PromotionRule, quoteLines } from '../domain/pricing.ts';
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

export interface QuoteResult {
  at: Date;
  currency: string;
  lines: {
    item: ItemRow;
    quantity: string;
    unitPrice: string;
    baseAmount: string;
    applied: { promotion: PromotionRow; amount: string }[];
    considered: { promotion: PromotionRow; reason: string; detail: string }[];
    discount: string;
    total: string;
  }[];
  base: string;
  discount: string;
  total: string;
  userErrors: UserError[];
}

function toRule(p: PromotionRow): PromotionRule {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind as PromotionRule['kind'],
    value: p.kind === 'PERCENTAGE' ? Number(p.value) : toMinor(p.value),
    scope:
      p.scopeType === 'ITEM'
        ? { type: 'ITEM', itemId: p.scopeItemId as string }
        : p.scopeType === 'CATEGORY'
          ? { type: 'CATEGORY', categoryId: p.scopeCategoryId as string }
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

const QUANTITY = /^\d{1,7}(\.\d{1,3})?$/;

/**
 * Prices lines at a moment in one currency: each line's list price, then the promotions (see
 * `pricing.ts`). Lines that cannot be priced are reported in `userErrors` (with their path) and left out
 * of the totals. Reads only: a fixed number of statements whatever the number of lines.
 */
export async function quote(ctx: CatalogContext, rawInput: unknown): Promise<QuoteResult> {
  const input = parseArguments(quoteInput, rawInput, 'input');
  const at = input.at ?? new Date();
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
  // Items (with their category paths), prices and candidate promotions need only the ids: one round trip.
  const ids = [...new Set(wellFormed.map((l) => l.itemId))];
  const db = ctx.db;
  const [itemRows, priced, promotionRows] = ids.length
    ? await Promise.all([
        itemsWithCategoryPath(db, ids),
        pricesAt(db, ids, input.currency, at),
        candidatePromotions(db, ids),
      ])
    : [[], [], []];
  const itemById = new Map(itemRows.map((r) => [r.id, r]));
  const priceOf = new Map(priced.map((p) => [p.itemId, p]));
  const lines: { item: ItemRow; quantity: string; unitPrice: number; categoryPath: string[] }[] = [];
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
    ctx.loaders.itemById.prime(item.id, item);
    lines.push({
      item,
      quantity: line.quantity,
      unitPrice: toMinor(price.amount),
      categoryPath: pathIds({ path: item.categoryPath }),
    });
  }
  // A fixed amount is money in its own currency: it only touches lines priced in that currency.
  const usable = promotionRows.filter((p) => p.kind === 'PERCENTAGE' || p.currency === input.currency);
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
    usable.map(toRule),
    { at, promoCode: input.promoCode ?? null },
  );
  const totals = result.totals[0] ?? { base: 0, discount: 0, total: 0 };
  return {
    at,
    currency: input.currency,
    lines: result.lines.map((l, i) => ({
      item: lines[i]?.item as ItemRow,
      quantity: lines[i]?.quantity as string,
      unitPrice: fromMinor(l.unitPrice),
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
    })),
    base: fromMinor(totals.base),
    discount: fromMinor(totals.discount),
    total: fromMinor(totals.total),
    userErrors: errors,
  };
}
