import { type Client, createClient, type ExecutionResult } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { Actor } from '../subgraphs/shared/auth.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import { upstreamConnections, upstreamSubscriptions } from '../subgraphs/shared/metrics.ts';

/** What an upstream subscription tells the gateway: its events, and its end. */
export interface UpstreamListener {
  next(result: ExecutionResult): void;
  /** The subgraph refused or ended it with errors (never for a lost connection: that is retried). */
  error(errors: readonly unknown[]): void;
  complete(): void;
}

export interface UpstreamRequest {
  subgraph: string;
  url: string;
  actor: Actor;
  query: string;
  variables: Record<string, unknown>;
}

/** How often a connection's internal token is refreshed while it is open (internal tokens live 60 s). */
const TOKEN_REFRESH_MS = 15_000;
/** The longest wait between two reconnection attempts to a subgraph that went away. */
const MAX_RETRY_WAIT_MS = 2_000;

/** The caller's identity as the internal token states it: subject, roles and scopes. */
export const identityOf = (actor: Actor): string =>
  JSON.stringify([actor.id, [...actor.roles].sort(), [...actor.scopes].sort()]);

interface Connection {
  client: Client;
  /** The current `Bearer …` for this identity, kept fresh while the connection lives. */
  bearer: string;
  refresh: NodeJS.Timeout;
  subscriptions: number;
}

interface Shared {
  listeners: Set<UpstreamListener>;
  stop: () => void;
}

/**
 * The gateway's graphql-ws connections to subgraphs: one socket per subgraph and caller identity however
 * many subscriptions run on it, and one upstream subscription per identical operation (same subgraph,
 * identity, text and variables) however many listeners it has. The last listener to leave completes it
 * upstream; the last subscription on a socket closes it.
 *
 * A subgraph that restarts or drops the socket is reconnected to without end (waits of at most 2 s) and
 * every subscription on it is sent again: the listeners see no end, only the events after the gap.
 * Each connection carries the identity's internal token in its parameters, and each subscribe message
 * the current one in `extensions.authorization` (read when the message is sent, so a resubscription after
 * a reconnect carries a fresh token, never the one the subscription began with).
 */
export function upstreamPool(opts: {
  issueInternalToken: (actor: Actor) => Promise<string>;
  logger: Logger;
}) {
  const connections = new Map<string, Promise<Connection>>();
  const shared = new Map<string, Shared>();

  const connect = (key: string, url: string, actor: Actor, subgraph: string): Promise<Connection> => {
    let made = connections.get(key);
    if (made) return made;
    made = (async () => {
      const connection = {
        bearer: `Bearer ${await opts.issueInternalToken(actor)}`,
        subscriptions: 0,
      } as Connection;
      connection.refresh = setInterval(async () => {
        connection.bearer = `Bearer ${await opts.issueInternalToken(actor)}`;
      }, TOKEN_REFRESH_MS);
      connection.refresh.unref();
      let open = false;
      connection.client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 0,
        keepAlive: 10_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (retries) => {
          const wait = Math.min(MAX_RETRY_WAIT_MS, 100 * 2 ** retries) * (0.5 + Math.random() / 2);
          await new Promise((resolve) => setTimeout(resolve, wait));
        },
        connectionParams: async () => {
          connection.bearer = `Bearer ${await opts.issueInternalToken(actor)}`;
          return { authorization: connection.bearer };
        },
        on: {
          connected: () => {
            open = true;
            upstreamConnections.inc({ subgraph });
          },
          closed: () => {
            if (open) upstreamConnections.dec({ subgraph });
            open = false;
          },
          error: (error) => opts.logger.debug({ err: error, subgraph }, 'upstream socket error'),
        },
      });
      return connection;
    })();
    connections.set(key, made);
    return made;
  };

  const release = async (key: string) => {
    const connection = await connections.get(key);
    if (!connection) return;
    connection.subscriptions -= 1;
    if (connection.subscriptions > 0) return;
    connections.delete(key);
    clearInterval(connection.refresh);
    await disposeQuietly(connection.client);
  };

  return {
    /**
     * Listens to an upstream subscription, starting it if no identical one runs. Returns what stops
     * listening (the subscription is completed upstream once nobody listens).
     */
    subscribe(request: UpstreamRequest, listener: UpstreamListener): () => void {
      const connectionKey = `${request.subgraph}\n${identityOf(request.actor)}`;
      const key = `${connectionKey}\n${request.query}\n${JSON.stringify(request.variables)}`;
      let entry = shared.get(key);
      if (!entry) {
        const listeners = new Set<UpstreamListener>();
        let stopped = false;
        let unsubscribe: (() => void) | null = null;
        const end = (notify: (l: UpstreamListener) => void) => {
          if (shared.get(key)?.listeners === listeners) shared.delete(key);
          for (const l of [...listeners]) notify(l);
          listeners.clear();
        };
        const created: Shared = {
          listeners,
          stop: () => {
            stopped = true;
            if (shared.get(key) === created) shared.delete(key);
            unsubscribe?.();
          },
        };
        entry = created;
        shared.set(key, entry);
        upstreamSubscriptions.inc({ subgraph: request.subgraph });
        const connected = connect(connectionKey, request.url, request.actor, request.subgraph);
        connected.catch((error) => opts.logger.error({ err: error }, 'upstream connection failed'));
        void connected.then(
          (connection) => {
            connection.subscriptions += 1;
            const done = () => {
              upstreamSubscriptions.dec({ subgraph: request.subgraph });
              void release(connectionKey);
            };
            if (stopped) {
              done();
              return;
            }
            const extensions = {
              get authorization() {
                return connection.bearer;
              },
            };
            let finished = false;
            const cancel = connection.client.subscribe(
              { query: request.query, variables: request.variables, extensions },
              {
                next: (result) => {
                  for (const l of listeners) l.next(result as ExecutionResult);
                },
                error: (error) => {
                  finished = true;
                  done();
                  end((l) =>
                    l.error(
                      Array.isArray(error)
                        ? error
                        : [
                            {
                              message: 'Upstream subscription failed',
                              extensions: { code: 'SUBGRAPH_ERROR' },
                            },
                          ],
                    ),
                  );
                },
                complete: () => {
                  if (finished) return;
                  finished = true;
                  done();
                  end((l) => l.complete());
                },
              },
            );
            unsubscribe = () => {
              if (finished) return;
              finished = true;
              cancel();
              done();
            };
          },
          () => {},
        );
      }
      const current = entry;
      current.listeners.add(listener);
      return () => {
        if (!current.listeners.delete(listener)) return;
        if (current.listeners.size === 0) current.stop();
      };
    },
    /** How many upstream subscriptions run (identical ones counted once). */
    size: () => shared.size,
    /** Completes every upstream subscription and closes every socket. */
    async close() {
      for (const entry of [...shared.values()]) entry.stop();
      shared.clear();
      const all = await Promise.all(connections.values());
      connections.clear();
      await Promise.all(
        all.map(async (c) => {
          clearInterval(c.refresh);
          await disposeQuietly(c.client);
        }),
      );
    },
  };
}

export type UpstreamPool = ReturnType<typeof upstreamPool>;

/**
 * Disposes a graphql-ws client whatever state its socket is in: a client disposed while connecting
 * rejects with the close of that attempt (e.g. 1000 "All Subscriptions Gone"), which is what was asked.
 */
async function disposeQuietly(client: Client): Promise<void> {
  try {
    await client.dispose();
  } catch {
    // The socket is closed either way.
  }
}
