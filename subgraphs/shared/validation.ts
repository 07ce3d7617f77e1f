import type { z } from 'zod';
import { DomainError, fromZod } from './errors.ts';

/** Validates a mutation input at the subgraph boundary; failures become userErrors under `input`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError(fromZod(result.error));
  return result.data;
}
