/** `npm run start:subgraph -- catalog`: one subgraph as its own process (production shape). */

import { subgraphByName } from '../subgraphs/registry.ts';
import { bootSubgraph } from '../subgraphs/shared/boot.ts';
import { isDevelopment, loadSharedConfig } from '../subgraphs/shared/config.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { startMetricsServer } from '../subgraphs/shared/metrics.ts';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run start:subgraph -- <name>');
  process.exit(2);
}
const entry = subgraphByName(name);
let config: ReturnType<typeof loadSharedConfig>;
try {
  config = loadSharedConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const url = config.databaseUrlFor(entry.name);
if (!url) {
  console.error(`Set DATABASE_URL or ${entry.name.toUpperCase()}_DATABASE_URL`);
  process.exit(2);
}
const logger = createLogger(entry.name, config.LOG_LEVEL);
const booted = await bootSubgraph(await entry.load(), {
  databaseUrl: url,
  port: config.PORT ?? entry.port,
  host: config.HOST,
  internalSecret: config.INTERNAL_TOKEN_SECRET,
  logger,
  development: isDevelopment(config.NODE_ENV),
  poolMax: config.DB_POOL_MAX,
  statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
});
const metricsPort = config.METRICS_PORT ?? entry.metricsPort;
const metrics = metricsPort === 'off' ? null : await startMetricsServer(metricsPort, config.METRICS_HOST);
// Background work reads other modules through the gateway; it waits for the gateway to answer.
await booted.startWork(config.GATEWAY_URL, entry.serviceScopes ?? []);
// The line a supervisor (or a test) waits for.
console.log(`subgraph ${entry.name} listening on ${booted.server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await metrics?.close();
    await booted.close();
    process.exit(0);
  });
}
