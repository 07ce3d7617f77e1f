/** Input fields shared by the subscribers module's verbs (zod), so every verb says the same about a field. */
import { z } from 'zod';
import { day, idempotencyKey, optionalText, text, uuid } from '../../shared/fields.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { isValidInn, isValidKpp, toE164 } from '../domain/identifiers.ts';

export { day, idempotencyKey, optionalText, text, uuid };
export const moment = z.date();

/** A phone in any format a person writes it, as E.164; INVALID_PHONE when it is no number. */
export const phone = z.string().transform((value, ctx) => {
  const e164 = toE164(value);
  if (e164) return e164;
  ctx.addIssue({
    code: 'custom',
    message: `«${value}» is not a phone number`,
    params: { code: E.INVALID_PHONE },
  });
  return z.NEVER;
});

const emailShape = z.email();
/** An e-mail address, lower case; INVALID_EMAIL when it is none. */
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => emailShape.safeParse(v).success, {
    message: 'Not an e-mail address',
    params: { code: E.INVALID_EMAIL },
  });

export const inn = z
  .string()
  .trim()
  .refine(isValidInn, {
    message: 'Not a valid INN (10 or 12 digits, checksum)',
    params: { code: E.INVALID_INN },
  });
export const kpp = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidKpp, { message: 'Not a valid KPP (9 characters)', params: { code: E.INVALID_KPP } });

export const channel = z.enum(['PHONE', 'SMS', 'EMAIL', 'MESSENGER', 'POST']);
export const subscriberStatus = z.enum(['PROSPECT', 'ACTIVE', 'SUSPENDED', 'TERMINATED']);
export const serviceStatus = z.enum(['PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED']);

export const identityDocument = z.object({
  type: z.enum(['PASSPORT_RF', 'FOREIGN_PASSPORT', 'RESIDENCE_PERMIT', 'OTHER']),
  series: optionalText(20),
  number: text(30),
  issuedBy: optionalText(300),
  issuedOn: day.nullish(),
});

export const person = z.object({
  surname: text(100),
  name: text(100),
  patronymic: optionalText(100),
  birthDate: day.nullish(),
  identityDocument: identityDocument.nullish(),
});

export const company = z.object({ legalName: text(300), inn, kpp: kpp.nullish() });

export const contract = z.object({
  number: optionalText(40).transform((v) => (v ? v.toUpperCase() : null)),
  date: day.nullish(),
  type: z.enum(['INDIVIDUAL', 'CORPORATE', 'OFFER']),
});

const unique = <T>(list: readonly T[]) => [...new Set(list)];
export const phones = z.array(phone).max(10, 'At most 10 phones').transform(unique);
export const emails = z.array(email).max(10, 'At most 10 e-mail addresses').transform(unique);

export const address = z.object({
  city: text(100),
  district: optionalText(100),
  street: text(200),
  building: text(20),
  apartment: optionalText(20),
  entrance: optionalText(10),
  floor: z.number().int().min(-10).max(200).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
});
