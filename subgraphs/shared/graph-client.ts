import { randomUUID } from 'node:crypto';
import { getOperationAST, parse } from 'graphql';
import { SERVICE_TTL_SECONDS, signServiceToken } from './auth.ts';
import { ExpiringCache } from './cache.ts';
import type { Logger } from './logger.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';

/** One error of a GraphQL response, as the gateway sent it. */
export interface GraphQLResponseError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

/**
 * A request through the graph that did not return data: the gateway's GraphQL errors (with their codes
 * and paths, and whatever partial data came with them), or an HTTP, network or timeout failure, for
 * which `errors` is empty.
 */
export class GraphQLClientError extends Error {
  override readonly name = 'GraphQLClientError';
  readonly errors: readonly GraphQLResponseError[];
  /** Partial data sent with the errors; null when none came. */
  readonly data: Record<string, unknown> | null;
  /** The HTTP status, when the gateway answered. */
  readonly status: number | undefined;
  readonly requestId: string;

  constructor(
    message: string,
    details: {
      requestId: string;
      errors?: readonly GraphQLResponseError[];
      data?: Record<string, unknown> | null;
      status?: number;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.errors = details.errors ?? [];
    this.data = details.data ?? null;
    this.status = details.status;
    this.requestId = details.requestId;
  }

  /** The errors' `extensions.code`s, e.g. `['FORBIDDEN']`. */
  get codes(): string[] {
    return this.errors.flatMap((e) => (typeof e.extensions?.code === 'string' ? [e.extensions.code] : []));
  }
}

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  gatewayUrl: string;
  /** The module's name; the graph sees it as the actor `service:<service>`. */
  service: string;
  /** The scopes the module's token carries, no more than it reads or writes. */
  scopes: readonly string[];
  /** The secret the gateway verifies service tokens with (the graph's internal secret). */
  internalSecret: string;
  /** The whole request's budget, retries included (10 s by default). */
  timeoutMs?: number;
  /** One attempt's limit (the whole budget by default); a read whose attempt times out is tried again. */
  attemptTimeoutMs?: number;
  /** How many times a read is tried again after a network failure, a 5xx or a timed-out attempt (3). */
  retries?: number;
  /** The first back-off before a retry, doubled each time, with full jitter (100 ms). */
  retryDelayMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  operationName?: string;
  /** Sent as `x-request-id`, so this module's logs and the graph's correlate; a fresh one otherwise. */
  requestId?: string;
  signal?: AbortSignal;
}

/** A module's client to the graph, calling the gateway as `service:<name>`. */
export interface GraphClient {
  /** Runs one operation and returns its `data`; throws `GraphQLClientError` otherwise. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: RequestOptions,
  ): Promise<T>;
  /**
   * Every node of the Relay connection at `path` (e.g. `['catalogItems']`), page after page. The query
   * takes `$first: Int` and `$after: String` and selects `pageInfo { hasNextPage endCursor }` and
   * `nodes` (or `edges { node }`); `variables.first` is the page size, at most 100 (the graph's limit).
   */
  paginate<N = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    path: readonly string[],
    opts?: RequestOptions,
  ): AsyncGenerator<N, void, undefined>;
}

const MAX_RETRY_DELAY_MS = 2_000;
/**
 * A token is reused for half its life, so one taken from the cache still has minutes left when the
 * gateway checks it, whatever the retries and the clocks' skew.
 */
const TOKEN_REUSE_MS = (SERVICE_TTL_SECONDS * 1000) / 2;

interface Connection {
  nodes?: unknown[];
  edges?: { node: unknown }[];
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
}

