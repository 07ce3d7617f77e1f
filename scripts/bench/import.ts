/**
 * `npm run bench:import`: a CSV import of 50,000 items through the gateway, as an operator sends a price
 * list or a supplier's catalog — one request, ALL_OR_NOTHING — then the same file again (every row an
 * update), then a dry run. Prints the wall time and rows per second of each, and the request's size.
 *
 *   npm run bench:import [-- --rows 50000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { signDevToken } from '../../gateway/auth.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { startGraph } from '../lib/graph.ts';
import { benchDatabase, graphql, machineLine, say } from './common.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' } } });
const ROWS = Number(values.rows);

const { server, url } = await benchDatabase('oss_bench_import');
const graph = await startGraph({
  databaseUrl: url,
  logger: createLogger('bench', 'silent'),
  ephemeralPorts: true,
  env: { NODE_ENV: 'test' },
});
const token = await signDevToken({ role: 'CATALOG_MANAGER' }, DEV_JWT_SECRET);

const gql = (query: string, variables: Record<string, unknown>) =>
  graphql(graph.gateway.url, token, query, variables);

await gql('mutation { createCatalogCategory(input: { name: "Материалы" }) { userErrors { code } } }', {});
const lines = ['sku,name,kind,categoryPath,unit,manufacturer,description,barcodes'];
for (let i = 0; i < ROWS; i++) {
  const ean = `2${String(i).padStart(11, '0')}`;
  const check = (10 - ([...ean].reduce((s, d, k) => s + Number(d) * (k % 2 ? 3 : 1), 0) % 10)) % 10;
  lines.push(
    `MAT-${String(i).padStart(6, '0')},Кабель оптический ОКЛ-0.22-${i % 48} тип ${i},MATERIAL,Материалы,м,Инкаб,"Кабель для подвеса, партия ${i}",${ean}${check}`,
  );
}
const csv = lines.join('\n');
const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importCatalogItemsCsv(input: { csv: $csv, dryRun: $dryRun }) { created updated skipped errors { line code message } } }`;

const runs: { name: string; seconds: number; result: Record<string, unknown> }[] = [];
for (const [name, dryRun] of [
  ['create', false],
  ['update (same file again)', false],
  ['dry run', true],
] as const) {
  const started = performance.now();
  const data = await gql(IMPORT, { csv, dryRun });
  const seconds = (performance.now() - started) / 1000;
  const result = data.importCatalogItemsCsv as Record<string, unknown> & { errors: unknown[] };
  if (result.errors.length) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  runs.push({ name, seconds, result });
}
await graph.close();
await server.stop();

say('');
say(machineLine());
say(`${ROWS} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV in one request through the gateway`);
say('| import | s | rows/s | result |');
say('|---|---|---|---|');
for (const r of runs) {
  say(
    `| ${r.name} | ${r.seconds.toFixed(1)} | ${Math.round(ROWS / r.seconds)} | ${Object.entries(r.result)
      .filter(([key]) => key !== 'errors')
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')} |`,
  );
}
process.exit(0);
