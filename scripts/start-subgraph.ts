/** `npm run start:subgraph -- catalog`: one subgraph as its own process (production shape). */

import { subgraphByName } from '../subgraphs/registry.ts';
import { bootSubgraph } from '../subgraphs/shared/boot.ts';
import { loadSharedConfig } from '../subgraphs/shared/config.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run start:subgraph -- <name>');
  process.exit(2);
}
const entry = subgraphByName(name);
const config = loadSharedConfig();
const url = config.databaseUrlFor(entry.name);
if (!url) {
  console.error(`Set DATABASE_URL or ${entry.name.toUpperCase()}_DATABASE_URL`);
  process.exit(2);
}
const logger = createLogger(entry.name, config.LOG_LEVEL);
const booted = await bootSubgraph(await entry.load(), {
  databaseUrl: url,
  port: Number(process.env.PORT ?? entry.port),
  host: process.env.HOST ?? '0.0.0.0',
  internalSecret: config.INTERNAL_TOKEN_SECRET,
  logger,
  poolMax: config.DB_POOL_MAX,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await booted.close();
    process.exit(0);
  });
}
