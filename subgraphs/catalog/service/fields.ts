/** Input fields shared by the catalog's verbs (zod), so every verb says the same about the same field. */
import { z } from 'zod';
import { parseIsoDate } from '../../shared/scalars.ts';

export const name = z.string().trim().min(1, 'Name is required').max(200, 'Name is at most 200 characters');
export const uuid = z.uuid('Not a valid id');
export const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).nullish();
export const idempotencyKey = z.string().trim().min(1).max(200).nullish();

export const sku = z
  .string()
  .trim()
  .min(1, 'SKU is required')
  .max(64, 'SKU is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'SKU may hold letters, digits and . _ - /');

export const currency = z.string().regex(/^[A-Z]{3}$/, 'Currency is an ISO 4217 code, e.g. RUB');

/** Money the Money scalar let through, not negative. */
export const amount = (what = 'Amount') =>
  z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, `${what} is not negative and has at most two decimals`);

/** A Quantity the scalar let through, more than zero and within what a quantity column keeps. */
export const positiveQuantity = z
  .string()
  .trim()
  .regex(
    /^\d{1,11}(\.\d{1,3})?$/,
    'A quantity is more than zero, at most 99,999,999,999.999, with at most three decimals',
  )
  .refine((q) => Number(q) > 0, 'A quantity is more than zero');

export const moment = z.coerce
  .date({ error: 'Not a valid timestamp' })
  .refine(
    (d) => d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999,
    'A moment lies in the years 0001–9999',
  );

export const isoDate = z
  .string()
  .refine((d) => parseIsoDate(d) !== null, 'A date is an existing day, YYYY-MM-DD');
