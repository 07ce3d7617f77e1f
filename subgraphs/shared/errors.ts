import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * An expected domain failure, returned in a payload's `userErrors` (never thrown to the client):
 * `field` is the path into the mutation's input, e.g. `['input', 'barcodes', '0']`.
 */
export interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}

/** Codes shared by every subgraph; each module adds its own in its `db/enums.ts`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  VALIDATION: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  INVALID_STATE: 'INVALID_STATE',
  CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;

export function userError(
  code: string,
  message: string,
  field: (string | number)[] | null = null,
): UserError {
  return { code, message, field: field ? field.map(String) : null };
}

/** Thrown inside a verb to abort its transaction and come back as `userErrors`. */
export class DomainError extends Error {
  readonly errors: UserError[];
  constructor(errors: UserError | UserError[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((e) => e.message).join('; '));
    this.name = 'DomainError';
    this.errors = list;
  }
}

/** Malformed input that the schema's types could not catch: a GraphQL error, not a userError. */
export function badUserInput(message: string, field?: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** zod issues → userErrors with the field path under `input`. */
export function fromZod(error: z.ZodError, root = 'input'): UserError[] {
  return error.issues.map((issue) =>
    userError(ErrorCode.VALIDATION, issue.message, [root, ...issue.path.map((p) => String(p))]),
  );
}

/** The `…Payload` shape every mutation returns. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserError[] };

/**
 * Runs a verb and folds a DomainError into `userErrors`. Anything else is a fault and propagates (and
 * is masked at the edge).
 */
export async function toPayload<K extends string, T>(key: K, run: () => Promise<T>): Promise<Payload<K, T>> {
  try {
    const value = await run();
    return { [key]: value, userErrors: [] } as Payload<K, T>;
  } catch (error) {
    if (error instanceof DomainError) return { [key]: null, userErrors: error.errors } as Payload<K, T>;
    throw error;
  }
}

/**
 * Postgres unique violation (23505) on the named constraint. Drizzle wraps the driver's error in a
 * DrizzleQueryError whose `cause` is the PostgresError, so the cause chain is searched.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined; e; ) {
    if (e.code === '23505') return !constraint || e.constraint_name === constraint;
    e = e.cause as typeof e;
  }
  return false;
}
