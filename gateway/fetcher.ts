import { Agent, request } from 'undici';
import { DEADLINE_HEADER } from '../subgraphs/shared/http.ts';

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
export function subgraphFetcher(timeoutMs: number): SubgraphFetcher {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  return async (url, init) => {
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
    const text = await res.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const header = (name: string) => {
      const value = res.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    };
    const success = res.statusCode >= 200 && res.statusCode < 300;
    return {
      ok: success || (res.statusCode >= 400 && res.statusCode < 500 && isGraphQLBody(json)),
      status: res.statusCode,
      statusText: String(res.statusCode),
      url,
      headers: { get: header },
      text: async () => text,
      json: async () => json,
    };
  };
}
