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
// SIGHUP: serve the supergraph file as it is now (after `npm run compose`), live subscriptions told to resubscribe.
process.on('SIGHUP', async () => {
  try {
    const reloaded = await gateway.reload(supergraphSdl());
    console.log(reloaded ? 'supergraph reloaded' : 'supergraph unchanged');
  } catch (error) {
    logger.error({ err: error }, 'supergraph not reloaded: it does not build; the previous one is served');
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await metrics?.close();
    await gateway.close();
    process.exit(0);
  });
}
