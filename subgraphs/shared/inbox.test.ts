import { and, eq, is, SQL } from 'drizzle-orm';
import { getTableConfig, PgDialect, type PgTable, pgSchema } from 'drizzle-orm/pg-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, memoryLogger } from '../../test/helpers.ts';
import { createDatabase, type Database, type Tx, withTransaction } from './db.ts';
import { EventBus } from './events.ts';
import { type ConsumeOnceOptions, type Consumer, consumeOnce, type InboxEvent, inboxTable } from './inbox.ts';

const testSchema = pgSchema('inbox_test');
const inbox = inboxTable(testSchema);

/** What the consumers of these tests do: append a row, which is visibly doubled if applied twice. */
interface Effect {
  queue: string;
  consumer: string;
  event_id: string;
  value: string;
}

/** The table's DDL read from its Drizzle definition, so the test table cannot drift from `inboxTable`. */
function createTableSql(table: PgTable): string {
  const config = getTableConfig(table);
  const dialect = new PgDialect();
  const columns = config.columns.map((c) => {
    const fallback = is(c.default, SQL) ? ` default ${dialect.sqlToQuery(c.default).sql}` : '';
    return `"${c.name}" ${c.getSQLType()}${c.notNull ? ' not null' : ''}${fallback}`;
  });
  const keys = config.primaryKeys.map(
    (pk) => `constraint "${pk.getName()}" primary key (${pk.columns.map((c) => `"${c.name}"`).join(', ')})`,
  );
  return `create table "${config.schema}"."${config.name}" (${[...columns, ...keys].join(', ')})`;
}

let drop = async () => {};
let url = '';
let database: Database;
let bus: EventBus;
const consumers: Consumer[] = [];
const extraBuses: EventBus[] = [];

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  url = db.url;
  database = createDatabase({ url, max: 10, applicationName: 'inbox-test' });
  await database.sql.unsafe('create schema inbox_test');
  await database.sql.unsafe(createTableSql(inbox));
  await database.sql.unsafe(
    'create table inbox_test.effects (queue text not null, consumer text not null, event_id uuid not null, value text not null)',
  );
  bus = new EventBus(url);
  await bus.start();
});

afterEach(async () => {
  await Promise.all(consumers.splice(0).map((c) => c.stop()));
});

afterAll(async () => {
  await Promise.all(extraBuses.map((b) => b.stop()));
  await bus?.stop();
  await database?.close();
  await drop();
});

let queueNumber = 0;
/** A queue of its own for each test, so tests never see each other's events. */
const freshQueue = () => `test.inbox.q${++queueNumber}`;

async function recordEffect(tx: Tx, consumer: string, event: InboxEvent<{ value: string }>) {
  await tx.sql`insert into inbox_test.effects (queue, consumer, event_id, value)
    values (${event.name}, ${consumer}, ${event.id}, ${event.payload.value})`;
}

async function start(
  queue: string,
  consumer: string,
  extra: Partial<ConsumeOnceOptions<{ value: string }>> = {},
): Promise<Consumer> {
  const c = await consumeOnce<{ value: string }>({
    bus,
    database,
    table: inbox,
    queue,
    consumer,
    handler: (tx, event) => recordEffect(tx, consumer, event),
    pollingIntervalSeconds: 0.5,
    retry: { limit: 3, delaySeconds: 0, backoff: false },
    ...extra,
  });
  consumers.push(c);
  return c;
}

/** Publishes in a committed transaction that also writes, as a service verb would. */
async function publish(queue: string, value: string, on = bus): Promise<void> {
  await withTransaction({ database }, async (tx) => {
    await tx.sql`select 1`;
    await on.publish(tx, queue, { value });
  });
}

async function effects(queue: string, consumer: string): Promise<Effect[]> {
  return database.sql<Effect[]>`
    select queue, consumer, event_id::text, value from inbox_test.effects
    where queue = ${queue} and consumer = ${consumer} order by value`;
}

async function inboxRows(queue: string, consumer: string) {
  return database.db
    .select()
    .from(inbox)
    .where(and(eq(inbox.queue, queue), eq(inbox.consumer, consumer)));
}

/** Every job of a queue, in any state, as pg-boss keeps it. */
async function jobs(queue: string) {
  return bus.boss.findJobs<{ value: string }>(queue);
}

