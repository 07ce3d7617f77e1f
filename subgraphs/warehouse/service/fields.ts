/** Input fields shared by the warehouse's verbs (zod), so every verb says the same about the same field. */
import { z } from 'zod';

export const uuid = z.uuid('Not a valid id');
export const externalId = z.string().trim().min(1).max(100);
export const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).nullish();
export const idempotencyKey = z.string().trim().min(1).max(200).nullish();
export const documentType = z.enum(['RECEIPT', 'ISSUE', 'TRANSFER', 'WRITE_OFF', 'RETURN', 'ADJUSTMENT']);
/** Quantities are checked by the document rules (INVALID_QUANTITY, FRACTIONAL_QUANTITY); here only their form. */
export const quantityText = z.string().trim().max(40);
export const money = z
  .string()
  .trim()
  .regex(/^\d{1,14}(\.\d{1,2})?$/, 'A cost is not negative and has at most two decimals');
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD');

export const lineInput = z.object({
  itemId: uuid,
  quantity: quantityText,
  serials: z.array(z.string().trim().min(1).max(100)).max(10_000).nullish(),
  unitCost: money.nullish(),
  condition: z.enum(['NEW', 'USED', 'FAULTY']).nullish(),
  direction: z.enum(['IN', 'OUT']).nullish(),
});

export const lines = z.array(lineInput).max(1_000, 'At most 1,000 lines');

export const documentFields = {
  date: day.nullish(),
  sourceId: uuid.nullish(),
  destinationId: uuid.nullish(),
  viaTransit: z.boolean().nullish(),
  supplierReference: optionalText(200),
  purpose: z.enum(['SUBSCRIBER', 'FIELD_TASK', 'INTERNAL_USE']).nullish(),
  reason: optionalText(1000),
  subscriberId: externalId.nullish(),
  fieldTaskId: externalId.nullish(),
  orderId: externalId.nullish(),
  comment: optionalText(4000),
};
