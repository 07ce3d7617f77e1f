import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Actor } from './auth.ts';
import type { Database, Db, Tx, TxScope } from './db.ts';
import type { EventBus } from './events.ts';
import type { GraphClient } from './graph-client.ts';
import { guardInputs } from './input-guard.ts';
import type { Logger } from './logger.ts';
import { enforceScopes } from './scopes.ts';

/** Where loaders and lists read: the open transaction inside a write, else the pool. */
export interface ReadScope {
  readonly db: Db;
}

export interface ContextInit {
  actor: Actor;
  requestId: string;
  database: Database;
  events: EventBus;
  logger: Logger;
  /** When the gateway stops waiting for this request (ms since the epoch); null without one. */
  deadline?: number | null;
  /** Signs a path of a file the gateway serves (`/files/<subgraph>/<kind>/<id>`) for a while. */
  signFile?: (path: string, ttlSeconds: number) => string;
  /** The module's client to the graph (its service identity), once the gateway is known; null before. */
  graph?: GraphClient | null;
}

/**
 * What every resolver and service verb of a subgraph receives for one operation. Loaders are built for
 * the operation on first use; a write (see `defineVerb`) reads through its own transaction with loaders
 * of its own, and clears the operation's loaders when it ends so later fields read what it wrote. A
 * subscription clears them for every event.
 */
export class RequestContext<Loaders = unknown> implements TxScope, ReadScope {
  readonly actor: Actor;
  readonly requestId: string;
  readonly database: Database;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly deadline: number | null;
  /** A link to a file the gateway serves without a header, signed and short-lived (see `shared/files.ts`). */
  readonly signFile: (path: string, ttlSeconds: number) => string;
  /**
   * Reads other modules' data through the gateway as `service:<module>` (a tariff's quote when a service
   * is subscribed); null until the gateway is up, so a verb that needs it refuses cleanly.
   */
  readonly graph: GraphClient | null;
  tx: Tx | undefined = undefined;
  protected readonly makeLoaders: (scope: ReadScope) => Loaders;
  protected current: Loaders | undefined = undefined;

  constructor(init: ContextInit, makeLoaders: (scope: ReadScope) => Loaders) {
    this.actor = init.actor;
    this.requestId = init.requestId;
    this.database = init.database;
    this.events = init.events;
    this.logger = init.logger;
    this.deadline = init.deadline ?? null;
    this.signFile =
      init.signFile ??
      (() => {
        throw new Error('This context signs no file links');
      });
    this.graph = init.graph ?? null;
    this.makeLoaders = makeLoaders;
  }

  /** The Drizzle handle to read with: the open transaction, else the pool. */
  get db(): Db {
    return this.tx?.db ?? this.database.db;
  }

  /** The operation's loaders (built on first use). */
  get loaders(): Loaders {
    this.current ??= this.makeLoaders(this);
    return this.current;
  }

  /** Forgets every loaded row: the next read sees the database as it is now. */
  resetLoaders(): void {
    this.current = undefined;
  }

  /** This context inside `tx`: the same caller and request, reading through the transaction. */
  inTransaction(tx: Tx): this {
    const child = Object.create(this) as this;
    child.tx = tx;
    child.current = undefined;
    return child;
  }
}

export type Resolvers<Loaders> = GraphQLResolverMap<RequestContext<Loaders>>;

/** What a module's background work is given: its database and events, and its client to the graph. */
export interface ModuleRuntime {
  database: Database;
  events: EventBus;
  logger: Logger;
  /** Reads other modules' data through the gateway as `service:<module>`. */
  graph: GraphClient;
  /** Demo data was asked for (`npm start`): work that needs other modules' data may add its part. */
  seed: boolean;
}

/** A subgraph as the server bootstrap, the tests and `npm start` see it. */
export interface SubgraphModule<Loaders = unknown> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: Resolvers<Loaders>;
  /** Absolute path of `drizzle/<name>/`. */
  migrationsFolder: string;
  /** Session settings for this subgraph's connections (see `DatabaseOptions.settings`). */
  databaseSettings?: Record<string, string>;
  /** The loaders and lists of one operation, reading through `scope`. */
  createLoaders(scope: ReadScope): Loaders;
  /**
   * Checks the module's own configuration before anything starts (a missing key is a start-up error with
   * a message saying what to set, not a fault at the first request). Throws to refuse.
   */
  prepare?(): void;
  /** Loads demo data into an empty database. */
  seed?(ctx: RequestContext<Loaders>): Promise<void>;
  /**
   * The module's background work once its server listens: event consumers, read models filled through
   * the gateway. Resolves when it is started (not finished); `stop` ends it before the database closes.
   */
  start?(runtime: ModuleRuntime): Promise<{ stop(): Promise<void> }>;
  /**
   * Files the module serves by kind (`stock-document` → its print form), at `GET /files/<kind>/<id>`
   * behind the internal token and, through the gateway, at signed URLs. null: no such file.
   */
  files?: Record<
    string,
    (
      ctx: RequestContext<Loaders>,
      id: string,
    ) => Promise<{ contentType: string; filename: string; body: Uint8Array } | null>
  >;
}

/** A context for `module`, as the server builds one per operation. */
export function contextFor<L>(module: SubgraphModule<L>, init: ContextInit): RequestContext<L> {
  return new RequestContext(init, (scope) => module.createLoaders(scope));
}

/**
 * The executable subgraph schema: the kit's input layer on every argument, then `@requiresScopes`
 * enforced (checked first, so a caller without the scope learns nothing about its input). Pure.
 */
export function buildSchema<L>(module: SubgraphModule<L>): GraphQLSchema {
  return enforceScopes(
    guardInputs(buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }])),
  );
}

/**
 * A subscription field whose every event is resolved with fresh loaders: graphql-ws keeps one context
 * for a subscription as long as it runs (hours), so rows loaded for one event must not answer the next.
 */
export function subscriptionField<Event, Result = Event>(field: {
  subscribe: (
    parent: unknown,
    args: Record<string, unknown>,
    ctx: RequestContext<unknown>,
  ) => AsyncIterable<Event> | Promise<AsyncIterable<Event>>;
  resolve?: (
    event: Event,
    args: Record<string, unknown>,
    ctx: RequestContext<unknown>,
  ) => Result | Promise<Result>;
}) {
  return {
    subscribe: field.subscribe,
    resolve: (event: Event, args: Record<string, unknown>, ctx: RequestContext<unknown>) => {
      ctx.resetLoaders();
      return field.resolve ? field.resolve(event, args, ctx) : event;
    },
  };
}
