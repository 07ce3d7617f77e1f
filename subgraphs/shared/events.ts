import { PgBoss } from 'pg-boss';
import type { Fragment, Tx } from './db.ts';
import type { Logger } from './logger.ts';

/**
 * pg-boss's statements run on the caller's transaction, prepared: a queue's insert is the same text for
 * every event (about 3 KB of SQL), so each connection parses and plans it once instead of every time.
 */
const onTransaction = (tx: Tx) => ({
  executeSql: async (text: string, values?: unknown[]) => ({
    rows: await tx.sql.unsafe(text, (values ?? []) as never[], { prepare: true }),
  }),
});

/**
 * Domain events between modules (`catalog.item.changed`, …), carried by pg-boss on the same PostgreSQL.
 * `publish` writes the job with the caller's transaction, so an event exists exactly when the change
 * that caused it committed. Consumers must be idempotent (at-least-once delivery).
 */
export class EventBus {
  readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private started = false;

  constructor(connectionString: string, logger?: Logger) {
    this.boss = new PgBoss({ connectionString, max: 2, schedule: false, supervise: true });
    this.boss.on('error', (error) => {
      // 57P01: the server is shutting down (Ctrl-C reaches PostgreSQL too); not a fault of ours.
      const level = (error as { code?: string }).code === '57P01' ? 'warn' : 'error';
      logger?.[level]({ error: error.message }, 'event bus error');
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.start();
    await this.boss.createQueue(name);
    this.queues.add(name);
  }

  /** Publishes in `tx`: rolled back with it, visible to consumers only once it commits. */
  async publish(tx: Tx, name: string, payload: object): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.send(name, payload, { db: onTransaction(tx) });
  }

  /** Publishes many events of one queue in `tx` with one statement (a whole import's changes). */
  async publishMany(tx: Tx, name: string, payloads: readonly object[]): Promise<void> {
    if (!payloads.length) return;
    await this.ensureQueue(name);
    await this.boss.insert(
      name,
      payloads.map((data) => ({ data })),
      { db: onTransaction(tx) },
    );
  }

  /**
   * The insert `publishMany` sends, as a fragment of the caller's own statement (a part of
   * `inOneStatement`): a change and its events written by one statement. pg-boss builds the insert as
   * for `publishMany`, so the job rows are the same. Null when pg-boss's insert for this queue cannot
   * stand inside a WITH (a queue that notifies its workers is a WITH itself): publish it on its own then.
   * (Wrapped in an object: a promise resolved with a query would run it.)
   */
  async insertFragment(
    tx: Tx,
    name: string,
    payloads: readonly object[],
  ): Promise<{ insert: Fragment } | null> {
    if (!payloads.length) return null;
    await this.ensureQueue(name);
    let built: { text: string; values: unknown[] } | undefined;
    await this.boss.insert(
      name,
      payloads.map((data) => ({ data })),
      {
        db: {
          executeSql: async (text: string, values?: unknown[]) => {
            built = { text, values: values ?? [] };
            return { rows: [] };
          },
        },
      },
    );
    if (!built || !/^\s*insert\s/i.test(built.text) || built.values.length !== 1) return null;
    const parts = built.text.split('$1');
    if (parts.length !== 2 || /\$\d/.test(built.text.replace('$1', ''))) return null;
    const sql = tx.sql;
    return {
      insert: sql`${sql.unsafe(parts[0] as string)}${built.values[0] as string}${sql.unsafe(parts[1] as string)}`,
    };
  }

  /** Subscribes a handler to a queue; the handler must tolerate seeing the same event twice. */
  async consume<T extends object>(name: string, handler: (payload: T) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(name, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }
}
