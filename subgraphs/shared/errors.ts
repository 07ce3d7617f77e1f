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

/** Codes shared by every subgraph; each module adds its own in its `domain/errors.ts`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  VALIDATION: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  INVALID_STATE: 'INVALID_STATE',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
} as const;

/**
 * GraphQL error codes a client may see with their own message, at the gateway and in every subgraph.
 * Anything else is a fault: the client gets a generic message and the request id, the log the detail.
 */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
  'TOO_MANY_SUBSCRIPTIONS',
  'EVENTS_DROPPED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_LONG',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
  'PAGE_SIZE_EXCEEDED',
  'BAD_PAGE_SIZE',
  'PAYLOAD_TOO_LARGE',
  'DEADLINE_EXCEEDED',
  // Another module a read needs through the graph did not answer; the message names which.
  'SERVICE_UNAVAILABLE',
]);

/**
 * An error a client may see as it is: it carries a client code and is a GraphQL error raised on
 * purpose, not an unexpected exception wrapped on its way out (whose message could hold SQL or a path).
 * Decided by class and code, never by the message's text.
 */
export function isClientError(code: unknown, error: unknown): boolean {
  if (typeof code !== 'string' || !CLIENT_ERROR_CODES.has(code)) return false;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return !(original instanceof Error && !(original instanceof GraphQLError));
}

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

/**
 * The refusal of a status change its life cycle does not allow: TRANSITION_NOT_ALLOWED on `field`
 * (default `input.status`), e.g. «A terminated service cannot become active».
 */
export function transitionNotAllowed(
  subject: string,
  from: string,
  to: string,
  field: (string | number)[] = ['input', 'status'],
): DomainError {
  return new DomainError(
    userError(
      'TRANSITION_NOT_ALLOWED',
      `A ${from.toLowerCase().replaceAll('_', ' ')} ${subject} cannot become ${to.toLowerCase().replaceAll('_', ' ')}`,
      field,
    ),
  );
}

/** Malformed input that the schema's types could not catch: a GraphQL error, not a userError. */
export function badUserInput(message: string, field?: (string | number)[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field: field.map(String) } : {}) },
  });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * The request's deadline passed before its transaction could commit: it was rolled back, and the
 * client (already told the request failed) may retry it with the same idempotency key.
 */
export class DeadlineExceeded extends GraphQLError {
  constructor() {
    super('The request ran past its deadline; nothing was written. Retry it with the same idempotency key.', {
      extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
    });
  }
}

/**
 * zod issues → userErrors with the field path under `input`. A custom issue may name its own code
 * (`params: { code: 'INVALID_PHONE' }`); every other issue is VALIDATION.
 */
export function fromZod(error: z.ZodError, root = 'input'): UserError[] {
  return error.issues.map((issue) => {
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return userError(typeof own === 'string' ? own : ErrorCode.VALIDATION, issue.message, [
      root,
      ...issue.path.map((p) => String(p)),
    ]);
  });
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
  return pgErrorCode(error, '23505', constraint);
}

/** True when `error` (or a cause of it) is the PostgreSQL error `code`, on `constraint` if given. */
export function pgErrorCode(error: unknown, code: string, constraint?: string): boolean {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined; e; ) {
    if (e.code === code) return !constraint || e.constraint_name === constraint;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * The input path a graphql-js variable error names (`Variable "$input" got invalid value … at
 * "input.lines[0].quantity"; …`), as a field path: `['input', 'lines', '0', 'quantity']`. Null for
 * other messages. Lets a client find the field of a value a scalar refused, as it does for userErrors.
 */
export function fieldOfVariableError(message: string): string[] | null {
  const match = /^Variable "\$([^"]+)" got invalid value (?:.*? at "([^"]+)")?/s.exec(message);
  if (!match) return null;
  const path = match[2] ?? match[1] ?? '';
  return path.split(/\.|\[(\d+)\]/).filter((p): p is string => Boolean(p));
}
