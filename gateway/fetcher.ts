import { Agent, request } from 'undici';

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

/**
 * The gateway's HTTP client to subgraphs: undici's `request` over a keep-alive pool with a deadline per
 * request. WHATWG `fetch` costs about a quarter of a millisecond of CPU per call in web streams and
 * Request/Response objects the gateway does not need; this reads the body once as text.
 */
export function subgraphFetcher(
  timeoutMs: number,
): (url: string, init: RequestInit) => Promise<SubgraphResponse> {
  const dispatcher = new Agent({
    keepAliveTimeout: 30_000,
    connections: 64,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return async (url, init) => {
    const res = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers as Record<string, string>,
      body: init.body as string,
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.body.text();
    const header = (name: string) => {
      const value = res.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    };
    return {
      ok: res.statusCode >= 200 && res.statusCode < 300,
      status: res.statusCode,
      statusText: String(res.statusCode),
      url,
      headers: { get: header },
      text: async () => body,
      json: async () => JSON.parse(body),
    };
  };
}
