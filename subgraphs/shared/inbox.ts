import type { PgSchema } from 'drizzle-orm/pg-core';
import { primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { JobResult, JobWithMetadata, PgBoss, Queue } from 'pg-boss';
import { moment } from './columns.ts';
import { type Database, type Tx, withTransaction } from './db.ts';
import type { EventBus } from './events.ts';
import type { Logger } from './logger.ts';

/**
 * The events one subgraph has applied, one row per (consumer, event). A row is written in the same
 * transaction as the consumer's effect, so "the row exists" and "the effect is committed" are one fact;
 * a redelivered event finds its row and changes nothing. Rows are never updated. `received_at` is when
 * the event reached the consumer's delivery queue, `applied_at` the applying transaction's time.
 */
export function inboxTable(schema: PgSchema) {
  return schema.table(
    'event_inbox',
    {
      consumer: text('consumer').notNull(),
      eventId: uuid('event_id').notNull(),
      queue: text('queue').notNull(),
      receivedAt: moment('received_at').notNull(),
      appliedAt: moment('applied_at').notNull().defaultNow(),
    },
    (t) => [primaryKey({ name: 'event_inbox_pk', columns: [t.consumer, t.eventId] })],
  );
}

export type InboxTable = ReturnType<typeof inboxTable>;

/** One delivered domain event as a consumer's handler sees it. */
export interface InboxEvent<T> {
  /** The event's identity: the same for every consumer and every redelivery (the inbox key). */
  id: string;
  /** The event (and queue) name, e.g. `warehouse.document.posted`. */
  name: string;
  payload: T;
  /** 1 on the first delivery to this consumer, then 2, 3… on retries. */
  attempt: number;
}

/** How often and how patiently a failed delivery is tried again before it is dead-lettered. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** Seconds before the first retry. */
  delaySeconds: number;
  /** Doubles the delay at each retry (with jitter), up to `maxDelaySeconds`. */
  backoff: boolean;
  maxDelaySeconds: number;
}

/** A few retries, a second apart and then further, capped at five minutes. */
export const DEFAULT_RETRY: RetryPolicy = { limit: 5, delaySeconds: 1, backoff: true, maxDelaySeconds: 300 };

export interface ConsumeOnceOptions<T> {
  bus: EventBus;
  /** The consumer's own database: the inbox row and the handler's effect commit in one of its transactions. */
  database: Database;
  table: InboxTable;
  /** The event name the publisher used with `EventBus.publish`. */
  queue: string;
  /** Who applies it, e.g. `assets`; each consumer name gets every event once. */
  consumer: string;
  /** Applies the event inside `tx`; throwing rolls back everything it did and schedules a retry. */
  handler: (tx: Tx, event: InboxEvent<T>) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** Idle polling of pg-boss, in seconds (pg-boss refuses less than 0.5). */
  pollingIntervalSeconds?: number;
  /** Events fetched at once; each still gets its own transaction. */
  batchSize?: number;
  /** Seconds a delivery may take before pg-boss gives it to another attempt. */
  timeoutSeconds?: number;
  logger?: Logger;
  /**
   * Runs after the event's transaction committed and before pg-boss records the delivery as done. A
   * throw here leaves the job to be delivered again: exactly the window the inbox exists for, which
   * tests open on purpose with this hook.
   */
  afterCommit?: (event: InboxEvent<T>, applied: boolean) => void | Promise<void>;
}

/** A registered consumer. */
export interface Consumer {
  readonly queue: string;
  readonly consumer: string;
  /** The pg-boss queue holding this consumer's copy of each event. */
  readonly deliveryQueue: string;
  /** Where an event that failed every retry ends, for an operator to inspect and redrive. */
  readonly deadLetterQueue: string;
  /**
   * Stops fetching and waits for the deliveries in progress. The subscription stays: events keep
   * collecting in the delivery queue for the next start, on this replica or another.
   */
  stop(): Promise<void>;
}

const NAME = /^[a-z][a-z0-9_-]*$/;
const DEAD_LETTER = 'dead-letter';
const DEAD_LETTER_RETENTION_SECONDS = 90 * 24 * 3600;

