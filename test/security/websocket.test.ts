/**
 * Attack suite, sockets: a graphql-ws operation meets every check an HTTP request meets — at the gateway
 * and on a subgraph — and is answered, counted and logged like one.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { USER_TOKEN_ISSUER } from '../../gateway/auth.ts';
import { signInternalToken } from '../../subgraphs/shared/auth.ts';
import { atMoment } from '../../subgraphs/shared/socket.ts';
import {
  actorFor,
  type GraphHarness,
  type GraphQLBody,
  metric,
  passes,
  rawRequest,
  useGraph,
} from '../helpers.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'attack-suite-jwt-secret-0123456789abcdefghijkl',
  INTERNAL_TOKEN_SECRET: 'attack-suite-internal-secret-0123456789abcdef',
};

type Errors = NonNullable<GraphQLBody['errors']>;

/** What one operation on a socket got back: `next` payloads, the errors of an `error` message, a close. */
interface Answer {
  results: GraphQLBody[];
  errors: Errors;
  closeCode: number | undefined;
}

/** A graphql-transport-ws connection spoken frame by frame, so every answer and close is seen as sent. */
interface Socket {
  /** The server acknowledged `connection_init`. */
  acked: boolean;
  /** The close code once the server closed the socket. */
  closeCode(): number | undefined;
  run(payload: Record<string, unknown>): Promise<Answer>;
  send(frame: string): void;
  end(): Promise<void>;
}

/** Opens a socket and sends `init` (the connection parameters, or a raw first frame); settles on ack or close. */
function connect(url: string, init: Record<string, unknown> | string): Promise<Socket> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const listeners = new Set<(frame: { type: string; id?: string; payload?: unknown }) => void>();
    let code: number | undefined;
    const closed = new Promise<void>((done) =>
      ws.on('close', (c) => {
        code = c;
        done();
      }),
    );
    ws.on('error', () => {});
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      for (const listener of [...listeners]) listener(frame);
    });
    ws.on('open', () =>
      ws.send(typeof init === 'string' ? init : JSON.stringify({ type: 'connection_init', payload: init })),
    );
    const socket: Socket = {
      acked: false,
      closeCode: () => code,
      send: (frame) => ws.send(frame),
      run: (payload) =>
        new Promise((settle) => {
          const id = randomUUID();
          const answer: Answer = { results: [], errors: [], closeCode: undefined };
          let settled = false;
          const listener = (frame: { type: string; id?: string; payload?: unknown }) => {
            if (frame.id !== id) return;
            if (frame.type === 'next') answer.results.push(frame.payload as GraphQLBody);
            if (frame.type === 'error') answer.errors.push(...(frame.payload as Errors));
            if (frame.type === 'error' || frame.type === 'complete') {
              listeners.delete(listener);
              settled = true;
              settle(answer);
            }
          };
          listeners.add(listener);
          void closed.then(() => {
            if (settled) return;
            listeners.delete(listener);
            answer.closeCode = code;
            settle(answer);
          });
          ws.send(JSON.stringify({ id, type: 'subscribe', payload }));
        }),
      end: async () => {
        if (code === undefined) {
          ws.close(1000);
          await closed;
        }
      },
    };
    listeners.add(function ack(frame) {
      if (frame.type !== 'connection_ack') return;
      listeners.delete(ack);
      socket.acked = true;
      resolve(socket);
    });
    void closed.then(() => resolve(socket));
  });
}

/** The value of one series of `graphql_requests_total` on the process's metrics listener. */
async function requestsCounted(g: GraphHarness, labels: Record<string, string>): Promise<number> {
  const text = (await rawRequest(g.graph.metricsUrl!)).text;
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('graphql_requests_total{') &&
        Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
    );
  return line ? Number(line.split(' ').pop()) : 0;
}

const internalToken = (g: GraphHarness) =>
  signInternalToken(actorFor('ADMIN'), g.graph.config.internalSecret).then((t) => `Bearer ${t}`);
const catalogUrl = (g: GraphHarness) => g.graph.subgraphs.get('catalog')!.server.url;

