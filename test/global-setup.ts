import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../scripts/lib/database.ts';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.ts';
import { subgraphs } from '../subgraphs/registry.ts';
import { EventBus } from '../subgraphs/shared/events.ts';
import { migrateSubgraph } from '../subgraphs/shared/migrate.ts';

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
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${template}"`);
  await admin.unsafe(`create database "${template}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  for (const entry of subgraphs) {
    const module = await entry.load();
    await migrateSubgraph(sql, module.name, module.migrationsFolder);
  }
  await sql.end();
  const events = new EventBus(url.toString());
  await events.start();
  await events.stop();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await admin.unsafe(`drop database if exists "${template}" with (force)`);
    await admin.end();
    await stop();
  };
}
