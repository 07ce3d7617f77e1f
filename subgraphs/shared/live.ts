import type postgres from 'postgres';
import type { Logger } from './logger.ts';

/**
 * Live events for GraphQL subscriptions on PostgreSQL LISTEN/NOTIFY: a change publishes a small JSON
 * event on a channel in its own transaction, and every replica of every subgraph listening on that
 * channel receives it after the commit. PostgreSQL delivers notifications only when the transaction
 * commits, never on rollback, in commit order; identical payloads on one channel in one transaction
 * are delivered once. Delivery is at most once: a notification sent while a listener's connection is
 * down is lost (see `resume`), so events carry ids and small state and subscribers load the rest.
 */

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (in its default build). */
export const LIVE_PAYLOAD_MAX_BYTES = 7999;

/**
 * Subscribers' default buffer: events received and not yet pulled by the subscriber. Notifications
 * committed together arrive together (one socket read dispatches them before any subscriber runs), so
 * the bound must cover the largest burst a healthy subscriber should survive.
 */
export const LIVE_BUFFER_DEFAULT = 1024;

const CHANNEL = /^[a-z_][a-z0-9_]*$/;
const IDENTIFIER_MAX_BYTES = 63;

/**
 * Refuses anything but a plain lower-case identifier up to 63 bytes (PostgreSQL would silently
 * truncate a longer one, so two long names could share a channel).
 */
export function assertLiveChannel(channel: string): void {
  if (!CHANNEL.test(channel) || channel.length > IDENTIFIER_MAX_BYTES) {
    throw new Error(
      `Live channel "${channel}" must be a lower-case identifier (letters, digits, "_") of at most ${IDENTIFIER_MAX_BYTES} characters`,
    );
  }
}

/** A live event too big for NOTIFY; the message says what to send instead. */
export class LivePayloadTooLargeError extends Error {
  readonly bytes: number;
  constructor(channel: string, bytes: number) {
    super(
      `Live event on channel "${channel}" is ${bytes} bytes; NOTIFY payloads must be at most ${LIVE_PAYLOAD_MAX_BYTES} bytes. Send ids and small state, and let subscribers load the rest`,
    );
    this.name = 'LivePayloadTooLargeError';
    this.bytes = bytes;
  }
}

/**
 * Publishes `payload` as JSON on `channel` in the caller's transaction (or at once, given a pool):
 * subscribers see it when and only if that transaction commits.
 */
export async function publishLive(
  tx: { sql: postgres.Sql | postgres.TransactionSql },
  channel: string,
  payload: object,
): Promise<void> {
  assertLiveChannel(channel);
  const text = JSON.stringify(payload);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIVE_PAYLOAD_MAX_BYTES) throw new LivePayloadTooLargeError(channel, bytes);
  await tx.sql`select pg_notify(${channel}, ${text})`;
}

/** A subscriber that did not keep up: its buffer filled, so it was closed rather than fed out of order. */
export class LiveOverflowError extends Error {
  constructor(channel: string, bound: number) {
    super(
      `Live subscription to "${channel}" fell more than ${bound} events behind and was closed; subscribe again`,
    );
    this.name = 'LiveOverflowError';
  }
}

/** Subscribers of a channel share each parsed event: treat it as read-only. */
export interface LiveSubscribeOptions<T> {
  /** Keeps only the events this subscriber wants; others never take buffer space. */
  filter?: (event: T) => boolean;
  /** Most events held for this subscriber before it is closed with a `LiveOverflowError`. */
  bufferSize?: number;
  /**
   * Called when the channel listens again after its connection was lost: events published meanwhile
   * were missed, so a value returned here (a fresh snapshot, say) is delivered in their place.
   */
  resume?: () => T | undefined | Promise<T | undefined>;
}

/**
 * One subscriber's stream, for a GraphQL `subscribe` resolver: `return()` (called by graphql-ws when
 * the client stops) unsubscribes, and the channel's LISTEN ends with its last subscriber.
 */
export interface LiveSubscription<T> extends AsyncIterableIterator<T> {
  readonly channel: string;
  /** Events received and not yet pulled; never more than the buffer size. */
  readonly pending: number;
  return(): Promise<IteratorResult<T, undefined>>;
}

interface Subscriber {
  push(event: unknown): void;
  resumed(): void;
  end(): Promise<void>;
}

interface ChannelState {
  subscribers: Set<Subscriber>;
  /** Resolves once LISTEN is in force, to the handle that ends it. */
  listening: Promise<{ unlisten(): Promise<void> }>;
  listens: number;
}