describe('introspection over sockets in production', () => {
  const g = useGraph({ env: PRODUCTION });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "CatalogItem") { fields { name } } }'],
  ])(
    'refuses %s to an authenticated caller of the gateway, over HTTP and WebSocket alike',
    async (_n, query) => {
      const http = await g.request(query);
      expect(http.status).toBe(400);
      expect(http.body.data).toBeUndefined();
      expect(http.body.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      const socket = await connect(g.url, { authorization: `Bearer ${await g.token('ADMIN')}` });
      expect(socket.acked).toBe(true);
      const answer = await socket.run({ query });
      await socket.end();
      expect(answer.results).toEqual([]);
      expect(answer.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(answer.errors[0]?.extensions?.requestId).toEqual(expect.any(String));
    },
  );

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "CatalogItem") { fields { name } } }'],
  ])(
    'refuses %s on a subgraph called with a valid internal token, over HTTP and WebSocket alike',
    async (_n, query) => {
      const authorization = await internalToken(g);
      const http = await rawRequest(catalogUrl(g), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });
      expect(http.status).toBe(400);
      expect(http.json?.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      const socket = await connect(catalogUrl(g), { authorization });
      expect(socket.acked).toBe(true);
      const answer = await socket.run({ query });
      await socket.end();
      expect(answer.results).toEqual([]);
      expect(answer.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    },
  );
});

describe('a subgraph socket', () => {
  // No background work: the metrics counted here are the test's operations only.
  const g = useGraph({ background: false });

  it("masks every error with the operation's own request id, else the connection's", async () => {
    const socket = await connect(catalogUrl(g), {
      authorization: await internalToken(g),
      'x-request-id': 'connection-request-0001',
    });
    const invalid = await socket.run({
      query: '{ nope }',
      extensions: { requestId: 'operation-request-0001' },
    });
    const refused = await socket.run({
      query: '{ catalogItems(first: 1, filter: { search: "a\\u0000" }) { totalCount } }',
      extensions: { requestId: 'operation-request-0002' },
    });
    const plain = await socket.run({ query: '{ nope }' });
    const forged = await socket.run({ query: '{ nope }', extensions: { requestId: 'not a request id!' } });
    await socket.end();

    expect(invalid.errors.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'operation-request-0001' }),
    ]);
    expect(refused.results[0]?.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', requestId: 'operation-request-0002' }),
    ]);
    expect(plain.errors[0]?.extensions?.requestId).toBe('connection-request-0001');
    expect(forged.errors[0]?.extensions?.requestId).toBe('connection-request-0001');
  });

  it('answers a query that does not parse with GRAPHQL_PARSE_FAILED and keeps the socket open', async () => {
    const socket = await connect(catalogUrl(g), { authorization: await internalToken(g) });
    const answer = await socket.run({ query: '{ catalogItems(first: 1 { totalCount } }' });
    const after = await socket.run({ query: '{ __typename }' });
    await socket.end();
    expect(answer.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.errors[0]?.locations).toEqual([expect.objectContaining({ line: 1 })]);
    expect(answer.closeCode).toBeUndefined();
    expect(after.results).toEqual([{ data: { __typename: 'Query' } }]);
  });

  it('logs a fault with the operation request id, answers it masked, and counts it like HTTP', async () => {
    const labels = { service: 'catalog', operation_type: 'query', outcome: 'error' };
    const before = await requestsCounted(g, labels);
    const sql = g.graph.subgraphs.get('catalog')!.database.sql;
    const socket = await connect(catalogUrl(g), { authorization: await internalToken(g) });
    await sql`alter table catalog.items rename to items_gone`;
    let answer: Answer;
    try {
      answer = await socket.run({
        query: '{ catalogItems(first: 1) { totalCount } }',
        extensions: { requestId: 'operation-fault-0001' },
      });
    } finally {
      await sql`alter table catalog.items_gone rename to items`;
      await socket.end();
    }
    const errors = answer.results[0]?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'operation-fault-0001' });
    }
    expect(JSON.stringify(answer)).not.toMatch(/relation|items_gone|select/i);
    const causes = g
      .logs()
      .filter((line) => line.requestId === 'operation-fault-0001')
      .map((line) => String((line.err as { message?: unknown } | undefined)?.message));
    expect(causes.some((m) => m.includes('relation "catalog.items" does not exist'))).toBe(true);
    expect(await requestsCounted(g, labels)).toBe(before + 1);
  });

  it('counts an operation that passes like HTTP', async () => {
    const labels = { service: 'catalog', operation_type: 'query', outcome: 'ok' };
    const before = await requestsCounted(g, labels);
    const socket = await connect(catalogUrl(g), { authorization: await internalToken(g) });
    const answer = await socket.run({ query: '{ catalogItems(first: 1) { totalCount } }' });
    await socket.end();
    expect(answer.results[0]?.data?.catalogItems.totalCount).toEqual(expect.any(Number));
    expect(await requestsCounted(g, labels)).toBe(before + 1);
  });
});

