import { PgBoss } from 'pg-boss';
import type { Tx } from './db.ts';
import type { Logger } from './logger.ts';

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
    await this.boss.send(name, payload, {
      db: {
        executeSql: async (text: string, values?: unknown[]) => ({
          rows: await tx.sql.unsafe(text, (values ?? []) as never[]),
        }),
      },
    });
  }

  /** Publishes many events of one queue in `tx` with one statement (a whole import's changes). */
  async publishMany(tx: Tx, name: string, payloads: readonly object[]): Promise<void> {
    if (!payloads.length) return;
    await this.ensureQueue(name);
    await this.boss.insert(
      name,
      payloads.map((data) => ({ data })),
      {
        db: {
          executeSql: async (text: string, values?: unknown[]) => ({
            rows: await tx.sql.unsafe(text, (values ?? []) as never[]),
          }),
        },
      },
    );
  }

  /** Subscribes a handler to a queue; the handler must tolerate seeing the same event twice. */
  async consume<T extends object>(name: string, handler: (payload: T) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(name, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }
}
