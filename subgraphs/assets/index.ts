import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolversFor } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { type AssetsLoaders, createAssetsLoaders } from './db/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import {
  CatalogItem,
  Equipment,
  EquipmentPlace,
  EquipmentPort,
  Link,
  NetworkSite,
  Subscriber,
  Warehouse,
} from './resolvers/types.ts';
import { seedAssets } from './seed.ts';
import { followWarehouse } from './service/follow-warehouse.ts';

export const assetsTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The assets subgraph: pure description, no side effects until a server starts it. */
export const assets: SubgraphModule<AssetsLoaders> = {
  name: 'assets',
  typeDefs: assetsTypeDefs,
  resolvers: {
    ...scalarResolversFor(assetsTypeDefs),
    Query,
    Mutation,
    Equipment,
    EquipmentPlace,
    EquipmentPort,
    Link,
    NetworkSite,
    Warehouse,
    Subscriber,
    CatalogItem,
  } satisfies Resolvers,
  migrationsFolder: fileURLToPath(new URL('../../drizzle/assets', import.meta.url)),
  createLoaders: createAssetsLoaders,
  seed: seedAssets,
  // Units follow the warehouse's documents from the start: events published before this starts wait in
  // their queue.
  start: (runtime) => followWarehouse(runtime),
};
