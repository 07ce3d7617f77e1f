/** Input fields shared by the assets verbs (zod), so every verb says the same about the same field. */
import { z } from 'zod';
import { day, idempotencyKey, optionalText, text, uuid } from '../../shared/fields.ts';
import { jsonProblem } from '../../shared/scalars.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';
import { normalizeIp, normalizeMac } from '../domain/identifiers.ts';

export { day, idempotencyKey, optionalText, text, uuid };
export const money = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'A cost is not negative and has at most two decimals');

export const serial = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(100)
  .regex(/^[\p{L}\p{N}._:/-]+$/u, 'A serial holds letters, digits and . _ : / -')
  .transform((v) => v.toUpperCase());

/** A MAC in any common notation, as `AA:BB:CC:DD:EE:FF`; INVALID_MAC when it is none. */
export const mac = z.string().transform((value, ctx) => {
  const normal = normalizeMac(value);
  if (normal) return normal;
  ctx.addIssue({
    code: 'custom',
    message: `«${value}» is not a MAC address`,
    params: { code: E.INVALID_MAC },
  });
  return z.NEVER;
});

export const macs = z
  .array(mac)
  .max(16)
  .transform((list) => [...new Set(list)]);

/** An IPv4 or IPv6 address; INVALID_IP when it is none. */
export const ip = z.string().transform((value, ctx) => {
  const normal = normalizeIp(value);
  if (normal) return normal;
  ctx.addIssue({
    code: 'custom',
    message: `«${value}» is not an IP address`,
    params: { code: E.INVALID_IP },
  });
  return z.NEVER;
});

export const role = z.enum(['CPE', 'ACCESS', 'AGGREGATION', 'CORE', 'PASSIVE']);
export const status = z.enum([
  'IN_STOCK',
  'RESERVED',
  'INSTALLED',
  'IN_REPAIR',
  'DECOMMISSIONED',
  'WRITTEN_OFF',
  'LOST',
]);
export const placeKind = z.enum(['WAREHOUSE', 'PREMISES', 'SITE']);

export const port = z.object({
  name: text(40),
  index: z.number().int().min(0).max(100_000),
  type: text(40),
  speed: z.number().int().min(0).max(10_000_000).nullish(),
});

/** Ports with distinct names and indexes (DUPLICATE_PORT on the second of a pair). */
export const portList = z
  .array(port)
  .max(1_000)
  .superRefine((list, ctx) => {
    const names = new Set<string>();
    const indexes = new Set<number>();
    list.forEach((p, i) => {
      if (names.has(p.name) || indexes.has(p.index)) {
        ctx.addIssue({
          code: 'custom',
          message: `Port ${p.name} (${p.index}) is given twice`,
          path: [i],
          params: { code: E.DUPLICATE_PORT },
        });
      }
      names.add(p.name);
      indexes.add(p.index);
    });
  });

export const attributes = z
  .unknown()
  .refine((v) => v === null || v === undefined || jsonProblem(v) === null, 'Too large');
