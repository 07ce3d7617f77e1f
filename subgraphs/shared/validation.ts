import type { z } from 'zod';
import { badUserInput, DomainError, fromZod } from './errors.ts';

/** Validates a mutation input at the subgraph boundary; failures become userErrors under `input`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError(fromZod(result.error));
  return result.data;
}

/**
 * Validates the argument `root` of a query (a read has no payload for userErrors): the first problem is
 * a BAD_USER_INPUT naming its path.
 */
export function parseArguments<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)];
  throw badUserInput(`\`${path.join('.')}\`: ${issue?.message ?? 'invalid'}`, path);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id argument outside a mutation input (a list filter): malformed is BAD_USER_INPUT. */
export function requireUuid(value: string | null | undefined, field: string[]): void {
  if (value != null && !UUID.test(value))
    throw badUserInput(`\`${field.join('.')}\` is not a valid id`, field);
}

/** A currency argument outside a mutation input: an ISO 4217 code, else BAD_USER_INPUT. */
export function requireCurrency(value: string | null | undefined, field: string[]): void {
  if (value != null && !/^[A-Z]{3}$/.test(value)) {
    throw badUserInput(`\`${field.join('.')}\` is an ISO 4217 currency code such as RUB`, field);
  }
}
