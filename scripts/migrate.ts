/** `npm run migrate [-- --seed]`: applies every subgraph's migrations (and demo data) to DATABASE_URL. */
import { parseArgs } from 'node:util';
import { subgraphs } from '../subgraphs/registry.ts';
import { seedSubgraph } from '../subgraphs/shared/boot.ts';
import { createDatabase } from '../subgraphs/shared/db.ts';
import { EventBus } from '../subgraphs/shared/events.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { migrateSubgraph } from '../subgraphs/shared/migrate.ts';
import { openDatabaseServer } from './lib/database.ts';

const { values } = parseArgs({ options: { seed: { type: 'boolean' } } });
const logger = createLogger('migrate', 'warn');
const server = await openDatabaseServer(process.env);
try {
  for (const entry of subgraphs) {
    const module = await entry.load();
    const database = createDatabase({
      url: process.env[`${entry.name.toUpperCase()}_DATABASE_URL`] ?? server.url,
      max: 2,
    });
    try {
      await migrateSubgraph(database.sql, module.name, module.migrationsFolder);
      console.log(`${entry.name}: migrated`);
      if (values.seed && module.seed) {
        const events = new EventBus(server.url, logger);
        await seedSubgraph(module, database, events, logger);
        await events.stop();
        console.log(`${entry.name}: demo data loaded`);
      }
    } finally {
      await database.close();
    }
  }
} finally {
  await server.stop();
}
process.exit(0);
