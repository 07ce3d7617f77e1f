/**
 * Attack suite, denial of service: what an outsider (no token) or a caller with any token can make the
 * graph spend. Each case measures the gateway in this process before and after, bounded in time.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { useGraph } from '../helpers.ts';
import { heapAfterGc, MiB } from './memory.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'attack-suite-jwt-secret-0123456789abcdefghijkl',
  INTERNAL_TOKEN_SECRET: 'attack-suite-internal-secret-0123456789abcdef',
};

/** A query of ~`bytes` characters, nearly all of it a comment: few tokens, many bytes. */
const commentedQuery = (bytes: number) => `# ${'x'.repeat(bytes)}\n{ catalogItems(first: 1) { totalCount } }`;

describe('denial of service, production gateway', () => {
  const g = useGraph({ env: PRODUCTION });

  it('refuses 300 unauthenticated ~985 KB requests without keeping their memory', async () => {
    const body = JSON.stringify({ query: commentedQuery(985_000) });
    const before = await heapAfterGc();
    for (let round = 0; round < 30; round++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => g.post(body, { token: null })));
      for (const res of answers) {
        expect(res.status).toBe(401);
        expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
    const after = await heapAfterGc();
    expect((after - before) / MiB).toBeLessThan(20);
  });

  it('refuses an authenticated query longer than the character limit, comments included', async () => {
    const res = await g.request(commentedQuery(200_000));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LONG');
  });

  it('does not keep parsed documents beyond a byte bound', async () => {
    const before = await heapAfterGc();
    // 400 distinct valid queries of ~30 KB each: 12 MB of text if every one were kept.
    for (let i = 0; i < 400; i++) {
      const query = `# ${i} ${'y'.repeat(30_000)}\n{ catalogItems(first: 1) { totalCount } }`;
      const res = await g.post({ query });
      expect(res.status).toBe(200);
    }
    const after = await heapAfterGc();
    expect((after - before) / MiB).toBeLessThan(40);
  });
});

/** Opens a raw WebSocket to the gateway, sends one frame, and reports how the server closed it. */
function sendFrame(
  url: string,
  frame: Buffer | string,
  first?: string,
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const timer = setTimeout(() => reject(new Error('the server never closed the socket')), 15_000);
    socket.on('open', () => {
      if (first) socket.send(first);
      socket.send(frame, () => {});
    });
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: String(reason) });
    });
    socket.on('error', () => {});
  });
}

describe('denial of service over WebSocket', () => {
  const g = useGraph();

  it('closes connections whose first frame is 90 MiB, before authentication, and frees the memory', async () => {
    const frame = Buffer.alloc(90 * MiB, 0x20);
    const before = await heapAfterGc();
    const closes = await Promise.all([1, 2, 3].map(() => sendFrame(g.url, frame)));
    for (const close of closes) expect(close.code).toBe(1009);
    const after = await heapAfterGc();
    expect((after - before) / MiB).toBeLessThan(20);
  });

  it('closes an authenticated connection that sends a 40 MiB subscribe', async () => {
    const init = JSON.stringify({
      type: 'connection_init',
      payload: { authorization: `Bearer ${await g.token('ADMIN')}` },
    });
    const subscribe = JSON.stringify({
      id: randomUUID(),
      type: 'subscribe',
      payload: { query: '{ __typename }', variables: { padding: 'z'.repeat(40 * MiB) } },
    });
    const close = await sendFrame(g.url, subscribe, init);
    expect(close.code).toBe(1009);
  });

  it('closes a subgraph WebSocket whose frame is over the byte limit', async () => {
    const close = await sendFrame(g.graph.subgraphs.get('catalog')!.server.url, Buffer.alloc(5 * MiB, 0x20));
    expect(close.code).toBe(1009);
  });
});

describe('unbounded work per request', () => {
  const g = useGraph();

  it('refuses a search longer than 200 characters as BAD_USER_INPUT naming the field', async () => {
    const res = await g.request(
      'query($s: String) { catalogItems(first: 5, filter: { search: $s }) { totalCount } }',
      {
        variables: { s: 'кабель '.repeat(60_000) },
      },
    );
    expect(res.body.data?.catalogItems ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['filter', 'search'],
    });
  });

  it('gives every subgraph database session a statement timeout below the gateway subgraph timeout', async () => {
    const sql = g.graph.subgraphs.get('catalog')!.database.sql;
    const [row] = await sql<{ ms: string }[]>`
      select setting as ms from pg_settings where name = 'statement_timeout'`;
    const ms = Number(row!.ms);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(g.graph.config.subgraphTimeoutMs);
  });
});
