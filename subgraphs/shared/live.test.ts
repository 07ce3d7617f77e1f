import { buildSchema, parse, subscribe } from 'graphql';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, memoryLogger } from '../../test/helpers.ts';
import { createDatabase, type Database, withTransaction } from './db.ts';
import {
  LIVE_PAYLOAD_MAX_BYTES,
  LiveHub,
  LiveOverflowError,
  LivePayloadTooLargeError,
  publishLive,
} from './live.ts';

let drop = async () => {};
let admin: postgres.Sql;
/** Two replicas of a subgraph (each its own pool and hub) and a third connection that publishes. */
let replicaA: Database;
let replicaB: Database;
let publisher: Database;
let hubA: LiveHub;
let hubB: LiveHub;
const logA = memoryLogger();

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  admin = postgres(db.url, { max: 1, onnotice: () => {} });
  replicaA = createDatabase({ url: db.url, max: 2, applicationName: 'live-replica-a' });
  replicaB = createDatabase({ url: db.url, max: 2, applicationName: 'live-replica-b' });
  publisher = createDatabase({ url: db.url, max: 4, applicationName: 'live-publisher' });
  hubA = new LiveHub(replicaA, { logger: logA.logger });
  hubB = new LiveHub(replicaB);
});

afterAll(async () => {
  await hubA?.close();
  await hubB?.close();
  await Promise.all([replicaA?.close(), replicaB?.close(), publisher?.close(), admin?.end()]);
  await drop();
});

