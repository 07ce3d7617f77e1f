/** Input pieces and checks shared by the promotion verbs. */
import { z } from 'zod';
import { ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { PROMOTION_STACKING } from '../domain/values.ts';
import { amount, moment, name, optionalText, positiveQuantity } from './fields.ts';

export const promotionFields = {
  name,
  description: optionalText(4000),
  value: amount('Value'),
  validFrom: moment.nullish(),
  validTo: moment.nullish(),
  minQuantity: positiveQuantity.nullish(),
  promoCode: z
    .string()
    .trim()
    .min(3, 'A promo code has at least 3 characters')
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'A promo code holds letters, digits, _ and -')
    .nullish(),
  stacking: z.enum(PROMOTION_STACKING).nullish(),
  priority: z.number().int().min(-1000).max(1000).nullish(),
};

export function checkValue(kind: string, value: string): UserError | null {
  const n = Number(value);
  if (!(n > 0)) return userError(ErrorCode.VALIDATION, 'Value must be more than zero', ['input', 'value']);
  if (kind === 'PERCENTAGE' && n > 100) {
    return userError(CatalogErrorCode.INVALID_PERCENTAGE, 'A percentage is at most 100', ['input', 'value']);
  }
  return null;
}

export function checkWindow(from: Date | null | undefined, to: Date | null | undefined): UserError | null {
  return from && to && to <= from
    ? userError(ErrorCode.VALIDATION, 'validTo must be after validFrom', ['input', 'validTo'])
    : null;
}
