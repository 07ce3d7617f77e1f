import { eq } from 'drizzle-orm';
import { type Tx, withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { idempotent } from '../../shared/idempotency.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent } from '../db/enums.ts';
import { categories, idempotencyKeys, items, type PromotionRow, promotions } from '../db/tables.ts';
import { createPromotionInput, updatePromotionInput } from './inputs.ts';
import { recordChange } from './record-change.ts';

function checkValue(kind: string, value: string): UserError | null {
  const n = Number(value);
  if (!(n > 0)) return userError(ErrorCode.VALIDATION, 'Value must be more than zero', ['input', 'value']);
  if (kind === 'PERCENTAGE' && n > 100) {
    return userError(CatalogErrorCode.INVALID_PERCENTAGE, 'A percentage is at most 100', ['input', 'value']);
  }
  return null;
}

function checkWindow(from: Date | null | undefined, to: Date | null | undefined): UserError | null {
  return from && to && to <= from
    ? userError(ErrorCode.VALIDATION, 'validTo must be after validFrom', ['input', 'validTo'])
    : null;
}

async function exists(tx: Tx, table: typeof items | typeof categories, id: string): Promise<boolean> {
  const [row] = await tx.db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return Boolean(row);
}

/** Creates a promotion; its scope must name an existing item or category, a fixed amount a currency. */
export async function createPromotion(ctx: CatalogContext, rawInput: unknown): Promise<PromotionRow> {
  const { idempotencyKey, ...data } = parseInput(createPromotionInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const { value } = await idempotent(
      tx,
      idempotencyKeys,
      { actorId: ctx.actor.id, operation: 'createPromotion', key: idempotencyKey, input: data },
      async () => {
        const errors = [checkValue(data.kind, data.value), checkWindow(data.validFrom, data.validTo)].filter(
          (e): e is UserError => e !== null,
        );
        if (data.kind === 'FIXED_AMOUNT' && !data.currency) {
          errors.push(
            userError(ErrorCode.VALIDATION, 'A fixed amount needs a currency', ['input', 'currency']),
          );
        }
        if (data.scopeType === 'ITEM' && !(data.scopeItemId && (await exists(tx, items, data.scopeItemId)))) {
          errors.push(
            userError(ErrorCode.NOT_FOUND, 'An ITEM promotion needs an existing item', [
              'input',
              'scopeItemId',
            ]),
          );
        }
        if (
          data.scopeType === 'CATEGORY' &&
          !(data.scopeCategoryId && (await exists(tx, categories, data.scopeCategoryId)))
        ) {
          errors.push(
            userError(ErrorCode.NOT_FOUND, 'A CATEGORY promotion needs an existing category', [
              'input',
              'scopeCategoryId',
            ]),
          );
        }
        if (errors.length) throw new DomainError(errors);
        const [row] = await tx.db
          .insert(promotions)
          .values({
            name: data.name,
            description: data.description ?? null,
            kind: data.kind,
            value: data.value,
            currency: data.kind === 'FIXED_AMOUNT' ? (data.currency ?? null) : null,
            scopeType: data.scopeType,
            scopeItemId: data.scopeType === 'ITEM' ? (data.scopeItemId ?? null) : null,
            scopeCategoryId: data.scopeType === 'CATEGORY' ? (data.scopeCategoryId ?? null) : null,
            validFrom: data.validFrom ?? null,
            validTo: data.validTo ?? null,
            minQuantity: data.minQuantity == null ? null : String(data.minQuantity),
            promoCode: data.promoCode ?? null,
            active: data.active ?? true,
            stacking: data.stacking ?? 'EXCLUSIVE',
            priority: data.priority ?? 0,
          })
          .returning();
        const promotion = row as PromotionRow;
        await recordChange(
          ctx,
          tx,
          {
            entityType: 'Promotion',
            entityId: promotion.id,
            action: 'create',
            after: promotion,
          },
          {
            name: CatalogEvent.PRICE_CHANGED,
            payload: {
              promotionId: promotion.id,
              change: 'promotion.created',
            },
          },
        );
        return promotion;
      },
    );
    return value;
  });
}

/** Changes a promotion's terms; kind and scope are fixed once created (create another instead). */
export async function updatePromotion(ctx: CatalogContext, rawInput: unknown): Promise<PromotionRow> {
  const input = parseInput(updatePromotionInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(promotions).where(eq(promotions.id, input.id)).for('update');
    if (!before) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such promotion', ['input', 'id']));
    const keep = <T>(next: T | undefined, prev: T) => (next === undefined ? prev : next);
    const validFrom = keep(input.validFrom, before.validFrom);
    const validTo = keep(input.validTo, before.validTo);
    const errors = [
      input.value ? checkValue(before.kind, input.value) : null,
      checkWindow(validFrom, validTo),
    ].filter((e): e is UserError => e !== null);
    if (errors.length) throw new DomainError(errors);
    const [after] = await tx.db
      .update(promotions)
      .set({
        name: input.name ?? before.name,
        description: keep(input.description, before.description),
        value: input.value ?? before.value,
        validFrom: validFrom ?? null,
        validTo: validTo ?? null,
        minQuantity:
          input.minQuantity === undefined
            ? before.minQuantity
            : input.minQuantity == null
              ? null
              : String(input.minQuantity),
        promoCode: keep(input.promoCode, before.promoCode),
        active: input.active ?? before.active,
        stacking: input.stacking ?? before.stacking,
        priority: input.priority ?? before.priority,
        updatedAt: new Date(),
      })
      .where(eq(promotions.id, before.id))
      .returning();
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'Promotion',
        entityId: before.id,
        action: 'update',
        before,
        after,
      },
      {
        name: CatalogEvent.PRICE_CHANGED,
        payload: {
          promotionId: before.id,
          change: 'promotion.updated',
        },
      },
    );
    return after as PromotionRow;
  });
}
