import { createDatabase, type Database } from './db.ts';
import { EventBus } from './events.ts';
import { createGraphClient, type GraphClient } from './graph-client.ts';
import type { Logger } from './logger.ts';
import { migrateSubgraph } from './migrate.ts';
import { type RunningSubgraph, startSubgraphServer } from './server.ts';
import { contextFor, type SubgraphModule } from './subgraph.ts';

export interface BootOptions {
  databaseUrl: string;
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  internalSecret: string;
  logger: Logger;
  /** Development and tests: introspection and schema hints in errors. */
  development: boolean;
  poolMax?: number;
  /** Longest a statement may run (ms): below the gateway's subgraph timeout. */
  statementTimeoutMs?: number;
  /** Load the module's demo data when its tables are empty. */
  seed?: boolean;
  /**
   * Count the statements the pool sends (`database.stats`, read by the query-count baselines). Off in
   * servers: the counting hook costs CPU on every query.
   */
  countStatements?: boolean;
}

export interface BootedSubgraph {
  server: RunningSubgraph;
  database: Database;
  events: EventBus;
  /**
   * Gives the module its client to the gateway at `gatewayUrl`, as `service:<module>` with the scopes its
   * manifest gives: its verbs read other modules through it (`RequestContext.graph`). Once is enough.
   */
  connect(gatewayUrl: string, serviceScopes: readonly string[]): GraphClient;
  /** `connect`, then the module's background work (`SubgraphModule.start`); once is enough. */
  startWork(gatewayUrl: string, serviceScopes: readonly string[]): Promise<void>;
  /**
   * Stops the background work (idempotent; `close` does it too). A process hosting the gateway calls it
   * for every subgraph before closing the gateway: work still running would read through a closed
   * gateway, fail and retry while the process stops.
   */
  stopWork(): Promise<void>;
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
  await module.seed?.(
    contextFor(module, { actor: SYSTEM_ACTOR, requestId: 'seed', database, events, logger }),
  );
}

/** Start-up of one subgraph: connect, migrate (under its lock), start events, seed if asked, serve. */
export async function bootSubgraph<L>(module: SubgraphModule<L>, opts: BootOptions): Promise<BootedSubgraph> {
  const logger = opts.logger.child({ service: module.name });
  module.prepare?.();
  const database = createDatabase({
    url: opts.databaseUrl,
    max: opts.poolMax ?? 10,
    applicationName: module.name,
    statementTimeoutMs: opts.statementTimeoutMs ?? 8_000,
    ...(module.databaseSettings ? { settings: module.databaseSettings } : {}),
    countStatements: opts.countStatements ?? false,
  });
  let events: EventBus | undefined;
  try {
    await migrateSubgraph(database.sql, module.name, module.migrationsFolder);
    events = new EventBus(opts.databaseUrl, logger);
    await events.start();
    if (opts.seed) await seedSubgraph(module, database, events, logger);
    let graph: GraphClient | null = null;
    const server = await startSubgraphServer({
      graph: () => graph,
      module,
      database,
      events,
      logger,
      internalSecret: opts.internalSecret,
      port: opts.port,
      development: opts.development,
      ...(opts.host ? { host: opts.host } : {}),
    });
    const bus = events;
    const connect = (gatewayUrl: string, serviceScopes: readonly string[]): GraphClient => {
      graph ??= createGraphClient({
        gatewayUrl,
        service: module.name,
        scopes: serviceScopes,
        internalSecret: opts.internalSecret,
        logger,
      });
      return graph;
    };
    let work: { stop(): Promise<void> } | null = null;
    let workStopped: Promise<void> | undefined;
    const stopWork = () => {
      workStopped ??= work?.stop() ?? Promise.resolve();
      return workStopped;
    };
    return {
      server,
      database,
      events: bus,
      connect,
      startWork: async (gatewayUrl, serviceScopes) => {
        if (work || workStopped) return;
        const client = connect(gatewayUrl, serviceScopes);
        if (!module.start) return;
        work = await module.start({ database, events: bus, logger, graph: client, seed: opts.seed ?? false });
      },
      stopWork,
      close: async () => {
        await stopWork();
        await server.close();
        await bus.stop();
        await database.close();
      },
    };
  } catch (error) {
    await events?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