describe('a gateway socket', () => {
  const g = useGraph({ background: false });

  it('counts each operation like HTTP, by its type and outcome', async () => {
    const subscription = { service: 'gateway', operation_type: 'subscription', outcome: 'error' };
    const query = { service: 'gateway', operation_type: 'query', outcome: 'error' };
    const [subscriptions, queries] = [
      await requestsCounted(g, subscription),
      await requestsCounted(g, query),
    ];
    const socket = await connect(g.url, { authorization: `Bearer ${await g.token('ADMIN')}` });
    const answers = [
      await socket.run({ query: 'subscription { networkStatusChanged { total nothing } }' }),
      await socket.run({ query: '{ catalogItems(first: 1000) { totalCount } }' }),
    ];
    await socket.end();
    expect(answers.map((a) => a.errors.map((e) => e.extensions?.code))).toEqual([
      ['GRAPHQL_VALIDATION_FAILED'],
      ['PAGE_SIZE_EXCEEDED'],
    ]);
    expect(await requestsCounted(g, subscription)).toBe(subscriptions + 1);
    expect(await requestsCounted(g, query)).toBe(queries + 1);
  });
});

describe('a caller token living longer than a timer can wait (24.8 days)', () => {
  const g = useGraph({
    configure: (c) => ({ ...c, jwt: { ...c.jwt, maxTtlSeconds: 31 * 86_400 } }),
  });

  it('keeps the gateway socket open and answering', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('long-lived-admin')
      .setIssuer(USER_TOKEN_ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + 30 * 86_400)
      .sign(new TextEncoder().encode(g.graph.config.jwt.secret));
    const socket = await connect(g.url, { authorization: `Bearer ${token}` });
    expect(socket.acked).toBe(true);
    const first = await socket.run({ query: '{ catalogItems(first: 1) { totalCount } }' });
    const second = await socket.run({ query: '{ catalogItems(first: 1) { totalCount } }' });
    const closeCode = socket.closeCode();
    await socket.end();
    for (const answer of [first, second]) {
      expect(answer.closeCode).toBeUndefined();
      expect(answer.errors).toEqual([]);
      expect(answer.results).toEqual([{ data: { catalogItems: { totalCount: expect.any(Number) } } }]);
    }
    expect(closeCode).toBeUndefined();
  });
});

