import { readFileSync } from 'node:fs';
import { type RunningGateway, startGateway } from '../../gateway/app.ts';
import { type GatewayConfig, loadGatewayConfig } from '../../gateway/config.ts';
import { subgraphs } from '../../subgraphs/registry.ts';
import { type BootedSubgraph, bootSubgraph } from '../../subgraphs/shared/boot.ts';
import type { Logger } from '../../subgraphs/shared/logger.ts';
import { supergraphPath } from '../compose.ts';

export interface GraphOptions {
  databaseUrl: string;
  logger: Logger;
  /** Port 0 everywhere: for tests running side by side. */
  ephemeralPorts?: boolean;
  seed?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Adjust the gateway's configuration (tests shorten timeouts, tighten limits). */
  configure?: (config: GatewayConfig) => GatewayConfig;
}

export interface RunningGraph {
  gateway: RunningGateway;
  subgraphs: Map<string, BootedSubgraph>;
  config: GatewayConfig;
  close(): Promise<void>;
}

/** Every subgraph of the registry and the gateway over the committed supergraph, in one process. */
export async function startGraph(opts: GraphOptions): Promise<RunningGraph> {
  const base = loadGatewayConfig(opts.env ?? process.env);
  const booted = new Map<string, BootedSubgraph>();
  try {
    for (const entry of subgraphs) {
      const module = await entry.load();
      booted.set(
        entry.name,
        await bootSubgraph(module, {
          databaseUrl: opts.databaseUrl,
          port: opts.ephemeralPorts ? 0 : entry.port,
          internalSecret: base.internalSecret,
          logger: opts.logger,
          seed: opts.seed ?? false,
        }),
      );
    }
    const subgraphUrls = { ...base.subgraphUrls };
    for (const [name, b] of booted) subgraphUrls[name] = b.server.url;
    let config: GatewayConfig = { ...base, subgraphUrls, ...(opts.ephemeralPorts ? { port: 0 } : {}) };
    if (opts.configure) config = opts.configure(config);
    const gateway = await startGateway({
      config,
      supergraphSdl: readFileSync(supergraphPath, 'utf8'),
      logger: opts.logger.child({ service: 'gateway' }),
    });
    return {
      gateway,
      subgraphs: booted,
      config,
      close: async () => {
        await gateway.close();
        for (const b of [...booted.values()].reverse()) await b.close();
      },
    };
  } catch (error) {
    for (const b of booted.values()) await b.close().catch(() => {});
    throw error;
  }
}
