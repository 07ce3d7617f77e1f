/**
 * Input fields every module's verbs share (zod), so every verb says the same about the same kind of
 * field: ids, idempotency keys, texts, days.
 */
import { z } from 'zod';

export const uuid = z.uuid('Not a valid id');
export const idempotencyKey = z.string().trim().min(1).max(200).nullish();
/** A required text, trimmed, of at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
/** An optional text, trimmed; blank is null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD');