describe('atMoment, the socket expiry timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at a moment further away than setTimeout can wait, and not before', () => {
    const expire = vi.fn();
    const days30 = 30 * 86_400_000;
    atMoment(Date.now() + days30, expire);
    vi.advanceTimersByTime(1_000);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(days30 - 2_000);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('runs at once for a moment already past, and never once cancelled', () => {
    const past = vi.fn();
    atMoment(Date.now() - 1, past);
    vi.advanceTimersByTime(0);
    expect(past).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    atMoment(Date.now() + 1_000, cancelled).cancel();
    vi.advanceTimersByTime(2_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('the first frame of a socket, before anyone is known', () => {
  const g = useGraph();
  const padded = (payload: Record<string, unknown>) =>
    JSON.stringify({ type: 'connection_init', payload: { ...payload, padding: 'p'.repeat(100_000) } });

  it.each([
    ['the gateway', (h: GraphHarness) => h.url],
    ['a subgraph', catalogUrl],
  ])('is bounded on %s like a body without a token: 100 KB closes with 1009', async (_n, url) => {
    const socket = await connect(url(g), padded({}));
    expect(socket.acked).toBe(false);
    expect(socket.closeCode()).toBe(1009);
  });

  it('bounds the first frame even when it carries a valid token', async () => {
    const socket = await connect(g.url, padded({ authorization: `Bearer ${await g.token('ADMIN')}` }));
    expect(socket.acked).toBe(false);
    expect(socket.closeCode()).toBe(1009);
  });

  it.each([
    [
      'the gateway',
      (h: GraphHarness) => h.url,
      async (h: GraphHarness) => `Bearer ${await h.token('ADMIN')}`,
    ],
    ['a subgraph', catalogUrl, internalToken],
  ])('lets %s take a frame of 200 KB once the caller is known', async (_n, url, authorization) => {
    const socket = await connect(url(g), { authorization: await authorization(g) });
    expect(socket.acked).toBe(true);
    const answer = await socket.run({
      query: 'query($p: String) { __typename }',
      variables: { p: 'v'.repeat(200_000) },
    });
    await socket.end();
    expect(answer.closeCode).toBeUndefined();
    expect(answer.results.length + answer.errors.length).toBeGreaterThan(0);
  });
});

describe("a gateway socket's subscriptions, given bad frames and floods", () => {
  const g = useGraph({
    background: false,
    configure: (c) => ({ ...c, subscriptions: { ...c.subscriptions, perConnection: 5 } }),
  });
  const LIVE = 'subscription { networkStatusChanged { total } }';

  /** A raw socket, acknowledged, whose frames are all kept. */
  async function raw() {
    const socket = await connect(g.url, { authorization: `Bearer ${await g.token('NOC_ENGINEER')}` });
    expect(socket.acked).toBe(true);
    return socket;
  }

  it.each([
    ['a frame that is not JSON', '{"type": "subscribe", '],
    ['an unknown message type', JSON.stringify({ type: 'gimme', id: '1' })],
    ['a subscribe without an id', JSON.stringify({ type: 'subscribe', payload: { query: LIVE } })],
    ['a subscribe without a payload', JSON.stringify({ type: 'subscribe', id: '1' })],
  ])('closes on %s with 4400, and the gateway answers the next client', async (_n, frame) => {
    const socket = await raw();
    socket.send(frame);
    await passes(async () => expect(socket.closeCode()).toBe(4400), 5_000);
    const res = await g.request('{ networkStatus { total } }', { role: 'NOC_ENGINEER' });
    expect(res.body.data?.networkStatus.total).toEqual(expect.any(Number));
  });

  it('closes on a second subscribe with an id in use with 4409, and completes the first upstream', async () => {
    const socket = await raw();
    const frame = JSON.stringify({ type: 'subscribe', id: 'same', payload: { query: LIVE } });
    socket.send(frame);
    socket.send(frame);
    await passes(async () => expect(socket.closeCode()).toBe(4409), 5_000);
    await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0));
  });

  it('refuses subscriptions past the per-connection cap with TOO_MANY_SUBSCRIPTIONS, the socket open', async () => {
    const socket = await raw();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        Promise.race([
          socket.run({ query: LIVE }),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000)),
        ]),
      ),
    );
    const refused = answers.filter((a) => a !== null);
    // Five run (they never end by themselves); the fifteen others are refused at once.
    expect(refused).toHaveLength(15);
    for (const answer of refused) {
      expect(answer?.errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    }
    expect(socket.closeCode()).toBeUndefined();
    expect(await metric(g, 'gateway_subscriptions_active')).toBe(5);
    // Five identical subscriptions of one caller: one execution, one upstream subscription.
    expect(await metric(g, 'gateway_subscription_executions_active')).toBe(1);
    expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1);
    const { database } = g.graph.subgraphs.get('monitoring')!;
    expect(database.live.subscriberCount('monitoring_network')).toBe(1);
    await socket.end();
    await passes(async () => {
      expect(await metric(g, 'gateway_subscriptions_active')).toBe(0);
      expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0);
      // The subgraph's LISTEN ends too, on a channel where nothing happened meanwhile.
      expect(database.live.subscriberCount('monitoring_network')).toBe(0);
    });
  });
});
