/** The gateway as its own process: `npm run start:gateway` (subgraph URLs from the supergraph or SUBGRAPH_<NAME>_URL). */
import { createLogger } from '../subgraphs/shared/logger.ts';
import { startMetricsServer } from '../subgraphs/shared/metrics.ts';
import { startGateway } from './app.ts';
import { loadGatewayConfig } from './config.ts';
import { supergraphSdl } from './supergraph.ts';

let config: ReturnType<typeof loadGatewayConfig>;
try {
  config = loadGatewayConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const logger = createLogger('gateway', config.logLevel);
const gateway = await startGateway({ config, supergraphSdl: supergraphSdl(), logger });
const metrics = config.metrics ? await startMetricsServer(config.metrics.port, config.metrics.host) : null;
console.log(`gateway listening on ${gateway.url}${metrics ? `; metrics on ${metrics.url}` : ''}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await metrics?.close();
    await gateway.close();
    process.exit(0);
  });
}
