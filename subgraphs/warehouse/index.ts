import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolvers } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { createWarehouseLoaders, type WarehouseLoaders } from './db/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import {
  CatalogItem,
  StockBalance,
  StockDocument,
  StockDocumentLine,
  StockLocation,
  StockMove,
  StockReservation,
  StockSerial,
  Warehouse,
} from './resolvers/types.ts';
import { seedWarehouses } from './seed.ts';
import { startCatalogSync } from './service/catalog-sync.ts';

export const warehouseTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The warehouse subgraph: pure description, no side effects until a server starts it. */
export const warehouse: SubgraphModule<WarehouseLoaders> = {
  name: 'warehouse',
  typeDefs: warehouseTypeDefs,
  resolvers: {
    ...scalarResolvers,
    Query,
    Mutation,
    Warehouse,
    StockLocation,
    StockBalance,
    CatalogItem,
    StockDocument,
    StockDocumentLine,
    StockMove,
    StockSerial,
    StockReservation,
  } satisfies Resolvers,
  migrationsFolder: fileURLToPath(new URL('../../drizzle/warehouse', import.meta.url)),
  createLoaders: createWarehouseLoaders,
  seed: seedWarehouses,
  start: async (runtime) => {
    const sync = startCatalogSync(runtime);
    return { stop: sync.stop };
  },
};
