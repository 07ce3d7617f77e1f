import { type RunningGateway, startGateway } from '../../gateway/app.ts';
import { type GatewayConfig, loadGatewayConfig } from '../../gateway/config.ts';
import { supergraphSdl } from '../../gateway/supergraph.ts';
import { subgraphs } from '../../subgraphs/registry.ts';
import { type BootedSubgraph, bootSubgraph } from '../../subgraphs/shared/boot.ts';
import { loadSharedConfig } from '../../subgraphs/shared/config.ts';
import type { Logger } from '../../subgraphs/shared/logger.ts';
import { type MetricsServer, startMetricsServer } from '../../subgraphs/shared/metrics.ts';

export interface GraphOptions {
  databaseUrl: string;
  logger: Logger;
  /** Port 0 everywhere: for tests running side by side. */
  ephemeralPorts?: boolean;
  seed?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * Start the modules' background work (event consumers, read models filled through the gateway); on
   * unless told otherwise. Tests that count what one client's request costs turn it off: a module
   * reading the graph is another client.
   */
  background?: boolean;
  /** Adjust the gateway's configuration (tests shorten timeouts, tighten limits). */
  configure?: (config: GatewayConfig) => GatewayConfig;
  /** Count each subgraph's statements (`database.stats`): tests do, servers do not. */
  countStatements?: boolean;
}

export interface RunningGraph {
  gateway: RunningGateway;
  subgraphs: Map<string, BootedSubgraph>;
  config: GatewayConfig;
  /** The process's internal metrics listener (gateway and subgraphs share one registry), if any. */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/** Every subgraph of the registry and the gateway over the committed supergraph, in one process. */
export async function startGraph(opts: GraphOptions): Promise<RunningGraph> {
  const env = opts.env ?? process.env;
  const base = loadGatewayConfig(env);
  const shared = loadSharedConfig(env);
  const booted = new Map<string, BootedSubgraph>();
  let metrics: MetricsServer | null = null;
  try {
    for (const entry of subgraphs) {
      const module = await entry.load();
      booted.set(
        entry.name,
        await bootSubgraph(module, {
          databaseUrl: opts.databaseUrl,
          port: opts.ephemeralPorts ? 0 : (shared.portFor(entry.name) ?? entry.port),
          internalSecret: base.internalSecret,
          logger: opts.logger,
          development: base.development,
          statementTimeoutMs: shared.DB_STATEMENT_TIMEOUT_MS,
          seed: opts.seed ?? false,
          countStatements: opts.countStatements ?? false,
        }),
      );
    }
    const subgraphUrls = { ...base.subgraphUrls };
    for (const [name, b] of booted) subgraphUrls[name] = b.server.url;
    let config: GatewayConfig = {
      ...base,
      subgraphUrls,
      ...(opts.ephemeralPorts ? { port: 0, metrics: base.metrics && { ...base.metrics, port: 0 } } : {}),
    };
    if (opts.configure) config = opts.configure(config);
    const gateway = await startGateway({
      config,
      supergraphSdl: supergraphSdl(),
      logger: opts.logger,
    });
    for (const entry of subgraphs) {
      const b = booted.get(entry.name);
      if (opts.background === false) b?.connect(gateway.url, entry.serviceScopes ?? []);
      else await b?.startWork(gateway.url, entry.serviceScopes ?? []);
    }
    metrics = config.metrics ? await startMetricsServer(config.metrics.port, config.metrics.host) : null;
    const running = metrics;
    return {
      gateway,
      subgraphs: booted,
      config,
      metricsUrl: running?.url ?? null,
      close: async () => {
        await running?.close();
        // Background work first: it reads other modules through the gateway, which must outlive it.
        for (const b of booted.values()) await b.stopWork();
        await gateway.close();
        for (const b of [...booted.values()].reverse()) await b.close();
      },
    };
  } catch (error) {
    await metrics?.close().catch(() => {});
    for (const b of booted.values()) await b.close().catch(() => {});
    throw error;
  }
}