/** The fan-out worker of one event queue in this process, shared by its local consumers. */
interface Relay {
  ready: Promise<string>;
  consumers: Set<{ workerId: string }>;
}

const relaysByBoss = new WeakMap<PgBoss, Map<string, Relay>>();

/**
 * Registers `handler` as consumer `consumer` of the events published on `queue`, applying each event
 * exactly once per consumer although pg-boss delivers at least once.
 *
 * pg-boss hands each job of a queue to one worker, so events are fanned out: the consumer gets its
 * own delivery queue (`<queue>/<consumer>`), subscribed to the event, and a relay worker on the event
 * queue copies each job into every subscribed delivery queue under the job's own id. A job waits in the
 * event queue until a relay runs, so an event published before any consumer started is not lost, and a
 * copy made twice (the relay retried) is the same job id, ignored by pg-boss or, once completed, by
 * the inbox.
 *
 * Each delivery runs in its own transaction on `database`: the inbox row is claimed with
 * `insert … on conflict do nothing`, the handler runs only when the claim is new, and both commit
 * together. pg-boss learns of the completion after that commit; if it never does (a crash, a lost
 * connection), the job is delivered again and finds its row. A concurrent duplicate blocks on the
 * primary key until the first commits, then finds the row too. A handler failure rolls back both and
 * pg-boss retries under the retry policy; an event that fails every retry goes to the dead-letter queue
 * and is logged, and the queue carries on with the next events. Events are not ordered. A new consumer
 * name receives the events relayed after its first registration; older ones are not replayed.
 */
export async function consumeOnce<T extends object>(options: ConsumeOnceOptions<T>): Promise<Consumer> {
  const { bus, database, table, queue, consumer, handler, logger, afterCommit } = options;
  if (!NAME.test(consumer) || consumer === DEAD_LETTER) {
    throw new Error(`Consumer name "${consumer}" must match ${NAME} and not be "${DEAD_LETTER}"`);
  }
  if (!/^[\w.-]+$/.test(queue)) {
    throw new Error(`Event queue "${queue}" may contain letters, digits, "_", "-" and "." only`);
  }
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  const batchSize = options.batchSize ?? 20;
  const deliveryQueue = `${queue}/${consumer}`;
  const deadLetterQueue = `${deliveryQueue}/${DEAD_LETTER}`;
  const policy: Omit<Queue, 'name'> = {
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    retryBackoff: retry.backoff,
    // pg-boss refuses a maximum delay without backoff.
    ...(retry.backoff ? { retryDelayMax: retry.maxDelaySeconds } : {}),
    expireInSeconds: options.timeoutSeconds ?? 120,
  };

  await bus.start();
  const boss = bus.boss;
  await ensureQueue(boss, `${queue}/${DEAD_LETTER}`, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
  // The event queue may already exist with pg-boss's defaults (created by the publisher); a relay
  // that gave up after two quick failures would lose the event for every consumer.
  await ensureQueue(boss, queue, { ...DEFAULT_RELAY_POLICY, deadLetter: `${queue}/${DEAD_LETTER}` });
  await ensureQueue(boss, deadLetterQueue, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
  await ensureQueue(boss, deliveryQueue, { ...policy, deadLetter: deadLetterQueue });
  await boss.subscribe(queue, deliveryQueue);

  const deliver = async (job: JobWithMetadata<T>): Promise<boolean> => {
    const event: InboxEvent<T> = {
      // A redriven dead letter is a new job whose root is the event's first job.
      id: job.sourceRootId ?? job.id,
      name: queue,
      payload: job.data,
      attempt: job.retryCount + 1,
    };
    const applied = await withTransaction({ database }, async (tx) => {
      const claimed = await tx.db
        .insert(table)
        .values({ consumer, eventId: event.id, queue, receivedAt: job.createdOn })
        .onConflictDoNothing()
        .returning({ eventId: table.eventId });
      if (claimed.length === 0) return false;
      await handler(tx, event);
      return true;
    });
    await afterCommit?.(event, applied);
    return applied;
  };

  const workerId = await boss.work<T, unknown, WorkSettings>(
    deliveryQueue,
    { ...workSettings(batchSize, pollingIntervalSeconds), includeMetadata: true, perJobResults: true },
    async (jobs) => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          const applied = await deliver(job);
          results.push({ id: job.id, status: 'completed', output: { applied } });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const final = job.retryCount >= job.retryLimit;
          const fields = {
            queue,
            consumer,
            eventId: job.sourceRootId ?? job.id,
            attempt: job.retryCount + 1,
          };
          if (final) {
            logger?.error(
              { ...fields, error: message, deadLetterQueue },
              'event failed every retry; dead-lettered',
            );
          } else {
            logger?.warn({ ...fields, error: message }, 'event handler failed; it will be retried');
          }
          results.push({ id: job.id, status: 'failed', output: { message } });
        }
      }
      return results;
    },
  );

  const local = { workerId };
  const relay = startRelay(boss, queue, { batchSize, pollingIntervalSeconds, logger });
  relay.consumers.add(local);
  try {
    await relay.ready;
  } catch (error) {
    relay.consumers.delete(local);
    await boss.offWork(deliveryQueue, { id: workerId, wait: true });
    throw error;
  }

  let stopped = false;
  return {
    queue,
    consumer,
    deliveryQueue,
    deadLetterQueue,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await boss.offWork(deliveryQueue, { id: workerId, wait: true });
      relay.consumers.delete(local);
      if (relay.consumers.size === 0) {
        const relays = relaysByBoss.get(boss);
        if (relays?.get(queue) === relay) relays.delete(queue);
        await boss.offWork(queue, { id: await relay.ready, wait: true });
      }
    },
  };
}

