import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ErrorRequestHandler, Response } from 'express';
import { type DocumentNode, Kind } from 'graphql';

/** The byte limit of a request body and of a WebSocket frame, unless an operation is a bulk input. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** What a caller not known yet may send: a body without a token, a socket's frames before it is accepted. */
export const DEFAULT_ANONYMOUS_BODY_BYTES = 65_536;

/** The header carrying the gateway's deadline for a request (ms since the epoch). */
export const DEADLINE_HEADER = 'x-request-deadline';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A client's request id when it is a sane token, else `otherwise`, else a fresh one. */
export function requestIdFrom(incoming: unknown, otherwise?: string): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : (otherwise ?? randomUUID());
}

/** The furthest a deadline may lie ahead: longer than any operation the gateway allows (a bulk import's). */
export const MAX_DEADLINE_AHEAD_MS = 15 * 60_000;

/**
 * A deadline header as a moment, or null when absent or not a plausible moment; one further ahead than
 * {@link MAX_DEADLINE_AHEAD_MS} is brought back to it (a transaction's `statement_timeout` is the time
 * left, and PostgreSQL refuses a timeout past its range).
 */
export function deadlineFrom(header: unknown, now = Date.now()): number | null {
  if (typeof header !== 'string' || !/^\d{13}$/.test(header)) return null;
  return Math.min(Number(header), now + MAX_DEADLINE_AHEAD_MS);
}

/**
 * Mutation fields declared `@bulkInput(maxBytes: N)` in an SDL (a subgraph's, or the composed
 * supergraph, where the directive is composed): a file's worth of input such as a CSV import. An
 * operation made only of such fields may send a body up to the smallest of their limits; any other
 * operation keeps the default limit.
 */
export function bulkInputLimits(document: DocumentNode): Map<string, number> {
  const limits = new Map<string, number>();
  for (const definition of document.definitions) {
    if (
      (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      definition.name.value !== 'Mutation'
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'bulkInput');
      const arg = directive?.arguments?.find((a) => a.name.value === 'maxBytes')?.value;
      if (arg?.kind === Kind.INT) limits.set(field.name.value, Number(arg.value));
    }
  }
  return limits;
}

/** A GraphQL-shaped error response for failures before GraphQL runs (auth, body, limits). */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/**
 * Turns body-parser failures into clear 4xx answers with a code: malformed JSON is 400 BAD_REQUEST,
 * an oversized body 413 PAYLOAD_TOO_LARGE. Anything else is a 500 without detail.
 */
export function bodyErrorHandler(requestId: (res: Response) => string | undefined): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const rid = { requestId: requestId(res) };
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than allowed', rid);
    }
    if (type === 'entity.parse.failed') {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON', rid);
    }
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      return sendGraphQLError(res, status, 'BAD_REQUEST', 'The request could not be read', rid);
    }
    return sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', rid);
  };
}

/** Removes graphql-js's "Did you mean …?" hints, which reveal the schema when introspection is off. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/s, '');
}

/** Listens on `port`: a port already taken is an error naming it, not a start-up that hangs. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use`, { cause: error })
          : error,
      );
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}