/** Waits until `check` holds (it is retried while it throws or returns false). */
async function until(check: () => Promise<boolean | undefined> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}

/** True once every job of the delivery queue is settled as completed: nothing more will run. */
async function allCompleted(queue: string, count: number): Promise<boolean> {
  const all = await jobs(queue);
  return all.length === count && all.every((j) => j.state === 'completed');
}

describe('consumeOnce', () => {
  it('applies an event published in a committed transaction once', async () => {
    const queue = freshQueue();
    const c = await start(queue, 'alpha');
    await publish(queue, 'one');
    await until(() => allCompleted(c.deliveryQueue, 1));
    expect((await effects(queue, 'alpha')).map((e) => e.value)).toEqual(['one']);
    const rows = await inboxRows(queue, 'alpha');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.queue).toBe(queue);
    expect(rows[0]!.receivedAt.getTime()).toBeLessThanOrEqual(rows[0]!.appliedAt.getTime());
    const [published] = await jobs(queue);
    expect(rows[0]!.eventId).toBe(published!.id);
  });

  it('never delivers an event whose publishing transaction rolled back', async () => {
    const queue = freshQueue();
    const c = await start(queue, 'alpha');
    await expect(
      withTransaction({ database }, async (tx) => {
        await bus.publish(tx, queue, { value: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // An event published after it is delivered, so the rolled-back one had every chance to be.
    await publish(queue, 'after');
    await until(() => allCompleted(c.deliveryQueue, 1));
    expect((await effects(queue, 'alpha')).map((e) => e.value)).toEqual(['after']);
    expect((await jobs(queue)).map((j) => j.data.value)).toEqual(['after']);
  });

  it('applies an event once when pg-boss delivers it again after the effect committed', async () => {
    const queue = freshQueue();
    const seen: { attempt: number; applied: boolean }[] = [];
    const c = await start(queue, 'alpha', {
      afterCommit: (event, applied) => {
        seen.push({ attempt: event.attempt, applied });
        // The process "dies" between the commit and pg-boss recording the completion.
        if (event.attempt === 1) throw new Error('lost before completion');
      },
    });
    await publish(queue, 'once');
    await until(() => allCompleted(c.deliveryQueue, 1));
    expect(seen).toEqual([
      { attempt: 1, applied: true },
      { attempt: 2, applied: false },
    ]);
    const [delivered] = await jobs(c.deliveryQueue);
    expect(delivered!.retryCount).toBe(1);
    expect(await effects(queue, 'alpha')).toHaveLength(1);
    expect(await inboxRows(queue, 'alpha')).toHaveLength(1);
  });

  it('rolls back a failed handler with its partial effect and applies the event once a retry succeeds', async () => {
    const queue = freshQueue();
    const attempts: number[] = [];
    const { logger, lines } = memoryLogger();
    const c = await start(queue, 'alpha', {
      logger,
      handler: async (tx, event) => {
        attempts.push(event.attempt);
        await recordEffect(tx, 'alpha', event);
        if (event.attempt < 3) throw new Error(`transient failure ${event.attempt}`);
      },
    });
    await publish(queue, 'eventually');
    await until(() => allCompleted(c.deliveryQueue, 1));
    expect(attempts).toEqual([1, 2, 3]);
    expect(await effects(queue, 'alpha')).toHaveLength(1);
    expect(await inboxRows(queue, 'alpha')).toHaveLength(1);
    expect(lines().filter((l) => l.msg === 'event handler failed; it will be retried')).toHaveLength(2);
  });

  it('dead-letters an event that fails every retry, logs it, and keeps applying the others', async () => {
    const queue = freshQueue();
    const { logger, lines } = memoryLogger();
    const c = await start(queue, 'alpha', {
      logger,
      retry: { limit: 2, delaySeconds: 0, backoff: false },
      handler: async (tx, event) => {
        if (event.payload.value === 'poison') throw new Error('cannot apply this event');
        await recordEffect(tx, 'alpha', event);
      },
    });
    await publish(queue, 'poison');
    await publish(queue, 'good');
    await until(async () => (await jobs(c.deadLetterQueue)).length === 1);
    await until(async () => (await effects(queue, 'alpha')).length === 1);
    const [dead] = await jobs(c.deadLetterQueue);
    expect(dead!.data.value).toBe('poison');
    const poisoned = (await jobs(c.deliveryQueue)).find((j) => j.data.value === 'poison');
    expect(poisoned!.state).toBe('failed');
    expect(poisoned!.retryCount).toBe(2);
    expect((await effects(queue, 'alpha')).map((e) => e.value)).toEqual(['good']);
    expect(await inboxRows(queue, 'alpha')).toHaveLength(1);
    const logged = lines().find((l) => l.msg === 'event failed every retry; dead-lettered');
    expect(logged).toMatchObject({ level: 50, queue, consumer: 'alpha', error: 'cannot apply this event' });
  });

  it('gives every consumer of a queue each event once', async () => {
    const queue = freshQueue();
    const alpha = await start(queue, 'alpha');
    const beta = await start(queue, 'beta');
    for (const value of ['e1', 'e2', 'e3']) await publish(queue, value);
    await until(() => allCompleted(alpha.deliveryQueue, 3));
    await until(() => allCompleted(beta.deliveryQueue, 3));
    const a = await effects(queue, 'alpha');
    const b = await effects(queue, 'beta');
    expect(a.map((e) => e.value)).toEqual(['e1', 'e2', 'e3']);
    expect(b.map((e) => e.value)).toEqual(['e1', 'e2', 'e3']);
    // One event, one identity, whichever consumer applied it.
    expect(b.map((e) => e.event_id)).toEqual(a.map((e) => e.event_id));
  });

  it('applies an event published before its consumer started, and one published while it was stopped', async () => {
    const queue = freshQueue();
    await publish(queue, 'early');
    const first = await start(queue, 'alpha');
    await until(async () => (await effects(queue, 'alpha')).length === 1);
    await first.stop();
    await publish(queue, 'while-stopped');
    await new Promise((r) => setTimeout(r, 700));
    expect(await effects(queue, 'alpha')).toHaveLength(1);
    const second = await start(queue, 'alpha');
    await until(() => allCompleted(second.deliveryQueue, 2));
    expect((await effects(queue, 'alpha')).map((e) => e.value)).toEqual(['early', 'while-stopped']);
  });

  it('applies each of 200 concurrently published events once across two replicas of a consumer', async () => {
    const queue = freshQueue();
    // A second replica: its own pg-boss pool and its own connection pool, competing for the same jobs.
    const replicaBus = new EventBus(url);
    extraBuses.push(replicaBus);
    const replicaDb = createDatabase({ url, max: 4, applicationName: 'inbox-test-replica' });
    try {
      const a = await start(queue, 'swarm');
      const b = await consumeOnce<{ value: string }>({
        bus: replicaBus,
        database: replicaDb,
        table: inbox,
        queue,
        consumer: 'swarm',
        handler: (tx, event) => recordEffect(tx, 'swarm', event),
        pollingIntervalSeconds: 0.5,
      });
      consumers.push(b);
      const values = Array.from({ length: 200 }, (_, i) => `v${String(i).padStart(3, '0')}`);
      await Promise.all(values.map((v, i) => publish(queue, v, i % 2 === 0 ? bus : replicaBus)));
      await until(() => allCompleted(a.deliveryQueue, 200), 30_000);
      const rows = await effects(queue, 'swarm');
      expect(rows.map((e) => e.value)).toEqual(values);
      expect(new Set(rows.map((e) => e.event_id)).size).toBe(200);
      expect(await inboxRows(queue, 'swarm')).toHaveLength(200);
    } finally {
      await Promise.all(consumers.splice(0).map((c) => c.stop()));
      await replicaDb.close();
    }
  });

  it('refuses consumer names that would collide with its queues', async () => {
    const handler = async () => {};
    const base = { bus, database, table: inbox, queue: freshQueue(), handler };
    await expect(consumeOnce({ ...base, consumer: 'dead-letter' })).rejects.toThrow(/must match/);
    await expect(consumeOnce({ ...base, consumer: 'a/b' })).rejects.toThrow(/must match/);
    await expect(consumeOnce({ ...base, consumer: 'ok', queue: 'bad queue' })).rejects.toThrow(/may contain/);
  });
});
