/**
 * `npm run poller`: one more poller process for the monitoring module — it takes its fair share of the
 * monitored units by lease (see subgraphs/monitoring/service/poller.ts) and serves no API. Run as many as
 * the network needs; a poller that dies leaves its units to the others within one interval.
 */

import { loadMonitoringConfig } from '../subgraphs/monitoring/config.ts';
import { monitoring } from '../subgraphs/monitoring/index.ts';
import { Poller } from '../subgraphs/monitoring/service/poller.ts';
import { loadSharedConfig } from '../subgraphs/shared/config.ts';
import { createDatabase } from '../subgraphs/shared/db.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { migrateSubgraph } from '../subgraphs/shared/migrate.ts';

let shared: ReturnType<typeof loadSharedConfig>;
let config: ReturnType<typeof loadMonitoringConfig>;
try {
  shared = loadSharedConfig();
  config = loadMonitoringConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const url = shared.databaseUrlFor('monitoring');
if (!url) {
  console.error('Set DATABASE_URL or MONITORING_DATABASE_URL');
  process.exit(2);
}
const logger = createLogger('monitoring-poller', shared.LOG_LEVEL);
const database = createDatabase({
  url,
  max: 4,
  applicationName: 'monitoring-poller',
  countStatements: false,
});
await migrateSubgraph(database.sql, 'monitoring', monitoring.migrationsFolder);
const poller = new Poller({
  database,
  logger,
  config,
  tickMs: config.tickMs,
  ...(config.pollerId ? { id: config.pollerId } : {}),
});
await poller.start();
console.log(`poller ${poller.id} polling`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await poller.stop();
    await database.close();
    process.exit(0);
  });
}
