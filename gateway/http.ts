import { createHash } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { type Actor, bearer } from '../subgraphs/shared/auth.ts';
import { bodyErrorHandler, requestIdFrom, sendGraphQLError } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import type { CallerVerifier } from './auth.ts';
import { type GatewayContext, operationContext } from './data-sources.ts';
import { checkQueryLength, LimitError, limitExtensions, type OperationLimits } from './limits.ts';
import { ANONYMOUS } from './operation-guard.ts';

const rid = (res: Response) => res.locals.requestId as string | undefined;

/** Whether a caller may send an import's body: a writer of some module. */
const mayImport = (actor: Actor) => actor.scopes.some((s) => s.endsWith(':write'));

/**
 * Checks the request's envelope before GraphQL reads it: a JSON object, a `query` string within the
 * character limit (comments count), `variables` and `extensions` objects, and a persisted query's hash
 * that matches its text. A bad envelope is a 400 naming the field.
 */
function checkEnvelope(
  params: unknown,
  limits: OperationLimits,
): {
  status: number;
  code: string;
  message: string;
  field?: string[];
  limit?: number;
  actual?: number;
} | null {
  if (!params || typeof params !== 'object' || Array.isArray(params)) {
    return { status: 400, code: 'BAD_REQUEST', message: 'The body must be a JSON object with a `query`' };
  }
  const { query, operationName, variables, extensions } = params as Record<string, unknown>;
  if (query !== undefined && typeof query !== 'string') {
    return { status: 400, code: 'BAD_REQUEST', message: '`query` must be a string', field: ['query'] };
  }
  if (operationName != null && typeof operationName !== 'string') {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: '`operationName` must be a string',
      field: ['operationName'],
    };
  }
  for (const [name, value] of [
    ['variables', variables],
    ['extensions', extensions],
  ] as const) {
    if (value != null && (typeof value !== 'object' || Array.isArray(value))) {
      return { status: 400, code: 'BAD_REQUEST', message: `\`${name}\` must be an object`, field: [name] };
    }
  }
  if (typeof query === 'string') {
    try {
      checkQueryLength(query, limits);
    } catch (error) {
      if (error instanceof LimitError)
        return { status: 400, message: error.message, ...limitExtensions(error) };
      throw error;
    }
  }
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted && typeof query === 'string') {
    const hash = createHash('sha256').update(query).digest('hex');
    if (persisted.sha256Hash !== hash) {
      return {
        status: 400,
        code: 'BAD_USER_INPUT',
        message: 'The persisted query hash does not match the query text',
        field: ['extensions', 'persistedQuery', 'sha256Hash'],
      };
    }
  }
  return null;
}

/** A GET's envelope: its `query`, and its `extensions` when they are JSON text of an object. */
function fromSearch(params: unknown): Record<string, unknown> {
  const { query, extensions } = (params ?? {}) as Record<string, unknown>;
  let parsed: unknown;
  try {
    parsed = typeof extensions === 'string' ? JSON.parse(extensions) : undefined;
  } catch {
    parsed = undefined;
  }
  return {
    query,
    ...(parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { extensions: parsed } : {}),
  };
}

/**
 * The gateway's HTTP GraphQL endpoint. In this order, so nothing a stranger sends is parsed or kept
 * before they are known: a request id; the caller from the `Authorization` header (no token and
 * introspection off is 401 before the body is read; a request without a token may send only a small
 * body, for introspection); the body, bounded in bytes (a writer may send an import's larger body, which
 * the operation guard then holds to bulk inputs only); the envelope; then Apollo, whose pipeline runs
 * the operation guard on the parsed document.
 */
export function mountGraphQL(
  app: Express,
  opts: {
    path: string;
    apollo: ApolloServer<GatewayContext>;
    verifyCaller: CallerVerifier;
    issueInternalToken: (actor: Actor) => Promise<string>;
    limits: OperationLimits;
    bulkBodyBytes: number;
    anonymousBodyBytes: number;
    introspection: boolean;
    subgraphTimeoutMs: number;
    logger: Logger;
  },
): void {
  const requestId = (req: Request, res: Response, next: NextFunction) => {
    res.locals.requestId = requestIdFrom(req.header('x-request-id'));
    res.setHeader('x-request-id', res.locals.requestId);
    next();
  };

  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req.headers.authorization);
    const actor = token ? await opts.verifyCaller(token) : null;
    if (actor) {
      res.locals.actor = actor;
      return next();
    }
    if (!token && opts.introspection) {
      res.locals.actor = ANONYMOUS;
      return next();
    }
    res.setHeader('www-authenticate', 'Bearer');
    sendGraphQLError(
      res,
      401,
      'UNAUTHENTICATED',
      token ? 'The access token is invalid or expired' : 'An access token is required',
      { requestId: rid(res) },
    );
  };

  const measure = {
    verify: (_req: Request, res: Response, buf: Buffer) => {
      res.locals.bodyBytes = buf.length;
    },
  };
  const parsers = {
    anonymous: express.json({ limit: opts.anonymousBodyBytes, ...measure }),
    caller: express.json({ limit: opts.limits.maxBodyBytes, ...measure }),
    writer: express.json({ limit: opts.bulkBodyBytes, ...measure }),
  } as const;
  const body = (req: Request, res: Response, next: NextFunction) => {
    const actor = res.locals.actor as Actor;
    const parser =
      actor === ANONYMOUS ? parsers.anonymous : mayImport(actor) ? parsers.writer : parsers.caller;
    (parser as unknown as (q: Request, s: Response, n: NextFunction) => void)(req, res, next);
  };

  const envelope = (req: Request, res: Response, next: NextFunction) => {
    const params = req.method === 'GET' ? req.query : req.body;
    // No JSON body (another content type, e.g. text/plain): Apollo refuses it with its CSRF prevention.
    if (req.method !== 'GET' && params === undefined) return next();
    // A GET carries `variables` and `extensions` as JSON text, which Apollo reads itself; a persisted
    // query's hash is checked here all the same.
    const problem =
      req.method === 'GET'
        ? checkEnvelope(fromSearch(params), opts.limits)
        : checkEnvelope(params, opts.limits);
    if (!problem) return next();
    sendGraphQLError(res, problem.status, problem.code, problem.message, {
      requestId: rid(res),
      ...(problem.field ? { field: problem.field } : {}),
      ...(problem.limit !== undefined ? { limit: problem.limit, actual: problem.actual } : {}),
    });
  };

  app.use(
    opts.path,
    requestId,
    authenticate,
    body,
    envelope,
    expressMiddleware(opts.apollo, {
      context: async ({ res }): Promise<GatewayContext> => {
        const actor = (res.locals.actor as Actor | undefined) ?? ANONYMOUS;
        return {
          ...operationContext({
            actor,
            requestId: res.locals.requestId as string,
            logger: opts.logger,
            issueInternalToken: opts.issueInternalToken,
            timeoutMs: opts.subgraphTimeoutMs,
          }),
          bodyBytes: res.locals.bodyBytes as number | undefined,
        };
      },
    }),
  );
  app.use(bodyErrorHandler(rid));
}