/**
 * The live channels of one process: one LISTEN per channel, on the pool's single listening connection
 * (postgres.js keeps one per pool for all channels), shared by all its subscribers. postgres.js
 * reconnects that connection after it is lost and issues LISTEN again; subscribers are told through
 * `resume`. Create one per process and database, next to its `Database`; closing the pool ends it.
 *
 * Each subscriber has a bounded buffer. A subscriber that falls behind by more than its bound is closed
 * with a `LiveOverflowError` (and its buffer freed) instead of silently losing events, so a client sees
 * an error, resubscribes and reloads; the other subscribers are not held back.
 */
export class LiveHub {
  private readonly sql: postgres.Sql;
  private readonly logger: Logger | undefined;
  private readonly channels = new Map<string, ChannelState>();
  private closed = false;

  constructor(database: { sql: postgres.Sql }, options: { logger?: Logger } = {}) {
    this.sql = database.sql;
    this.logger = options.logger;
  }

  /** Subscribers of `channel` in this process. */
  subscriberCount(channel: string): number {
    return this.channels.get(channel)?.subscribers.size ?? 0;
  }

  /** Resolves once LISTEN is in force, so no event committed after that is missed. */
  async subscribe<T>(channel: string, options: LiveSubscribeOptions<T> = {}): Promise<LiveSubscription<T>> {
    assertLiveChannel(channel);
    if (this.closed) throw new Error('The live hub is closed');
    const bound = options.bufferSize ?? LIVE_BUFFER_DEFAULT;
    if (!Number.isInteger(bound) || bound < 1) throw new Error('bufferSize must be a positive integer');

    const buffer: T[] = [];
    const waiting: { resolve(r: IteratorResult<T, undefined>): void; reject(e: unknown): void }[] = [];
    let failure: unknown;
    let done = false;

    const state = this.channelState(channel);
    const finish = async () => {
      if (done) return;
      done = true;
      buffer.length = 0;
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      await this.leave(channel, state, subscriber);
    };
    const fail = (error: unknown) => {
      if (done) return;
      if (waiting.length > 0) {
        for (const w of waiting.splice(0)) w.reject(error);
      } else {
        failure = error;
      }
      void finish();
    };
    const deliver = (event: T) => {
      if (done) return;
      try {
        if (options.filter && !options.filter(event)) return;
      } catch (error) {
        fail(error);
        return;
      }
      const next = waiting.shift();
      if (next) next.resolve({ value: event, done: false });
      else if (buffer.length < bound) buffer.push(event);
      else fail(new LiveOverflowError(channel, bound));
    };
    const subscriber: Subscriber = {
      push: (event) => deliver(event as T),
      resumed: () => {
        if (!options.resume) return;
        Promise.resolve()
          .then(options.resume)
          .then((value) => value !== undefined && deliver(value), fail);
      },
      end: finish,
    };
    state.subscribers.add(subscriber);
    try {
      await state.listening;
    } catch (error) {
      state.subscribers.delete(subscriber);
      throw error;
    }

    const iterator: LiveSubscription<T> = {
      channel,
      get pending() {
        return buffer.length;
      },
      next: () => {
        if (failure !== undefined) {
          const error = failure;
          failure = undefined;
          return Promise.reject(error);
        }
        const value = buffer.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return: async () => {
        await finish();
        return { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Ends every subscription (as if each returned) and every LISTEN; the pool itself stays open. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.channels.values()].flatMap((s) => [...s.subscribers]);
    await Promise.all(all.map((s) => s.end()));
  }

  private channelState(channel: string): ChannelState {
    const existing = this.channels.get(channel);
    if (existing) return existing;
    const state = { subscribers: new Set(), listens: 0 } as ChannelState;
    state.listening = this.sql.listen(
      channel,
      (text) => this.dispatch(channel, state, text),
      () => {
        // postgres.js calls this after every LISTEN it issues: once at start, again after each reconnect.
        state.listens += 1;
        if (state.listens === 1) return;
        this.logger?.warn({ channel }, 'live channel listening again after a lost connection');
        for (const s of state.subscribers) s.resumed();
      },
    );
    state.listening.catch(() => {
      if (this.channels.get(channel) === state) this.channels.delete(channel);
    });
    this.channels.set(channel, state);
    return state;
  }

  private dispatch(channel: string, state: ChannelState, text: string): void {
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      this.logger?.warn({ channel, bytes: text.length }, 'live channel ignored a payload that is not JSON');
      return;
    }
    for (const s of state.subscribers) s.push(event);
  }

  private async leave(channel: string, state: ChannelState, subscriber: Subscriber): Promise<void> {
    state.subscribers.delete(subscriber);
    if (state.subscribers.size > 0 || this.channels.get(channel) !== state) return;
    this.channels.delete(channel);
    // A subscriber arriving meanwhile gets a new state whose LISTEN postgres.js orders after this
    // UNLISTEN on the same connection, or joins the LISTEN still in force.
    const handle = await state.listening.catch(() => undefined);
    await handle?.unlisten();
  }
}
