/**
 * `npm run bench:catalog`: the catalog at scale, through the gateway. Loads 100,000 items in 5,000
 * categories (with prices, barcodes, certificates and promotions) into a database of its own, starts the
 * graph and measures: the first page of a category subtree, fuzzy search, a 20-line quote, and the SQL
 * statements a nested list issues per page size. Like a real catalog, each leaf category holds one kind
 * of product (48 kinds, Russian and English names; brands, series and models vary) and its rows were
 * loaded together. Uses DATABASE_URL's server when set, else the embedded PostgreSQL. Prints a table and
 * a JSON line.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import postgres from 'postgres';
import { signDevToken } from '../../gateway/auth.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { startGraph } from '../lib/graph.ts';
import { loadBenchCatalog } from './catalog-data.ts';
import { benchDatabase, graphql, machineLine, say } from './common.ts';
import type { ClientInput, Scenario, ScenarioResult } from './http-client.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    categories: { type: 'string', default: '5000' },
    requests: { type: 'string', default: '200' },
  },
});
const ITEMS = Number(values.items);
const CATEGORIES = Number(values.categories);
const REQUESTS = Number(values.requests);

const { server, url } = await benchDatabase('oss_bench_catalog');
const sql = postgres(url, { max: 2, onnotice: () => {} });

say(`loading ${CATEGORIES} categories and ${ITEMS} items…`);
const t = performance.now();
await loadBenchCatalog(sql, { items: ITEMS, categories: CATEGORIES });
say(`  loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const mid = await sql`select id from catalog.categories where depth = 1 order by random() limit ${REQUESTS}`;
const leaves =
  await sql`select id from catalog.categories where depth = 2 order by random() limit ${REQUESTS}`;
const sample = await sql`select id from catalog.items order by random() limit 2000`;
await sql.end();

const logger = createLogger('bench', 'silent');
const graph = await startGraph({
  databaseUrl: url,
  logger,
  ephemeralPorts: true,
  // It prints the statements each page costs.
  countStatements: true,
  // The statement count at N = 100 asks for a page whose cost (about 25,000) is over the default limit.
  env: { NODE_ENV: 'test', LIMIT_MAX_COST: '50000' },
});
const token = await signDevToken({ role: 'ADMIN' }, DEV_JWT_SECRET);
const catalog = graph.subgraphs.get('catalog');
if (!catalog) throw new Error('catalog subgraph missing');

/** Runs scenarios from the client worker (see http-client.ts) and waits for its percentiles. */
function measureAll(scenarios: Scenario[]): Promise<ScenarioResult[]> {
  const input: ClientInput = { url: graph.gateway.url, token, requests: REQUESTS, warmup: 20, scenarios };
  const worker = new Worker(new URL('./http-client.ts', import.meta.url), { workerData: input });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const SUBTREE = `query($id: ID!) { catalogItems(first: 20, filter: { categoryId: $id }) {
  edges { cursor node { id sku name price { amount } } } pageInfo { hasNextPage } } }`;
const SEARCH = `query($q: String!) { catalogItems(first: 20, filter: { search: $q }) { nodes { id sku name } } }`;
const QUOTE = `query($lines: [QuoteLineInput!]!) { quote(input: { lines: $lines }) {
  total lines { total applied { amount } considered { reason } } userErrors { code } } }`;
const terms = [
  'кабел оптически',
  'роутер huawei',
  'коммутатор eltex pro',
  'ont термнал',
  'optical cabel',
  'сплитер plc',
  'switch cisco max',
  'патч корд',
  'муфта оптичская',
  'access point ubiquiti',
  'инжектор poe',
  'mikrotik',
];

const ITEM = `query($id: ID!) { catalogItem(id: $id) { id sku name } }`;
const results = await measureAll([
  {
    name: 'baseline: one item by id (gateway + subgraph round trip)',
    query: ITEM,
    variables: sample.map((r) => ({ id: r.id })),
  },
  {
    name: 'first page of a mid-level subtree (~500 items)',
    query: SUBTREE,
    variables: mid.map((r) => ({ id: r.id })),
  },
  {
    name: 'first page of a leaf category (~20 items)',
    query: SUBTREE,
    variables: leaves.map((r) => ({ id: r.id })),
  },
  { name: 'fuzzy search, typos, RU/EN', query: SEARCH, variables: terms.map((q) => ({ q })) },
  {
    name: 'quote of 20 lines',
    query: QUOTE,
    variables: Array.from({ length: 50 }, (_, i) => ({
      lines: Array.from({ length: 20 }, (_, k) => ({
        itemId: sample[(i * 20 + k) % sample.length]?.id,
        quantity: String(1 + (k % 3)),
      })),
    })),
  },
]);

const NESTED = `query($n: Int!) { catalogCategories(first: $n, filter: { subtreeOf: null }) { nodes { name parent { name }
  items(first: 5) { totalCount nodes { sku price { amount } certificates { number } barcodes { code } category { name } } } } } }`;
const statements: Record<number, number> = {};
for (const n of [10, 50, 100]) {
  const before = catalog.database.stats.statements;
  await graphql(graph.gateway.url, token, NESTED, { n });
  statements[n] = catalog.database.stats.statements - before;
}
await graph.close();
await server.stop();

say('');
say(machineLine());
say(
  `data: ${ITEMS} items, ${CATEGORIES} categories; ${REQUESTS} sequential requests each, through the gateway, client in a worker thread`,
);
say('| measurement | p50 ms | p95 ms | max ms |');
say('|---|---|---|---|');
for (const r of results)
  say(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
say(
  `SQL statements for categories(first: N) with parents, items, prices, certificates, barcodes: ${Object.entries(
    statements,
  )
    .map(([n, s]) => `N=${n}: ${s}`)
    .join(', ')}`,
);
say(JSON.stringify({ results, statements }));
process.exit(0);