let channelNumber = 0;
const freshChannel = () => `live_test_${++channelNumber}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The next event, or a failure after `ms`; only for an event that is certain to come. */
async function nextEvent<T>(sub: AsyncIterator<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([sub.next(), timeout]);
    if (result.done) throw new Error('the subscription ended');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

async function take<T>(sub: AsyncIterator<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await nextEvent(sub));
  return out;
}

/** The backends of one replica that issued LISTEN or UNLISTEN on `channel`, with their last statement. */
async function listenerBackends(applicationName: string, channel: string) {
  return admin<{ pid: number; query: string }[]>`
    select pid, query from pg_stat_activity
    where application_name = ${applicationName} and query ilike ${`%listen "${channel}"`}`;
}

async function until(check: () => Promise<boolean | undefined> | boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(20);
  }
  throw new Error(`condition not met in ${ms} ms`);
}

describe('live channels', () => {
  it('delivers an event committed on another connection to every replica, and only after the commit', async () => {
    const channel = freshChannel();
    const a = await hubA.subscribe<{ id: string }>(channel);
    const b = await hubB.subscribe<{ id: string }>(channel);
    await withTransaction({ database: publisher }, async (tx) => {
      await publishLive(tx, channel, { id: 'unit-1' });
      await sleep(200);
      expect([a.pending, b.pending]).toEqual([0, 0]);
    });
    expect(await nextEvent(a)).toEqual({ id: 'unit-1' });
    expect(await nextEvent(b)).toEqual({ id: 'unit-1' });
    await Promise.all([a.return(), b.return()]);
  });

  it('delivers nothing for a transaction that rolled back', async () => {
    const channel = freshChannel();
    const a = await hubA.subscribe<{ id: string }>(channel);
    await expect(
      withTransaction({ database: publisher }, async (tx) => {
        await publishLive(tx, channel, { id: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await publishLive(publisher, channel, { id: 'after' });
    expect(await nextEvent(a)).toEqual({ id: 'after' });
    expect(a.pending).toBe(0);
    await a.return();
  });

  it('delivers events in commit order, not in the order they were published', async () => {
    const channel = freshChannel();
    const a = await hubA.subscribe<{ id: string }>(channel);
    let releaseFirst = () => {};
    const firstMayCommit = new Promise<void>((r) => {
      releaseFirst = r;
    });
    let firstPublished = () => {};
    const firstHasPublished = new Promise<void>((r) => {
      firstPublished = r;
    });
    const first = withTransaction({ database: publisher }, async (tx) => {
      await publishLive(tx, channel, { id: 'published-first' });
      firstPublished();
      await firstMayCommit;
    });
    await firstHasPublished;
    await withTransaction({ database: publisher }, (tx) =>
      publishLive(tx, channel, { id: 'committed-first' }),
    );
    releaseFirst();
    await first;
    for (let i = 0; i < 50; i++) await publishLive(publisher, channel, { id: `n${i}` });
    const ids = (await take(a, 52)).map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual(['committed-first', 'published-first']);
    expect(ids.slice(2)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`));
    await a.return();
  });

  it('shares one LISTEN per process and channel, stops delivery on return() and unlistens with the last subscriber', async () => {
    const channel = freshChannel();
    const first = await hubA.subscribe<{ n: number }>(channel);
    const second = await hubA.subscribe<{ n: number }>(channel);
    const third = await hubA.subscribe<{ n: number }>(channel, { filter: (e) => e.n % 2 === 0 });
    expect(hubA.subscriberCount(channel)).toBe(3);
    const [listener, ...others] = await listenerBackends('live-replica-a', channel);
    expect(others).toEqual([]);
    expect(listener!.query).toBe(`listen "${channel}"`);

    await publishLive(publisher, channel, { n: 1 });
    await publishLive(publisher, channel, { n: 2 });
    expect(await take(first, 2)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await nextEvent(third)).toEqual({ n: 2 });

    await first.return();
    expect(await first.next()).toEqual({ value: undefined, done: true });
    await publishLive(publisher, channel, { n: 3 });
    await publishLive(publisher, channel, { n: 4 });
    expect(await take(second, 4)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    expect(first.pending).toBe(0);

    // A `for await` that stops early calls return(), as graphql-js does when a client unsubscribes.
    for await (const event of third) {
      expect(event).toEqual({ n: 4 });
      break;
    }
    expect(hubA.subscriberCount(channel)).toBe(1);
    await second.return();
    expect(hubA.subscriberCount(channel)).toBe(0);
    const [after] = await listenerBackends('live-replica-a', channel);
    expect(after).toEqual({ pid: listener!.pid, query: `unlisten "${channel}"` });
  });

  it('closes a subscriber that falls further behind than its buffer, and keeps the others going', async () => {
    const channel = freshChannel();
    const bound = 20;
    const slow = await hubA.subscribe<{ n: number }>(channel, { bufferSize: bound });
    // A transaction's events arrive in one burst, before any subscriber runs: the bound must cover it.
    const fast = await hubA.subscribe<{ n: number }>(channel, { bufferSize: 500 });
    const flood = async (from: number, count: number) =>
      withTransaction({ database: publisher }, async (tx) => {
        for (let n = from; n < from + count; n++) await publishLive(tx, channel, { n });
      });

    await flood(0, bound);
    expect(await take(fast, bound)).toHaveLength(bound);
    expect(slow.pending).toBe(bound);

    await flood(bound, 500);
    const rest = await take(fast, 500);
    expect(rest.map((e) => e.n)).toEqual(Array.from({ length: 500 }, (_, i) => bound + i));
    expect(slow.pending).toBe(0);
    await expect(slow.next()).rejects.toBeInstanceOf(LiveOverflowError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    expect(hubA.subscriberCount(channel)).toBe(1);
    await fast.return();
  });

  it('refuses a payload of 8000 bytes or more with a clear error, and delivers one of 7999', async () => {
    const channel = freshChannel();
    const a = await hubA.subscribe<{ d: string }>(channel);
    const envelope = JSON.stringify({ d: '' }).length;
    const largest = { d: 'x'.repeat(LIVE_PAYLOAD_MAX_BYTES - envelope) };
    await publishLive(publisher, channel, largest);
    expect((await nextEvent(a)).d).toHaveLength(LIVE_PAYLOAD_MAX_BYTES - envelope);

    const tooBig = { d: 'x'.repeat(LIVE_PAYLOAD_MAX_BYTES - envelope + 1) };
    await expect(publishLive(publisher, channel, tooBig)).rejects.toThrow(
      `Live event on channel "${channel}" is 8000 bytes; NOTIFY payloads must be at most 7999 bytes`,
    );
    // Bytes, not characters: 4,000 Cyrillic letters are 8,000 bytes.
    const cyrillic = publishLive(publisher, channel, { d: 'я'.repeat(4000) });
    await expect(cyrillic).rejects.toBeInstanceOf(LivePayloadTooLargeError);
    await a.return();
  });

  it('refuses channel names that are not plain identifiers', async () => {
    for (const bad of ['Alarms', 'alarms-raised', 'a"; drop table x; --', '', 'x'.repeat(64)]) {
      await expect(hubA.subscribe(bad)).rejects.toThrow(/must be a lower-case identifier/);
      await expect(publishLive(publisher, bad, {})).rejects.toThrow(/must be a lower-case identifier/);
    }
  });

  it('resumes delivery after the listening connection is killed, with a fresh snapshot for the gap', async () => {
    const channel = freshChannel();
    const a = await hubA.subscribe<{ id: string }>(channel, { resume: () => ({ id: 'snapshot' }) });
    const [listener] = await listenerBackends('live-replica-a', channel);
    await publishLive(publisher, channel, { id: 'before' });
    expect(await nextEvent(a)).toEqual({ id: 'before' });

    await admin`select pg_terminate_backend(${listener!.pid})`;
    expect(await nextEvent(a)).toEqual({ id: 'snapshot' });
    const [again] = await listenerBackends('live-replica-a', channel);
    expect(again!.pid).not.toBe(listener!.pid);
    await publishLive(publisher, channel, { id: 'after' });
    expect(await nextEvent(a)).toEqual({ id: 'after' });
    expect(logA.lines().some((l) => l.msg === 'live channel listening again after a lost connection')).toBe(
      true,
    );
    await a.return();
  });

  it('serves a GraphQL subscription and frees the listener when the client stops', async () => {
    const channel = freshChannel();
    const schema = buildSchema(`
      type Query { ok: Boolean }
      type Alarm { id: ID! severity: String! }
      type Subscription { alarmRaised(severity: String): Alarm }
    `);
    const rootValue = {
      alarmRaised: (args: { severity?: string }) =>
        hubA.subscribe<{ alarmRaised: { id: string; severity: string } }>(channel, {
          filter: (e) => !args.severity || e.alarmRaised.severity === args.severity,
        }),
    };
    const result = await subscribe({
      schema,
      rootValue,
      document: parse('subscription { alarmRaised(severity: "CRITICAL") { id } }'),
    });
    if (!(Symbol.asyncIterator in result)) throw new Error(JSON.stringify(result));
    const stream = result as AsyncGenerator<{ data?: unknown }>;
    await publishLive(publisher, channel, { alarmRaised: { id: 'a1', severity: 'MINOR' } });
    await publishLive(publisher, channel, { alarmRaised: { id: 'a2', severity: 'CRITICAL' } });
    expect((await nextEvent(stream)).data).toEqual({ alarmRaised: { id: 'a2' } });
    expect(hubA.subscriberCount(channel)).toBe(1);
    await stream.return(undefined);
    await until(() => hubA.subscriberCount(channel) === 0);
    await until(async () =>
      (await listenerBackends('live-replica-a', channel))[0]?.query.startsWith('unlisten'),
    );
  });
});
