import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolvers } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { createWarehouseLoaders, type WarehouseLoaders } from './db/loaders.ts';
import { seedDemoStock } from './demo-stock.ts';
import { stockDocumentFile } from './documents/print-file.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { Subscription } from './resolvers/Subscription.ts';
import {
  CatalogItem,
  StockBalance,
  StockDocument,
  StockDocumentLine,
  StockLevelChange,
  StockLocation,
  StockMove,
  StockReservation,
  StockSerial,
  Warehouse,
} from './resolvers/types.ts';
import { seedWarehouses } from './seed.ts';
import { startCatalogSync } from './service/catalog-sync.ts';
import { expireReservations } from './service/reservations.ts';

/** How often expired reservations are swept. */
const RESERVATION_SWEEP_MS = 60_000;

import { printData } from './service/print.ts';

export const warehouseTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The warehouse subgraph: pure description, no side effects until a server starts it. */
export const warehouse: SubgraphModule<WarehouseLoaders> = {
  name: 'warehouse',
  typeDefs: warehouseTypeDefs,
  resolvers: {
    ...scalarResolvers,
    Query,
    Mutation,
    Subscription,
    Warehouse,
    StockLocation,
    StockBalance,
    CatalogItem,
    StockDocument,
    StockDocumentLine,
    StockMove,
    StockSerial,
    StockReservation,
    StockLevelChange,
  } satisfies Resolvers,
  migrationsFolder: fileURLToPath(new URL('../../drizzle/warehouse', import.meta.url)),
  createLoaders: createWarehouseLoaders,
  seed: seedWarehouses,
  files: {
    'stock-document': async (ctx, id) => stockDocumentFile(await printData(ctx, id)),
  },
  start: async (runtime) => {
    const sync = startCatalogSync(runtime);
    let stopping = false;
    // Expired reservations also stop holding stock the next time their balance is locked; the sweep
    // frees what nobody touches.
    const sweep = setInterval(() => {
      expireReservations(runtime.database).then(
        (n) => n && runtime.logger.info({ reservations: n }, 'reservations expired'),
        (error: unknown) => runtime.logger.warn({ err: error }, 'reservation sweep failed'),
      );
    }, RESERVATION_SWEEP_MS);
    sweep.unref();
    // The demo's stock needs the catalog's items, so it follows the first fill; a failure is logged and
    // the subgraph serves on without it.
    const stocked = runtime.seed
      ? sync.ready
          .then(() => (stopping ? 0 : seedDemoStock(runtime)))
          .then(
            (posted) => {
              if (posted) runtime.logger.info({ documents: posted }, 'demo stock posted');
            },
            (error: unknown) => runtime.logger.error({ err: error }, 'demo stock failed'),
          )
      : Promise.resolve();
    return {
      stop: async () => {
        stopping = true;
        clearInterval(sweep);
        await sync.stop();
        await stocked;
      },
    };
  },
};
