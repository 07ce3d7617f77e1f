import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type GraphQLBody, type RawResponse, rawRequest, useGraph, wsOperation } from '../helpers.ts';

const ITEMS = '{ catalogItems(first: 5) { totalCount nodes { sku } } }';

/** Text that must never reach a client: addresses, SQL, internals of the subgraph call, stack traces. */
function expectNothingLeaked(text: string): void {
  expect(text).not.toMatch(/https?:\/\//);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
  expect(text).not.toMatch(/ECONNREFUSED|ETIMEDOUT|fetch failed/i);
  expect(text).not.toMatch(/\bselect\b|\bfrom\b.*catalog\.|relation "|items_gone|does not exist/i);
  expect(text).not.toMatch(/serviceName|stacktrace|exception/);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
}

/** A clear refusal: the status asked for, one error with the code asked for, nothing leaked. */
function expectClearRefusal(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.json, res.text).not.toBeNull();
  expect(res.json?.data ?? undefined).toBeUndefined();
  expect(res.json?.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.json?.errors?.[0]?.message).toEqual(expect.any(String));
  expectNothingLeaked(res.text);
}

describe('gateway errors', () => {
  const g = useGraph();

  describe('masking', () => {
    it('masks a failing subgraph: the client gets a request id, the log gets the real cause', async () => {
      const sql = g.graph.subgraphs.get('catalog')!.database.sql;
      await sql`alter table catalog.items rename to items_gone`;
      let res: RawResponse;
      try {
        res = await rawRequest(g.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.token('ADMIN')}` },
          body: JSON.stringify({ query: ITEMS }),
        });
      } finally {
        await sql`alter table catalog.items_gone rename to items`;
      }

      expect(res.json, res.text).not.toBeNull();
      expect(res.json?.data ?? null).toBeNull();
      expectNothingLeaked(res.text);
      const errors = res.json?.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      const requestId = errors[0]?.extensions?.requestId;
      expect(requestId).toEqual(expect.any(String));
      expect(res.headers.get('x-request-id')).toBe(requestId);
      for (const error of errors) {
        expect(Object.keys(error.extensions ?? {}).sort()).toEqual(['code', 'requestId']);
        expect(error.extensions?.requestId).toBe(requestId);
      }

      const causes = g
        .logs()
        .filter((line) => line.requestId === requestId && line.service === 'catalog')
        .map((line) => String((line.err as { message?: unknown } | undefined)?.message));
      expect(causes.some((message) => message.includes('relation "catalog.items" does not exist'))).toBe(
        true,
      );
    });

    it('answers normally again once the subgraph recovers', async () => {
      const { status, body } = await g.request(ITEMS);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  describe('answers to bad input', () => {
    const post = async (body: string, headers: Record<string, string> = {}) =>
      rawRequest(g.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await g.token('ADMIN')}`,
          ...headers,
        },
        body,
      });

    it('refuses a malformed JSON body with 400 BAD_REQUEST', async () => {
      expectClearRefusal(await post('{"query": "{ __typename }'), 400, 'BAD_REQUEST');
    });

    it('refuses an empty body with 400 BAD_REQUEST', async () => {
      expectClearRefusal(await post(''), 400, 'BAD_REQUEST');
      expectClearRefusal(
        await post('', { 'apollo-require-preflight': 'true', 'content-type': 'text/plain' }),
        400,
        'BAD_REQUEST',
      );
    });

    it('refuses a JSON array (a batch) with 400 BAD_REQUEST', async () => {
      expectClearRefusal(
        await post(JSON.stringify([{ query: ITEMS }, { query: ITEMS }])),
        400,
        'BAD_REQUEST',
      );
    });

    it('refuses a JSON object that is not a GraphQL request with 400 BAD_REQUEST', async () => {
      expectClearRefusal(await post(JSON.stringify({ foo: 1 })), 400, 'BAD_REQUEST');
    });

    it('refuses a query that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
      expectClearRefusal(
        await post(JSON.stringify({ query: '{ catalogItems(first: 1 { totalCount } }' })),
        400,
        'GRAPHQL_PARSE_FAILED',
      );
    });

    it('refuses an unknown operation name with 400 OPERATION_RESOLUTION_FAILURE', async () => {
      const res = await post(
        JSON.stringify({
          query: 'query Known { catalogItems(first: 1) { totalCount } }',
          operationName: 'Unknown',
        }),
      );
      expectClearRefusal(res, 400, 'OPERATION_RESOLUTION_FAILURE');
      expect(res.json?.errors?.[0]?.message).toMatch(/Unknown/);
    });

    it('refuses a document of several operations without an operation name with 400 OPERATION_RESOLUTION_FAILURE', async () => {
      const res = await post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }));
      expectClearRefusal(res, 400, 'OPERATION_RESOLUTION_FAILURE');
    });

    it('refuses variables of the wrong type with 400 BAD_USER_INPUT', async () => {
      const res = await post(
        JSON.stringify({
          query: 'query Page($n: Int) { catalogItems(first: $n) { totalCount } }',
          variables: { n: 'ten' },
        }),
      );
      expectClearRefusal(res, 400, 'BAD_USER_INPUT');
    });

    it('refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
      const res = await post(JSON.stringify({ query: ITEMS, variables: { padding: 'x'.repeat(1_200_000) } }));
      expectClearRefusal(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it.each([
      ['`operationName` that is not a string', { query: ITEMS, operationName: 5 }],
      ['`variables` that are not an object', { query: ITEMS, variables: [1] }],
      ['`variables` sent as JSON text', { query: ITEMS, variables: '{}' }],
      ['`extensions` that are not an object', { query: ITEMS, extensions: 'x' }],
      ['a `query` that is not a string', { query: 5 }],
    ])('refuses %s with 400 BAD_REQUEST', async (_name, body) => {
      expectClearRefusal(await post(JSON.stringify(body)), 400, 'BAD_REQUEST');
    });

    it('refuses a persisted query whose hash does not match its text with 400 BAD_USER_INPUT, by POST and GET', async () => {
      const query = '{ __typename }';
      const extensions = {
        persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ other }').digest('hex') },
      };
      expectClearRefusal(await post(JSON.stringify({ query, extensions })), 400, 'BAD_USER_INPUT');
      const search = new URLSearchParams({ query, extensions: JSON.stringify(extensions) });
      const res = await rawRequest(`${g.url}?${search}`, {
        headers: { authorization: `Bearer ${await g.token('ADMIN')}`, 'apollo-require-preflight': 'true' },
      });
      expectClearRefusal(res, 400, 'BAD_USER_INPUT');
    });

    describe("Apollo's CSRF prevention", () => {
      const query = encodeURIComponent('{ catalogItems(first: 1) { totalCount } }');

      it('refuses a GET without a preflight header', async () => {
        const res = await rawRequest(`${g.url}?query=${query}`, {
          headers: { authorization: `Bearer ${await g.token('ADMIN')}` },
        });
        expectClearRefusal(res, 400, 'BAD_REQUEST');
        expect(res.json?.errors?.[0]?.message).toMatch(/CSRF/);
      });

      it('refuses a text/plain POST without a preflight header', async () => {
        const res = await post(JSON.stringify({ query: ITEMS }), { 'content-type': 'text/plain' });
        expectClearRefusal(res, 400, 'BAD_REQUEST');
        expect(res.json?.errors?.[0]?.message).toMatch(/CSRF/);
      });

      it('answers the same GET when it carries apollo-require-preflight', async () => {
        const res = await rawRequest(`${g.url}?query=${query}`, {
          headers: { authorization: `Bearer ${await g.token('ADMIN')}`, 'apollo-require-preflight': 'true' },
        });
        expect(res.status).toBe(200);
        expect(res.json?.data?.catalogItems.totalCount).toEqual(expect.any(Number));
      });
    });
  });
});

