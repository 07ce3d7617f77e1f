import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Actor } from './auth.ts';
import type { Database, Db, Tx, TxScope } from './db.ts';
import type { EventBus } from './events.ts';
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
  /** Loads demo data into an empty database. */
  seed?(ctx: RequestContext<Loaders>): Promise<void>;
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
