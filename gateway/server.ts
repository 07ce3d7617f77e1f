/** The gateway as its own process: `npm run start:gateway` (subgraph URLs from the supergraph or SUBGRAPH_<NAME>_URL). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { startGateway } from './app.ts';
import { loadGatewayConfig } from './config.ts';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.logLevel);
const supergraphSdl = readFileSync(
  fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url)),
  'utf8',
);
const gateway = await startGateway({ config: { ...config, host: config.host }, supergraphSdl, logger });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await gateway.close();
    process.exit(0);
  });
}