/** An error as a client reads it, without the request id (which differs per request). */
const withoutRequestId = (errors: GraphQLBody['errors']) =>
  (errors ?? []).map(({ extensions: { requestId: _r, ...extensions } = {}, ...error }) => ({
    ...error,
    extensions,
  }));

describe('the same refusal over HTTP and WebSocket', () => {
  const g = useGraph();

  it.each([
    ['a query longer than the character limit', `# ${'x'.repeat(60_000)}\n{ __typename }`, {}],
    ['a document of too many tokens', `{ catalogItems(first: 1) { nodes { ${'a '.repeat(6_000)}} } }`, {}],
    ['a query that does not parse', '{ catalogItems(first: 1 { totalCount } }', {}],
    ['a query with an unknown field', '{ catalogItems(first: 1) {\n  nope } }', {}],
    [
      'a query too deep',
      `{ catalogCategory(id: "x") { ${'parent { '.repeat(15)}id${' }'.repeat(15)} } }`,
      {},
    ],
    ['a page too large', '{ catalogItems(first: 101) { totalCount } }', {}],
    ['an unknown operation name', 'query A { __typename }', { operationName: 'B' }],
    [
      'a number that is not finite',
      '{ quote(input: { lines: [{ itemId: "x", quantity: 1e999 }] }) { total } }',
      {},
    ],
  ])(
    'answers %s with the same error: code, message, locations, limit and actual',
    async (_name, query, extra) => {
      const http = await g.request(query, extra);
      expect(http.status).toBe(400);
      expect(http.body.errors).toHaveLength(1);
      const socket = await wsOperation(
        g.url,
        { query, ...extra },
        { authorization: `Bearer ${await g.token('ADMIN')}` },
      );
      expect(socket.connected).toBe(true);
      expect(socket.results).toEqual([]);
      expect(socket.errors[0]?.extensions?.requestId).toEqual(expect.any(String));
      expect(withoutRequestId(socket.errors)).toEqual(withoutRequestId(http.body.errors));
    },
  );
});

describe('gateway with a subgraph down', () => {
  const g = useGraph({ configure: (c) => ({ ...c, subgraphTimeoutMs: 2000 }) });

  it('answers with an error, not a hang, and does not reveal where the subgraph lives', async () => {
    await g.graph.subgraphs.get('catalog')!.server.close();
    const res = await rawRequest(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.token('ADMIN')}` },
      body: JSON.stringify({ query: ITEMS }),
    });
    expect(res.json, res.text).not.toBeNull();
    expect(res.json?.data ?? null).toBeNull();
    expect(res.json?.errors?.length).toBeGreaterThan(0);
    expect(res.json?.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    const requestId = res.json?.errors?.[0]?.extensions?.requestId;
    expect(requestId).toEqual(expect.any(String));
    expectNothingLeaked(res.text);

    const logged = g.logs().filter((line) => line.requestId === requestId && line.level === 50);
    expect(JSON.stringify(logged)).toMatch(/ECONNREFUSED/);
  });
});
