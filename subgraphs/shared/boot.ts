import { createDatabase, type Database } from './db.ts';
import { EventBus } from './events.ts';
import type { Logger } from './logger.ts';
import { migrateSubgraph } from './migrate.ts';
import { type RunningSubgraph, startSubgraphServer } from './server.ts';
import type { SubgraphModule } from './subgraph.ts';

export interface BootOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  internalSecret: string;
  logger: Logger;
  poolMax?: number;
  /** Load the module's demo data when its tables are empty. */
  seed?: boolean;
}

export interface BootedSubgraph {
  server: RunningSubgraph;
  database: Database;
  events: EventBus;
  close(): Promise<void>;
}

/** The system actor used for demo data and start-up work. */
export const SYSTEM_ACTOR = { id: 'system', roles: ['ADMIN'], scopes: ['admin'] };

/** Loads a module's demo data (the module's seed does nothing when its tables already hold data). */
export async function seedSubgraph<L>(
  module: SubgraphModule<L>,
  database: Database,
  events: EventBus,
  logger: Logger,
): Promise<void> {
  await module.seed?.({
    actor: SYSTEM_ACTOR,
    requestId: 'seed',
    database,
    events,
    logger,
    loaders: module.createLoaders(database),
  });
}

/** Start-up of one subgraph: connect, migrate (under its lock), start events, seed if asked, serve. */
export async function bootSubgraph<L>(module: SubgraphModule<L>, opts: BootOptions): Promise<BootedSubgraph> {
  const logger = opts.logger.child({ service: module.name });
  const database = createDatabase({
    url: opts.databaseUrl,
    max: opts.poolMax ?? 10,
    applicationName: module.name,
    ...(module.databaseSettings ? { settings: module.databaseSettings } : {}),
  });
  await migrateSubgraph(database.sql, module.name, module.migrationsFolder);
  const events = new EventBus(opts.databaseUrl, logger);
  try {
    return await serve(module, opts, logger, database, events);
  } catch (error) {
    await events.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

async function serve<L>(
  module: SubgraphModule<L>,
  opts: BootOptions,
  logger: Logger,
  database: Database,
  events: EventBus,
): Promise<BootedSubgraph> {
  await events.start();
  if (opts.seed) await seedSubgraph(module, database, events, logger);
  const server = await startSubgraphServer({
    module,
    database,
    events,
    logger,
    internalSecret: opts.internalSecret,
    port: opts.port,
    ...(opts.host ? { host: opts.host } : {}),
  });
  return {
    server,
    database,
    events,
    close: async () => {
      await server.close();
      await events.stop();
      await database.close();
    },
  };
}
