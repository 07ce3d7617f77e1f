import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { signDevToken } from '../gateway/auth.ts';
import type { GatewayConfig } from '../gateway/config.ts';
import { dropDatabase, freshDatabase } from '../scripts/lib/database.ts';
import { type RunningGraph, startGraph } from '../scripts/lib/graph.ts';
import { freePort, spawnNodeUntilReady } from '../scripts/lib/process.ts';
import { scopesForRoles } from '../subgraphs/registry.ts';
import type { Actor } from '../subgraphs/shared/auth.ts';
import { createDatabase, type Database } from '../subgraphs/shared/db.ts';
import { EventBus } from '../subgraphs/shared/events.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import type { Role } from '../subgraphs/shared/roles.ts';
import { createSubgraphApollo } from '../subgraphs/shared/server.ts';
import { contextFor, type RequestContext, type SubgraphModule } from '../subgraphs/shared/subgraph.ts';

/** A fresh database cloned from the migrated template; dropped after the file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `oss_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const serverUrl = inject('serverUrl');
  const url = await freshDatabase(serverUrl, name, { template: inject('templateDatabase') });
  return { url, drop: () => dropDatabase(serverUrl, name) };
}

export function actorFor(role: Role, id = `test-${role.toLowerCase()}`): Actor {
  return { id, roles: [role], scopes: scopesForRoles([role]) };
}

/** Lines a logger wrote, for asserting what reached the logs. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      out.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines: () => out.map((l) => JSON.parse(l)) };
}

export interface ServiceHarness<L> {
  url: string;
  database: Database;
  events: EventBus;
  /** A request context as the server would build it, for calling service verbs directly. */
  context(role?: Role): RequestContext<L>;
  /**
   * Runs an operation through the subgraph's own schema (scopes enforced) with a fresh request context
   * for `as` (a role, or a context built with `context()`).
   */
  execute(
    query: string,
    variables?: Record<string, unknown>,
    as?: Role | RequestContext<L>,
  ): Promise<{ data?: Record<string, any> | null; errors?: readonly GraphQLFormattedError[] }>;
}

/** One database for this test file with the module's service layer ready to call. */
export function useServiceHarness<L>(module: SubgraphModule<L>): ServiceHarness<L> {
  const harness = {} as ServiceHarness<L>;
  let drop = async () => {};
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    harness.url = db.url;
    harness.database = createDatabase({
      url: db.url,
      max: 4,
      ...(module.databaseSettings ? { settings: module.databaseSettings } : {}),
    });
    harness.events = new EventBus(db.url);
    await harness.events.start();
    harness.context = (role: Role = 'ADMIN') =>
      contextFor(module, {
        actor: actorFor(role),
        requestId: randomUUID(),
        database: harness.database,
        events: harness.events,
        logger: pino({ level: 'silent' }),
      });
  });
  // The subgraph's Apollo Server exactly as it serves in production (masking, hints, scopes, inputs).
  const server = createSubgraphApollo<L>({ module, development: true });
  harness.execute = async (query, variables = {}, as = 'ADMIN') => {
    const contextValue = typeof as === 'string' ? harness.context(as) : as;
    const res = await server.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  };
  beforeAll(() => server.start());
  afterAll(async () => {
    await server.stop();
    await harness.events?.stop();
    await harness.database?.close();
    await drop();
  });
  return harness;
}

export interface GraphHarness {
  graph: RunningGraph;
  url: string;
  /** The graph's own database (for a subgraph process of the test's own). */
  databaseUrl: string;
  logs: () => Record<string, unknown>[];
  token(role: Role): Promise<string>;
  /** POSTs an operation to the gateway; returns status and parsed body. */
  request(
    query: string,
    opts?: {
      variables?: Record<string, unknown>;
      token?: string | null;
      operationName?: string;
      role?: Role;
    },
  ): Promise<{ status: number; body: GraphQLBody }>;
  /**
   * POSTs `body` as it is (a string) or as JSON (anything else) with a `role`'s token (ADMIN unless
   * said; `token: null` sends none): for bodies `request` cannot build — persisted queries, batches,
   * oversized or malformed ones.
   */
  post(
    body: unknown,
    opts?: { role?: Role; token?: string | null; headers?: Record<string, string> },
  ): Promise<RawResponse>;
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: {
    message: string;
    path?: unknown[];
    locations?: { line: number; column: number }[];
    extensions?: Record<string, any>;
  }[];
}

/** The whole graph (gateway and every subgraph) on ephemeral ports over a database of its own. */
export function useGraph(
  opts: {
    seed?: boolean;
    /** The modules' background work (see `GraphOptions.background`); on unless told otherwise. */
    background?: boolean;
    configure?: (c: GatewayConfig) => GatewayConfig;
    env?: NodeJS.ProcessEnv;
  } = {},
): GraphHarness {
  const harness = {} as GraphHarness;
  let drop = async () => {};
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    harness.databaseUrl = db.url;
    const { logger, lines } = memoryLogger();
    harness.logs = lines;
    harness.graph = await startGraph({
      databaseUrl: db.url,
      logger,
      ephemeralPorts: true,
      seed: opts.seed ?? false,
      background: opts.background ?? true,
      countStatements: true,
      env: { NODE_ENV: 'test', ...opts.env },
      ...(opts.configure ? { configure: opts.configure } : {}),
    });
    harness.url = harness.graph.gateway.url;
    harness.token = (role) => signDevToken({ role }, harness.graph.config.jwt.secret);
    harness.request = async (query, o = {}) => {
      const token = o.token === undefined ? await harness.token(o.role ?? 'ADMIN') : o.token;
      const res = await fetch(harness.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables: o.variables, operationName: o.operationName }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLBody };
    };
    harness.post = async (body, o = {}) => {
      const token = o.token === undefined ? await harness.token(o.role ?? 'ADMIN') : o.token;
      return rawRequest(harness.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...o.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    };
  });
  afterAll(async () => {
    await harness.graph?.close();
    await drop();
  });
  return harness;
}