/** The relay's own retries: only database faults fail it, so be patient rather than quick. */
const DEFAULT_RELAY_POLICY: Omit<Queue, 'name'> = {
  retryLimit: 10,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 300,
};

type WorkSettings = {
  batchSize: number;
  pollingIntervalSeconds: number;
  burstWhenBatchFull: boolean;
  includeMetadata: true;
  perJobResults: true;
};

function workSettings(batchSize: number, pollingIntervalSeconds: number) {
  // A full batch says more are waiting: fetch again at once instead of after a polling interval.
  return { batchSize, pollingIntervalSeconds, burstWhenBatchFull: true };
}

/** Creates a queue or, when it exists, brings its policy up to what the code says now. */
async function ensureQueue(boss: PgBoss, name: string, policy: Omit<Queue, 'name'>): Promise<void> {
  await boss.createQueue(name, policy);
  // Absent options are cleared, not kept, so a policy removed from the code goes from the queue too.
  await boss.updateQueue(name, {
    ...policy,
    retryDelayMax: policy.retryDelayMax ?? null,
    deadLetter: policy.deadLetter ?? null,
  });
}

/**
 * One relay per event queue and process. Several processes each run one; pg-boss gives each event job
 * to one of them.
 */
function startRelay(
  boss: PgBoss,
  queue: string,
  settings: { batchSize: number; pollingIntervalSeconds: number; logger: Logger | undefined },
): Relay {
  let relays = relaysByBoss.get(boss);
  if (!relays) {
    const fresh = new Map<string, Relay>();
    relays = fresh;
    relaysByBoss.set(boss, fresh);
    // A stopped pg-boss has stopped every worker; a restarted one needs its relays started again.
    boss.once('stopped', () => relaysByBoss.delete(boss));
  }
  const existing = relays.get(queue);
  if (existing) return existing;
  const consumers = new Set<{ workerId: string }>();
  const ready = boss.work<object>(
    queue,
    { ...workSettings(settings.batchSize * 5, settings.pollingIntervalSeconds) },
    async (jobs) => {
      try {
        // `publish` sends to every subscribed delivery queue; the job id makes a repeated copy a no-op.
        for (const job of jobs) await boss.publish(queue, job.data, { id: job.id });
      } catch (error) {
        settings.logger?.warn(
          { queue, error: error instanceof Error ? error.message : String(error) },
          'event relay failed; it will be retried',
        );
        throw error;
      }
      // The copies are committed: wake this process's consumers instead of waiting for their next poll.
      for (const local of consumers) boss.notifyWorker(local.workerId);
    },
  );
  const relay: Relay = { ready, consumers };
  relays.set(queue, relay);
  ready.catch(() => {
    if (relays.get(queue) === relay) relays.delete(queue);
  });
  return relay;
}
