import { Agent, request } from 'undici';
import { DEADLINE_HEADER } from '../subgraphs/shared/http.ts';
import { subgraphRequestsShared } from '../subgraphs/shared/metrics.ts';

/** The part of a fetch Response that `RemoteGraphQLDataSource` reads. */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type SubgraphFetcher = (url: string, init: RequestInit) => Promise<SubgraphResponse>;

/** True for a body that is a GraphQL response: an object with `data` or an `errors` list. */
function isGraphQLBody(body: unknown): boolean {
  return Boolean(
    body &&
      typeof body === 'object' &&
      ('data' in body || Array.isArray((body as { errors?: unknown }).errors)),
  );
}

/**
 * The gateway's HTTP client to subgraphs: undici's `request` over a keep-alive pool. Each request ends at
 * the deadline it carries in its header (the operation's, shared by all its subgraph calls), else after
 * `timeoutMs`. WHATWG `fetch` costs about a quarter of a millisecond of CPU per call in web streams and
 * Request/Response objects the gateway does not need; this reads the body once.
 *
 * A subgraph that refuses an operation (a bad literal, a bad variable) answers 4xx with a GraphQL body:
 * that answer is handed on as a GraphQL response (`ok`), so the client sees the subgraph's error and its
 * code instead of "400: 400".
 */
export function subgraphFetcher(timeoutMs: number, opts: { dedupe?: boolean } = {}): SubgraphFetcher {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  const send = async (url: string, init: RequestInit): Promise<Answer> => {
    const headers = init.headers as Record<string, string>;
    const deadline = Number(headers[DEADLINE_HEADER]);
    const left = Number.isFinite(deadline) && deadline > 0 ? Math.max(1, deadline - Date.now()) : timeoutMs;
    const res = await request(url, {
      method: 'POST',
      headers,
      body: init.body as string,
      dispatcher,
      headersTimeout: left,
      bodyTimeout: left,
      signal: AbortSignal.timeout(left),
    });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  };
  // Identical reads in flight at once share one request: same subgraph, same operation and variables,
  // same caller (the internal token names the subject and its scopes). Never a write: the data source
  // marks every subgraph request of a mutation or subscription with NO_SHARING_HEADER.
  const inFlight = new Map<string, Promise<Answer>>();
  const shared = (url: string, init: RequestInit): Promise<Answer> => {
    // The marker is the gateway's own: it never reaches a subgraph.
    const { [NO_SHARING_HEADER]: unshared, ...headers } = init.headers as Record<string, string>;
    const sent = { ...init, headers };
    if (!opts.dedupe || unshared) return send(url, sent);
    const key = `${url}\n${headers.authorization ?? ''}\n${init.body as string}`;
    const pending = inFlight.get(key);
    if (pending) {
      subgraphRequestsShared.inc({ subgraph: url });
      return pending;
    }
    const request = send(url, sent).finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  };
  return async (url, init) => {
    const answer = await shared(url, init);
    // Each caller parses its own copy: the gateway's execution may change the object it is given.
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    const header = (name: string) => {
      const value = answer.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    };
    const success = answer.status >= 200 && answer.status < 300;
    return {
      ok: success || (answer.status >= 400 && answer.status < 500 && isGraphQLBody(json)),
      status: answer.status,
      statusText: String(answer.status),
      url,
      headers: { get: header },
      text: async () => answer.text,
      json: async () => json,
    };
  };
}

/** A subgraph's answer as it came off the wire, shared by every caller of one request. */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Set by the data source on subgraph requests that must never be shared (writes, subscriptions). */
export const NO_SHARING_HEADER = 'x-oss-no-sharing';
