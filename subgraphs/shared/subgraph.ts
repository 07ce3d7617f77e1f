import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Actor } from './auth.ts';
import type { Database, Tx } from './db.ts';
import type { EventBus } from './events.ts';
import type { Logger } from './logger.ts';
import { enforceScopes } from './scopes.ts';

/** What every resolver and service verb of a subgraph receives for one request. */
export interface RequestContext<Loaders = unknown> {
  actor: Actor;
  requestId: string;
  database: Database;
  tx?: Tx | undefined;
  events: EventBus;
  logger: Logger;
  loaders: Loaders;
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
  /** DataLoaders for one request. */
  createLoaders(database: Database): Loaders;
  /** Loads demo data into an empty database. */
  seed?(ctx: RequestContext<Loaders>): Promise<void>;
}

/** The executable subgraph schema with `@requiresScopes` enforced. Pure. */
export function buildSchema<L>(module: SubgraphModule<L>): GraphQLSchema {
  return enforceScopes(buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }]));
}