/** What a raw HTTP call got back: status, headers, the body as text and parsed (null when not JSON). */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: GraphQLBody | null;
}

/** Any HTTP call, with the body and headers exactly as given (for malformed and hostile requests). */
export async function rawRequest(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: GraphQLBody | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Counts the HTTP requests a server receives from now on (e.g. a subgraph behind the gateway). */
export function countRequests(server: import('node:http').Server): { count(): number; stop(): void } {
  let n = 0;
  const listener = () => {
    n += 1;
  };
  server.on('request', listener);
  return { count: () => n, stop: () => void server.off('request', listener) };
}

/** What one graphql-ws operation saw: whether the server acknowledged the connection, and what came back. */
export interface WsOutcome {
  /** The server acknowledged `connection_init` (the connection was accepted). */
  connected: boolean;
  /** The close code when the server closed the socket (e.g. 4403 when `onConnect` refused). */
  closeCode: number | undefined;
  /** `next` payloads. */
  results: { data?: Record<string, any> | null; errors?: GraphQLBody['errors'] }[];
  /** GraphQL errors sent in an `error` message (the operation was refused, the connection was not). */
  errors: NonNullable<GraphQLBody['errors']>;
}

/**
 * Runs one operation over graphql-ws against `url` (http:// or ws://) and settles when it completes,
 * errors or the socket closes. No retries: a refused connection shows as `connected: false` and a
 * close code.
 */
export async function wsOperation(
  url: string,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string },
  connectionParams?: Record<string, unknown>,
): Promise<WsOutcome> {
  const { createClient } = await import('graphql-ws');
  const { WebSocket } = await import('ws');
  const outcome: WsOutcome = { connected: false, closeCode: undefined, results: [], errors: [] };
  let disposing = false;
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    ...(connectionParams ? { connectionParams } : {}),
    on: {
      connected: () => {
        outcome.connected = true;
      },
      closed: (event) => {
        if (!disposing) outcome.closeCode ??= (event as { code?: number }).code;
      },
    },
  });
  try {
    await new Promise<void>((resolve) => {
      client.subscribe(payload, {
        next: (result) => {
          outcome.results.push(result as WsOutcome['results'][number]);
        },
        error: (error) => {
          if (Array.isArray(error)) outcome.errors.push(...(error as WsOutcome['errors']));
          else if (typeof (error as { code?: unknown })?.code === 'number')
            outcome.closeCode ??= (error as { code: number }).code;
          resolve();
        },
        complete: resolve,
      });
    });
  } finally {
    disposing = true;
    // A client disposed while its socket connects rejects with that close: it is closed either way.
    await Promise.resolve(client.dispose()).catch(() => {});
  }
  return outcome;
}

/** A client subscribed through the gateway (see `subscribe`). */
export interface Subscriber {
  events: GraphQLBody[];
  ended: Promise<'complete' | 'error'>;
  errors: unknown[];
  close(): Promise<void>;
}

/** A client subscribed through the gateway, collecting what it receives until closed. */
export async function subscribe(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscriber> {
  const { createClient } = await import('graphql-ws');
  const { WebSocket } = await import('ws');
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const subscriber = { events: [] as GraphQLBody[], errors: [] as unknown[] } as Subscriber;
  subscriber.ended = new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => void subscriber.events.push(result as GraphQLBody),
        error: (error) => {
          subscriber.errors.push(error);
          resolve('error');
        },
        complete: () => resolve('complete'),
      },
    );
  });
  // A client disposed while its socket connects rejects with that close: it is closed either way.
  subscriber.close = () => Promise.resolve(client.dispose()).catch(() => {});
  return subscriber;
}

/** A gauge or counter of the process's metrics (summed over its labels). */
export async function metric(g: GraphHarness, name: string): Promise<number> {
  const text = (await rawRequest(g.graph.metricsUrl!)).text;
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

/** A subgraph served by its own process, as in production (`npm run start:subgraph`). */
export interface SubgraphProcess {
  url: string;
  /** SIGSTOP: the process stops answering, its sockets stay open. */
  freeze(): void;
  /** SIGCONT */
  resume(): void;
  /** SIGKILL: the process dies at once, as in a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSubgraphProcess(
  name: string,
  databaseUrl: string,
  opts: { port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<SubgraphProcess> {
  const port = opts.port ?? (await freePort());
  const child = await spawnNodeUntilReady(`subgraph ${name}`, ['scripts/start-subgraph.ts', name], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      METRICS_PORT: 'off',
      LOG_LEVEL: 'silent',
      ...opts.env,
    },
    ready: /listening on/,
    timeoutMs: 30_000,
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    freeze: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGCONT');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * Polls `probe` until it answers something truthy, for at most `ms`; the last answer otherwise. For what
 * a module does after a request returns (events followed, read models filled).
 */
export async function eventually<T>(probe: () => Promise<T>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs `assertion` until it passes, for at most `ms` (then throws its last failure). For what a
 * background process does over time: a poller's status change, an alarm raised by a trap.
 */
export async function passes<T>(assertion: () => Promise<T>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