/**
 * A client with which a module reads data other modules own through the gateway, as itself (DESIGN
 * decision 6): its service token is signed with the internal secret and renewed before it expires.
 * A read (a query) is retried with back-off on failures that say nothing about the operation; a
 * mutation never is — it carries its `idempotencyKey`, and the caller decides whether to send it again.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const attemptTimeoutMs = Math.min(options.attemptTimeoutMs ?? timeoutMs, timeoutMs);
  const retries = options.retries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 100;
  const doFetch = options.fetch ?? globalThis.fetch;
  const scopes = [...options.scopes];

  let token: { value: Promise<string>; renewAt: number } | null = null;
  // Concurrent callers share one signing: the cache holds the promise, not the token.
  const currentToken = (): Promise<string> => {
    const now = Date.now();
    if (!token || now >= token.renewAt) {
      const entry = {
        value: signServiceToken(options.service, scopes, options.internalSecret),
        renewAt: now + TOKEN_REUSE_MS,
      };
      entry.value.catch(() => {
        if (token === entry) token = null;
      });
      token = entry;
    }
    return token.value;
  };

  const readOnly = new ExpiringCache<boolean>(500);
  const isRead = (query: string, operationName: string | undefined): boolean => {
    const key = `${operationName ?? ''}\n${query}`;
    let read = readOnly.get(key);
    if (read === undefined) {
      try {
        read = getOperationAST(parse(query), operationName)?.operation === 'query';
      } catch {
        // The gateway will refuse what does not parse, and that answer is the same every time.
        read = false;
      }
      readOnly.set(key, read);
    }
    return read;
  };

  /** One POST; a failure says whether trying again could help. */
  async function attempt(
    body: string,
    requestId: string,
    signal: AbortSignal,
    limitMs: number,
  ): Promise<
    { ok: true; data: Record<string, unknown> } | { ok: false; error: GraphQLClientError; retry: boolean }
  > {
    const authorization = `Bearer ${await currentToken()}`;
    let status: number;
    let text: string;
    try {
      const res = await doFetch(options.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization,
          'x-request-id': requestId,
        },
        body,
        signal,
      });
      status = res.status;
      text = await res.text();
    } catch (cause) {
      const timedOut = signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError';
      const message = signal.aborted
        ? timedOut
          ? `the gateway did not answer within ${limitMs} ms`
          : 'the request was aborted'
        : `the gateway could not be reached: ${describe(cause)}`;
      return { ok: false, error: new GraphQLClientError(message, { requestId, cause }), retry: true };
    }
    let json: { data?: Record<string, unknown> | null; errors?: GraphQLResponseError[] } | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const serverFault = status >= 500;
    if (json && typeof json === 'object' && Array.isArray(json.errors) && json.errors.length > 0) {
      if (status === 401) token = null; // a fresh token for the next call, should the clocks disagree
      const [first] = json.errors;
      const code = first?.extensions?.code;
      const more = json.errors.length > 1 ? ` (and ${json.errors.length - 1} more)` : '';
      return {
        ok: false,
        retry: serverFault,
        error: new GraphQLClientError(`${first?.message}${code ? ` [${code}]` : ''}${more}`, {
          requestId,
          status,
          errors: json.errors,
          data: json.data ?? null,
        }),
      };
    }
    if (status >= 200 && status < 300 && json?.data && typeof json.data === 'object') {
      return { ok: true, data: json.data };
    }
    return {
      ok: false,
      retry: serverFault,
      error: new GraphQLClientError(
        status >= 200 && status < 300
          ? 'the gateway answered without data'
          : `the gateway answered HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`,
        { requestId, status },
      ),
    };
  }

  async function request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: RequestOptions = {},
  ): Promise<T> {
    const requestId = opts.requestId ?? randomUUID();
    const body = JSON.stringify({ query, variables, operationName: opts.operationName });
    const retryable = isRead(query, opts.operationName);
    const deadline = Date.now() + timeoutMs;
    for (let tries = 0; ; tries++) {
      const left = deadline - Date.now();
      const limitMs = Math.max(1, Math.min(attemptTimeoutMs, left));
      const attemptSignal = AbortSignal.timeout(limitMs);
      const signal = opts.signal ? AbortSignal.any([opts.signal, attemptSignal]) : attemptSignal;
      const outcome = await attempt(body, requestId, signal, limitMs);
      if (outcome.ok) return outcome.data as T;
      const delay = Math.random() * Math.min(MAX_RETRY_DELAY_MS, retryDelayMs * 2 ** tries);
      const again =
        retryable &&
        outcome.retry &&
        tries < retries &&
        !opts.signal?.aborted &&
        deadline - Date.now() > delay + 1;
      if (!again) throw outcome.error;
      options.logger?.warn(
        { requestId, operationName: opts.operationName, attempt: tries + 1, err: outcome.error.message },
        'graph read failed; trying again',
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async function* paginate<N>(
    query: string,
    variables: Record<string, unknown>,
    path: readonly string[],
    opts: RequestOptions = {},
  ): AsyncGenerator<N, void, undefined> {
    const asked = Number(variables.first ?? MAX_PAGE_SIZE);
    const first = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
    let after = (variables.after as string | null | undefined) ?? null;
    // One id for the whole walk, so a module's start-up load reads as one request in every log.
    const requestId = opts.requestId ?? randomUUID();
    for (;;) {
      const data = await request<Record<string, unknown>>(
        query,
        { ...variables, first, after },
        { ...opts, requestId },
      );
      const connection = path.reduce<unknown>(
        (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : null),
        data,
      ) as Connection | null;
      if (!connection || typeof connection !== 'object' || !connection.pageInfo) {
        throw new GraphQLClientError(`no connection with pageInfo at ${path.join('.')}`, {
          requestId,
          data,
        });
      }
      const nodes = connection.nodes ?? connection.edges?.map((e) => e.node) ?? [];
      for (const node of nodes) yield node as N;
      const { hasNextPage, endCursor } = connection.pageInfo;
      // A cursor that does not move would loop for ever.
      if (!hasNextPage || !endCursor || endCursor === after) return;
      after = endCursor;
    }
  }

  return { request, paginate };
}

/** A network error's most specific words: undici hides the system error (ECONNREFUSED …) in `cause`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

/** The most root fields the gateway takes in one operation (its `maxRootFields`, gateway/limits.ts). */
export const ROOT_FIELDS_PER_REQUEST = 10;

/** One root field of a batched read. */
export interface RootFieldRead {
  /** The field, its arguments and selection, given the name of its variable: `(v) => \`catalogItem(id: ${v}) { id }\``. */
  field: (variable: string) => string;
  /** The variable's GraphQL type, e.g. `ID!`. */
  type: string;
  value: unknown;
}

/**
 * Reads many root fields through the gateway (one entity per field, aliased), at most
 * `ROOT_FIELDS_PER_REQUEST` to an operation since the gateway refuses more, `concurrency` operations at a
 * time (4): each field's answer, in the order given. Every operation carries the same request id, so the
 * read is one request in the logs; one failed operation fails the read, and no further one is sent.
 */
export async function readRootFields<T>(
  graph: GraphClient,
  operationName: string,
  reads: readonly RootFieldRead[],
  opts: Omit<RequestOptions, 'operationName'> & { concurrency?: number } = {},
): Promise<(T | null)[]> {
  const { concurrency = 4, ...requestOptions } = opts;
  const answers: (T | null)[] = reads.map(() => null);
  const requestId = requestOptions.requestId ?? randomUUID();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < reads.length) {
      const start = next;
      next += ROOT_FIELDS_PER_REQUEST;
      const part = reads.slice(start, start + ROOT_FIELDS_PER_REQUEST);
      const declared = part.map((r, i) => `$v${i}: ${r.type}`).join(', ');
      const fields = part.map((r, i) => `f${i}: ${r.field(`$v${i}`)}`).join(' ');
      try {
        const data = await graph.request<Record<string, T | null>>(
          `query ${operationName}(${declared}) { ${fields} }`,
          Object.fromEntries(part.map((r, i) => [`v${i}`, r.value])),
          { ...requestOptions, requestId },
        );
        part.forEach((_, i) => {
          answers[start + i] = data[`f${i}`] ?? null;
        });
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Math.min(Math.max(1, concurrency), Math.ceil(reads.length / ROOT_FIELDS_PER_REQUEST));
  await Promise.all(Array.from({ length: workers }, worker));
  return answers;
}
