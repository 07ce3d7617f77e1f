/**
 * `npm run bench:assets`: the assets module's lookup and topology budgets over `--units` units (200,000 by
 * default), in a database of its own.
 *
 * The graph starts with its demo data (the catalog's models, the warehouses), then the units go in by
 * `insert … select … from unnest(…)` in chunks: a core switch, 8 aggregation switches with access switches
 * beside them, OLTs below them, two levels of 1:8 splitters (PASSIVE) below each OLT and an ONT at a
 * subscriber's premises below each splitter; one OLT has exactly `--big` CPE below it (10,000), the other
 * OLTs 1,200–2,100 each; what is left of the count is stock in the demo warehouses and vans. Serials and
 * MACs are unique (a vendor prefix and a permutation of a counter), network units and a fifth of the ONTs
 * have a management IP; every unit has its CREATED history entry, installed ones a PLACE entry too. The
 * units go in with their chain of `ancestors` (computed here), which the links' triggers recompute as the
 * links go in and which is checked to agree after. Then VACUUM ANALYZE, as autovacuum leaves a table this
 * size.
 *
 * Measured through the gateway, one request at a time after a warm-up, `--requests` per kind, each with
 * another random target: `equipmentByCode` by serial and by MAC (notation varying), `equipmentList(first:
 * 20, filter: { search })` by serial prefix, MAC prefix and management IP, and the big OLT's
 * `servedSubscriberCount`, `servedSubscribers { id }` and `servedSubscriberConnection(first: 100)` (its
 * first page, and a page after a random one of the cursors a walk of every page gave beforehand — the walk
 * checked to hold the whole list, once each, in its order); then the statements each subgraph sends for a
 * page of 100 units with model, place and last change (the least of 5 runs: background work adds its
 * own). Goals (the issue's): lookups p95 ≤ 5 ms, servedSubscribers ≤ 50 ms (read as p95), ≤ 3 statements
 * per subgraph.
 *
 * `--reuse` keeps a bench database that already holds the units (new migrations are applied to it), and
 * `--only <text>` measures only the kinds whose label holds it, for working on the queries. Uses
 * DATABASE_URL's server when set, else the embedded PostgreSQL. Prints figures and a JSON line.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { signDevToken } from '../../gateway/auth.ts';
import { inventoryNumber } from '../../subgraphs/assets/domain/identifiers.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import { demoItemId } from '../../subgraphs/shared/ids.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { graphqlRequests } from '../../subgraphs/shared/metrics.ts';
import { seededRandom } from '../../subgraphs/shared/random.ts';
import { databaseUrl, freshDatabase, openDatabaseServer } from '../lib/database.ts';
import { startGraph } from '../lib/graph.ts';
import { graphql, machineLine, percentile, say } from './common.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '200000' },
    big: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '300' },
    chunk: { type: 'string', default: '20000' },
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const UNITS = Number(values.units);
const BIG = Number(values.big);
const REQUESTS = Number(values.requests);
const CHUNK = Number(values.chunk);
const DATABASE = 'oss_bench_assets';
const GOALS = { lookupP95: 5, servedP95: 50, statements: 3 };
/** Marks the OLT with `--big` CPE below it (in `attributes`), so `--reuse` finds it again. */
const BIG_MARK = 'olt-big';

const random = seededRandom(20260301);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// ---- the network ---------------------------------------------------------------------------------

interface Model {
  sku: string;
  role: string;
  /** Serial prefix: a GPON vendor id for ONTs, a vendor's own for the rest. */
  serial: string;
  /** MAC OUI; null for a passive unit. */
  oui: string | null;
  /** MACs a unit carries. */
  macs: number;
  firmware: string | null;
}

const MODELS = {
  core: { sku: 'SW-MES3324F', role: 'CORE', serial: 'ES5E', oui: 'A8:F9:4B', macs: 1, firmware: '4.0.21' },
  agg: {
    sku: 'SW-SNR2985',
    role: 'AGGREGATION',
    serial: 'SNR2985',
    oui: 'F8:F0:82',
    macs: 1,
    firmware: '2.5.48',
  },
  access: {
    sku: 'SW-S2326TP',
    role: 'ACCESS',
    serial: '2102351',
    oui: '00:E0:FC',
    macs: 1,
    firmware: 'V200R011',
  },
  oltHuawei: {
    sku: 'OLT-MA5800X7',
    role: 'ACCESS',
    serial: '2102312',
    oui: '00:E0:FC',
    macs: 1,
    firmware: 'V800R021C10',
  },
  oltZte: {
    sku: 'OLT-C320',
    role: 'ACCESS',
    serial: 'ZXAC320',
    oui: 'F8:DF:A8',
    macs: 1,
    firmware: 'V2.1.0',
  },
  splitter: { sku: 'SPL-PLC-1x8', role: 'PASSIVE', serial: 'SPL8', oui: null, macs: 0, firmware: null },
  hg8245h: {
    sku: 'ONT-HG8245H',
    role: 'CPE',
    serial: 'HWTC',
    oui: 'AC:4E:91',
    macs: 2,
    firmware: 'V3R017C10S115',
  },
  hg8310m: {
    sku: 'ONT-HG8310M',
    role: 'CPE',
    serial: 'HWTC',
    oui: 'AC:4E:91',
    macs: 1,
    firmware: 'V3R016C10S120',
  },
  f670l: {
    sku: 'ONT-F670L',
    role: 'CPE',
    serial: 'ZTEG',
    oui: 'F8:DF:A8',
    macs: 2,
    firmware: 'V9.0.10P1N12',
  },
  kn1010: { sku: 'RTR-KN1010', role: 'CPE', serial: 'S21', oui: '50:FF:20', macs: 2, firmware: '4.1.7' },
  ax53: { sku: 'RTR-AX53', role: 'CPE', serial: '22A', oui: '98:DA:C4', macs: 2, firmware: '1.2.4' },
  sfp: { sku: 'SFP-GPON-CPLUS', role: 'PASSIVE', serial: 'SFPC', oui: null, macs: 0, firmware: null },
} satisfies Record<string, Model>;

interface Site {
  id: string;
  kind: string;
  code: string;
  name: string;
}

interface Unit {
  id: string;
  serial: string;
  inventoryNumber: string;
  modelId: string;
  role: string;
  status: string;
  placeKind: string;
  placeId: string;
  subscriberId: string | null;
  /** Space-separated, as `string_to_array` takes them. */
  macs: string;
  ip: string | null;
  firmware: string | null;
  createdAt: string;
  attributes: string | null;
  /** The units above it, nearest first, space-separated: what the links' triggers would compute. */
  ancestors: string;
}

interface Port {
  id: string;
  equipmentId: string;
  name: string;
  index: number;
  type: string;
  speed: number | null;
}

interface Link {
  upstreamPortId: string;
  downstreamPortId: string;
  upstreamId: string;
  downstreamId: string;
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
/** A bijection of 32-bit counters (an odd multiplier), so serials look random and never repeat. */
const scramble32 = (n: number) => Math.imul(n, 0x9e3779b1) >>> 0;
/** The same on 24 bits: the last three bytes of MAC number n. */
const scramble24 = (n: number) => Math.imul(n, 0x5bd1e9) & 0xffffff;
const T0 = Date.parse('2016-03-01T09:00:00+03:00');
const DAY = 86_400_000;

/** The whole network and the stock as rows, `UNITS` units in all. */
function plan(firstInventory: number, warehouses: { id: string; kind: string }[]) {
  /** Now: no unit is newer. */
  const T_END = Date.now();
  const sites: Site[] = [];
  const units: Unit[] = [];
  const unitById = new Map<string, Unit>();
  const ports: Port[] = [];
  const links: Link[] = [];
  let serials = 0;
  let macCount = 0;
  let ips = 0;
  const site = (kind: string, code: string, name: string) => {
    const id = randomUUID();
    sites.push({ id, kind, code, name });
    return id;
  };
  const unit = (
    model: Model,
    at: { kind: string; id: string; subscriberId?: string },
    opts: { status?: string; ip?: string | null; createdAt: number; attributes?: object },
  ): string => {
    const id = randomUUID();
    const n = ++serials;
    const macs: string[] = [];
    for (let i = 0; i < model.macs && model.oui; i++) {
      const low = scramble24(++macCount);
      macs.push(`${model.oui}:${hex(low >> 16, 2)}:${hex((low >> 8) & 0xff, 2)}:${hex(low & 0xff, 2)}`);
    }
    const row: Unit = {
      id,
      serial: `${model.serial}${hex(scramble32(n), 8)}`,
      inventoryNumber: inventoryNumber(firstInventory + n),
      modelId: demoItemId(model.sku),
      role: model.role,
      status: opts.status ?? 'INSTALLED',
      placeKind: at.kind,
      placeId: at.id,
      subscriberId: at.subscriberId ?? null,
      macs: macs.join(' '),
      ip: opts.ip ?? null,
      firmware: model.firmware,
      createdAt: new Date(opts.createdAt).toISOString(),
      attributes: opts.attributes ? JSON.stringify(opts.attributes) : null,
      ancestors: '',
    };
    units.push(row);
    unitById.set(id, row);
    return id;
  };
  const downPorts = new Map<string, number>();
  /** Links `down` (its port 0) to the next free port of `up`. */
  const link = (up: string, down: string, upType: string, downType: string) => {
    const index = (downPorts.get(up) ?? 0) + 1;
    downPorts.set(up, index);
    const upPort = {
      id: randomUUID(),
      equipmentId: up,
      name: `${upType.toLowerCase()}${index}`,
      index,
      type: upType,
      speed: null,
    };
    const downPort = {
      id: randomUUID(),
      equipmentId: down,
      name: 'uplink',
      index: 0,
      type: downType,
      speed: null,
    };
    ports.push(upPort, downPort);
    // Linked top-down, so the upstream unit's chain is complete already.
    const above = unitById.get(up)?.ancestors ?? '';
    (unitById.get(down) as Unit).ancestors = above ? `${up} ${above}` : up;
    links.push({
      upstreamPortId: upPort.id,
      downstreamPortId: downPort.id,
      upstreamId: up,
      downstreamId: down,
    });
  };
  const managementIp = () => {
    const c = ++ips;
    return `100.${64 + (c >> 16)}.${(c >> 8) & 0xff}.${c & 0xff}`;
  };
  const early = (i: number) => T0 + i * 3_600_000;
  /** A moment between `from` (a year after the network's start) and `to` (now). */
  const later = (from = T0 + 365 * DAY, to = T_END) => from + Math.floor(random() * (to - from));

  const corePop = site('POP', 'BN-CORE', 'Узел ядра (бенчмарк)');
  const core = unit(MODELS.core, { kind: 'SITE', id: corePop }, { ip: '10.255.0.1', createdAt: early(0) });
  const aggs: { id: string; pop: string }[] = [];
  for (let a = 0; a < 8; a++) {
    const pop = site('POP', `BN-AGG-${a + 1}`, `Узел агрегации ${a + 1} (бенчмарк)`);
    const id = unit(
      MODELS.agg,
      { kind: 'SITE', id: pop },
      { ip: `10.255.${a + 1}.1`, createdAt: early(1 + a) },
    );
    link(core, id, 'SFP+', 'SFP+');
    aggs.push({ id, pop });
    // Access switches added over the last two days (a capacity upgrade): the newest page has sites on it.
    for (let s = 0; s < 5; s++) {
      const sw = unit(
        MODELS.access,
        { kind: 'SITE', id: pop },
        { ip: `10.255.${a + 1}.${21 + s}`, createdAt: T_END - (a * 5 + s) * 3_600_000 },
      );
      link(id, sw, 'SFP+', 'SFP+');
    }
  }
  let olts = 0;
  let buildings = 0;
  const subtree = (cpe: number) => {
    const l2 = Math.ceil(cpe / 8);
    return 1 + Math.ceil(l2 / 8) + l2 + cpe;
  };
  /**
   * An OLT under aggregation `agg` with `cpe` ONTs below it through two levels of 1:8 splitters; `since`
   * the earliest its buildings were connected.
   */
  const olt = (agg: { id: string; pop: string }, cpe: number, attributes?: object, since?: number) => {
    const n = olts++;
    const id = unit(
      n % 3 === 2 ? MODELS.oltZte : MODELS.oltHuawei,
      { kind: 'SITE', id: agg.pop },
      {
        ip: `10.${1 + (n >> 8)}.${n & 0xff}.1`,
        createdAt: early(100 + n),
        ...(attributes ? { attributes } : {}),
      },
    );
    link(agg.id, id, 'SFP+', 'SFP+');
    let placed = 0;
    while (placed < cpe) {
      const b = ++buildings;
      const building = site('BUILDING', `BN-B-${String(b).padStart(6, '0')}`, `Дом ${b} (бенчмарк)`);
      // Connected at least three days ago: its second splitters a day later, its ONTs from two days on.
      const installed = later(since, T_END - 3 * DAY);
      const l1 = unit(MODELS.splitter, { kind: 'SITE', id: building }, { createdAt: installed });
      link(id, l1, 'GPON', 'GPON');
      for (let s = 0; s < 8 && placed < cpe; s++) {
        const l2 = unit(MODELS.splitter, { kind: 'SITE', id: building }, { createdAt: installed + DAY });
        link(l1, l2, 'GPON', 'GPON');
        for (let c = 0; c < 8 && placed < cpe; c++, placed++) {
          const r = random();
          const model = r < 0.5 ? MODELS.hg8245h : r < 0.85 ? MODELS.f670l : MODELS.hg8310m;
          const ont = unit(
            model,
            { kind: 'PREMISES', id: randomUUID(), subscriberId: randomUUID() },
            { ip: random() < 0.2 ? managementIp() : null, createdAt: later(installed + 2 * DAY) },
          );
          link(l2, ont, 'GPON', 'GPON');
        }
      }
    }
    return id;
  };

  const fixed = units.length + subtree(BIG);
  const stockShare = Math.round(UNITS * 0.08);
  if (fixed + stockShare > UNITS) throw new Error(`--units ${UNITS} is too few for an OLT with ${BIG} CPE`);
  const bigOlt = olt(aggs[0] as (typeof aggs)[number], BIG, { bench: BIG_MARK });
  let left = UNITS - units.length - stockShare;
  for (let k = 0; ; k++) {
    const cpe = 1_200 + ((k * 389) % 900);
    if (subtree(cpe) > left) break;
    // The first of them a new district, connected in the last month.
    olt(
      aggs[(k + 1) % aggs.length] as (typeof aggs)[number],
      cpe,
      undefined,
      k ? undefined : T_END - 30 * DAY,
    );
    left -= subtree(cpe);
  }
  // The rest is stock, received over the last three months: mostly in the central warehouse, some in the
  // regional ones and the vans.
  const places = warehouses.flatMap((w) =>
    Array.from({ length: w.kind === 'CENTRAL' ? 6 : w.kind === 'REGIONAL' ? 3 : 1 }, () => w.id),
  );
  const stockModels = [
    MODELS.hg8245h,
    MODELS.hg8245h,
    MODELS.f670l,
    MODELS.hg8310m,
    MODELS.kn1010,
    MODELS.ax53,
    MODELS.sfp,
    MODELS.splitter,
  ];
  while (units.length < UNITS) {
    unit(
      pick(stockModels),
      { kind: 'WAREHOUSE', id: pick(places) },
      {
        status: 'IN_STOCK',
        createdAt: later(T_END - 90 * DAY),
      },
    );
  }
  return { sites, units, ports, links, bigOlt, olts, buildings, core };
}

// ---- loading -------------------------------------------------------------------------------------

const chunks = <T>(rows: readonly T[]) =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

async function load(sql: postgres.Sql): Promise<{ seconds: number; olts: number; sites: number }> {
  const started = performance.now();
  await sql`set synchronous_commit = off`;
  await sql`set maintenance_work_mem = '256MB'`;
  const warehouses = await sql<{ id: string; kind: string }[]>`
    select id, kind from warehouse.locations where kind in ('CENTRAL', 'REGIONAL', 'VAN') order by code`;
  if (!warehouses.length) throw new Error('the demo warehouses are missing');
  const [seq] = await sql<{ last: string }[]>`select last_value as last from assets.inventory_seq`;
  const first = Number(seq?.last ?? 0) + 1_000;
  const p = plan(first, warehouses);
  say(
    `  planned ${p.units.length.toLocaleString('en')} units (${p.olts} OLTs, ${p.sites.length.toLocaleString('en')} sites), ` +
      `${p.ports.length.toLocaleString('en')} ports, ${p.links.length.toLocaleString('en')} links ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((r) => r[key]) as never;
  await sql`
    insert into assets.sites (id, kind, code, name)
    select * from unnest(${column(p.sites, 'id')}::uuid[], ${column(p.sites, 'kind')}::text[],
      ${column(p.sites, 'code')}::text[], ${column(p.sites, 'name')}::text[])`;
  let done = 0;
  let phase = performance.now();
  const progress = (what: string, total: number) => {
    const rate = Math.round((done * 1000) / (performance.now() - phase));
    process.stdout.write(
      `\r  ${what}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${rate} rows/s)   `,
    );
  };
  for (const rows of chunks(p.units)) {
    await sql`
      insert into assets.equipment (id, serial, inventory_number, model_id, role, status, place_kind, place_id,
        subscriber_id, macs, management_ip, firmware, attributes, ancestors, created_at, updated_at)
      select id, serial, inv, model, role, status, pk, pid, sid,
        case when m = '' then '{}'::text[] else string_to_array(m, ' ') end, ip::inet, fw, attrs::jsonb,
        case when anc = '' then '{}'::uuid[] else string_to_array(anc, ' ')::uuid[] end, at, at
      from unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'serial')}::text[],
        ${column(rows, 'inventoryNumber')}::text[], ${column(rows, 'modelId')}::uuid[], ${column(rows, 'role')}::text[],
        ${column(rows, 'status')}::text[], ${column(rows, 'placeKind')}::text[], ${column(rows, 'placeId')}::uuid[],
        ${column(rows, 'subscriberId')}::uuid[], ${column(rows, 'macs')}::text[], ${column(rows, 'ip')}::text[],
        ${column(rows, 'firmware')}::text[], ${column(rows, 'attributes')}::text[], ${column(rows, 'ancestors')}::text[],
        ${column(rows, 'createdAt')}::timestamptz[])
        as u(id, serial, inv, model, role, status, pk, pid, sid, m, ip, fw, attrs, anc, at)`;
    done += rows.length;
    progress('units', p.units.length);
  }
  process.stdout.write('\n');
  done = 0;
  phase = performance.now();
  for (const rows of chunks(p.ports)) {
    await sql`
      insert into assets.ports (id, equipment_id, name, index, type)
      select * from unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'equipmentId')}::uuid[],
        ${column(rows, 'name')}::text[], ${column(rows, 'index')}::int[], ${column(rows, 'type')}::text[])`;
    done += rows.length;
    progress('ports', p.ports.length);
  }
  process.stdout.write('\n');
  done = 0;
  phase = performance.now();
  for (const rows of chunks(p.links)) {
    await sql`
      insert into assets.links (upstream_port_id, downstream_port_id, upstream_id, downstream_id)
      select * from unnest(${column(rows, 'upstreamPortId')}::uuid[], ${column(rows, 'downstreamPortId')}::uuid[],
        ${column(rows, 'upstreamId')}::uuid[], ${column(rows, 'downstreamId')}::uuid[])`;
    done += rows.length;
    progress('links', p.links.length);
  }
  process.stdout.write('\n');
  // The chains went in with the units; the links' triggers recomputed them as each chunk of links went in
  // and must agree: every unit's chain is its uplink's unit and that unit's chain.
  const [wrong] = await sql<{ n: string }[]>`
    select count(*) as n from assets.equipment e
    left join assets.links l on l.downstream_id = e.id
    left join assets.equipment u on u.id = l.upstream_id
    where e.ancestors <> case when l.id is null then '{}' else l.upstream_id || u.ancestors end`;
  if (Number(wrong?.n) !== 0) throw new Error(`${wrong?.n} units have a wrong chain of ancestors`);
  // Every unit's CREATED entry; an installed one's PLACE entry a day later (the newest, as `lastChange`).
  done = 0;
  phase = performance.now();
  for (const rows of chunks(p.units)) {
    await sql`
      insert into assets.history (equipment_id, at, by, change, after, reason)
      select id, at, 'bench', 'CREATED', null, 'bulk load' from unnest(${column(rows, 'id')}::uuid[],
        ${column(rows, 'createdAt')}::timestamptz[]) as u(id, at)
      union all
      select id, least(at + interval '1 day', now()), 'bench', 'PLACE', jsonb_build_object('placeKind', pk, 'placeId', pid), 'installed'
      from unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'createdAt')}::timestamptz[],
        ${column(rows, 'placeKind')}::text[], ${column(rows, 'placeId')}::uuid[], ${column(rows, 'status')}::text[])
        as u(id, at, pk, pid, status)
      where status = 'INSTALLED'`;
    done += rows.length;
    progress('history of units', p.units.length);
  }
  process.stdout.write('\n');
  await sql`select setval('assets.inventory_seq', ${first + p.units.length})`;
  say('  vacuum analyze');
  await sql`vacuum (analyze) assets.equipment, assets.ports, assets.links, assets.history, assets.sites`;
  return { seconds: (performance.now() - started) / 1000, olts: p.olts, sites: p.sites.length };
}

/**
 * Waits until assets has followed the demo's warehouse documents (its units stop changing for 5 s, 60 s
 * at most), so the bulk is newer than they are and the newest page is the network's.
 */
async function settled(sql: postgres.Sql) {
  const count = async () =>
    (
      await sql<
        { n: string }[]
      >`select count(*) || '/' || coalesce(max(updated_at)::text, '') as n from assets.equipment`
    )[0]?.n;
  const until = performance.now() + 60_000;
  let last = await count();
  let since = performance.now();
  while (performance.now() - since < 5_000 && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await count();
    if (now !== last) [last, since] = [now, performance.now()];
  }
}

// ---- the run -------------------------------------------------------------------------------------

say(machineLine());
const logger = createLogger('bench', 'silent');
const server = await openDatabaseServer(process.env);
const url = databaseUrl(server.url, DATABASE);
let reused = false;
if (values.reuse) {
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  const [exists] = await admin<{ ok: number }[]>`select 1 as ok from pg_database where datname = ${DATABASE}`;
  await admin.end();
  if (exists) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [row] = await sql<{ n: string }[]>`
      select count(*) as n from assets.equipment where attributes->>'bench' is not null or serial not like 'DEMO-%'`;
    await sql.end();
    reused = Number(row?.n) >= UNITS;
  }
}
if (!reused) await freshDatabase(server.url, DATABASE, { migrate: true });

const graph = await startGraph({
  databaseUrl: url,
  logger,
  ephemeralPorts: true,
  seed: true,
  countStatements: true,
  env: { NODE_ENV: 'test' },
});
const sql = postgres(url, { max: 1, onnotice: () => {} });
let loaded: Awaited<ReturnType<typeof load>> | null = null;
if (reused) {
  say(`reusing ${DATABASE}`);
  // The statistics of indexes a new migration made.
  await sql`analyze assets.equipment, assets.links`;
} else {
  await settled(sql);
  say(`loading ${UNITS.toLocaleString('en')} units into ${DATABASE}`);
  loaded = await load(sql);
}

const [sizes] = await sql<
  {
    version: string;
    units: string;
    ports: string;
    links: string;
    history: string;
    sites: string;
    bytes: string;
  }[]
>`
  select split_part(version(), ' on ', 1) as version,
    (select count(*) from assets.equipment) as units, (select count(*) from assets.ports) as ports,
    (select count(*) from assets.links) as links, (select count(*) from assets.history) as history,
    (select count(*) from assets.sites) as sites,
    pg_total_relation_size('assets.equipment') + pg_total_relation_size('assets.ports')
      + pg_total_relation_size('assets.links') + pg_total_relation_size('assets.history') as bytes`;
if (!sizes) throw new Error('no sizes');
say(`PostgreSQL: ${sizes.version}`);
say(
  `data: ${Number(sizes.units).toLocaleString('en')} units (the demo's included), ${Number(sizes.ports).toLocaleString('en')} ports, ` +
    `${Number(sizes.links).toLocaleString('en')} links, ${Number(sizes.history).toLocaleString('en')} history entries, ` +
    `${Number(sizes.sites).toLocaleString('en')} sites; ${(Number(sizes.bytes) / 2 ** 20).toFixed(0)} MiB with indexes` +
    (loaded ? `; loaded in ${loaded.seconds.toFixed(1)} s (${loaded.olts} OLTs)` : ''),
);

// The targets: every unit's serial, MACs and IP, and the big OLT.
const targets = await sql<{ id: string; serial: string; macs: string[]; ip: string | null }[]>`
  select id, serial, macs, host(management_ip) as ip from assets.equipment order by serial`;
const [big] = await sql<
  { id: string }[]
>`select id from assets.equipment where attributes->>'bench' = ${BIG_MARK}`;
await sql.end();
if (!big) throw new Error('the big OLT is missing');
const withMacs = targets.filter((t) => t.macs.length);
const withIps = targets.filter((t) => t.ip);

/** A MAC as people type it: colons, dashes, Cisco dots or bare hex, upper or lower case. */
function notation(mac: string): string {
  const hexDigits = mac.replaceAll(':', '');
  const r = random();
  const text =
    r < 0.25
      ? mac
      : r < 0.5
        ? mac.replaceAll(':', '-')
        : r < 0.75
          ? `${hexDigits.slice(0, 4)}.${hexDigits.slice(4, 8)}.${hexDigits.slice(8)}`
          : hexDigits;
  return random() < 0.5 ? text.toLowerCase() : text;
}

/** The first `bytes` bytes of a MAC, with colons or as bare hex. */
function macPrefixOf(mac: string, bytes: number): string {
  const head = mac.slice(0, bytes * 3 - 1);
  return random() < 0.5 ? head : head.replaceAll(':', '').toLowerCase();
}

interface Kind {
  label: string;
  goal: number;
  query: string;
  /** The variables of one request, and a check of its answer. */
  make: () => { variables: Record<string, unknown>; check: (data: Record<string, unknown>) => void };
}

const UNIT = 'id serial inventoryNumber status placeKind macs managementIp';
const byCode = `query($code: String!) { equipmentByCode(code: $code) { ${UNIT} } }`;
const search = `query($s: String!) { equipmentList(first: 20, filter: { search: $s }) { nodes { ${UNIT} } } }`;
const expectUnit = (id: string, code: string) => (data: Record<string, unknown>) => {
  const found = data.equipmentByCode as { id: string } | null;
  if (found?.id !== id) throw new Error(`equipmentByCode(${code}) gave ${found?.id ?? 'nothing'}, not ${id}`);
};
const expectFound =
  (text: string, match: (u: { serial: string; macs: string[]; managementIp: string | null }) => boolean) =>
  (data: Record<string, unknown>) => {
    const nodes = (
      data.equipmentList as { nodes: { serial: string; macs: string[]; managementIp: string | null }[] }
    ).nodes;
    if (!nodes.length || !nodes.every(match))
      throw new Error(`search ${text}: ${JSON.stringify(nodes.slice(0, 3))}`);
  };

const SERVED_PAGE = `query($id: ID!, $after: String) { equipment(id: $id) {
  servedSubscriberConnection(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`;
interface Page {
  after: string | null;
  ids: string[];
  last: boolean;
}
/** Every page of the big OLT's subscribers, walked once before measuring (see below). */
const pages: Page[] = [];
const expectPage = (page: Page) => (data: Record<string, unknown>) => {
  const got = (
    data.equipment as {
      servedSubscriberConnection: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
    }
  ).servedSubscriberConnection;
  if (got.nodes.map((n) => n.id).join() !== page.ids.join() || got.pageInfo.hasNextPage === page.last) {
    throw new Error(`the page after ${page.after} differs from the walk's`);
  }
};

const KINDS: Kind[] = [
  {
    label: 'equipmentByCode: serial',
    goal: GOALS.lookupP95,
    query: byCode,
    make: () => {
      const t = pick(targets);
      const code = random() < 0.3 ? t.serial.toLowerCase() : t.serial;
      return { variables: { code }, check: expectUnit(t.id, code) };
    },
  },
  {
    label: 'equipmentByCode: MAC (any notation)',
    goal: GOALS.lookupP95,
    query: byCode,
    make: () => {
      const t = pick(withMacs);
      const code = notation(pick(t.macs));
      return { variables: { code }, check: expectUnit(t.id, code) };
    },
  },
  {
    label: 'search: serial prefix',
    goal: GOALS.lookupP95,
    query: search,
    make: () => {
      const t = pick(targets);
      const s = t.serial.slice(0, 6 + Math.floor(random() * (t.serial.length - 6)));
      return { variables: { s }, check: expectFound(s, (u) => u.serial.startsWith(s.toUpperCase())) };
    },
  },
  {
    label: 'search: MAC prefix (3–5 bytes)',
    goal: GOALS.lookupP95,
    query: search,
    make: () => {
      const mac = pick(pick(withMacs).macs);
      const s = macPrefixOf(mac, 3 + Math.floor(random() * 3));
      const colon = s.includes(':') ? s.toUpperCase() : (s.toUpperCase().match(/../g) ?? []).join(':');
      return {
        variables: { s },
        check: expectFound(
          s,
          (u) => u.macs.some((m) => m.startsWith(colon)) || u.serial.startsWith(s.toUpperCase()),
        ),
      };
    },
  },
  {
    label: 'search: management IP',
    goal: GOALS.lookupP95,
    query: search,
    make: () => {
      const t = pick(withIps);
      const s = t.ip as string;
      return {
        variables: { s },
        check: expectFound(s, (u) => u.managementIp === s || u.serial.startsWith(s)),
      };
    },
  },
  {
    label: `servedSubscriberCount of the OLT with ${BIG.toLocaleString('en')} CPE`,
    goal: GOALS.servedP95,
    query: `query($id: ID!) { equipment(id: $id) { servedSubscriberCount } }`,
    make: () => ({
      variables: { id: big.id },
      check: (data) => {
        const n = (data.equipment as { servedSubscriberCount: number }).servedSubscriberCount;
        if (n !== BIG) throw new Error(`servedSubscriberCount ${n}, not ${BIG}`);
      },
    }),
  },
  {
    label: `servedSubscribers { id } of the OLT with ${BIG.toLocaleString('en')} CPE`,
    goal: GOALS.servedP95,
    query: `query($id: ID!) { equipment(id: $id) { servedSubscribers { id } } }`,
    make: () => ({
      variables: { id: big.id },
      check: (data) => {
        const n = (data.equipment as { servedSubscribers: unknown[] }).servedSubscribers.length;
        if (n !== BIG) throw new Error(`servedSubscribers gave ${n}, not ${BIG}`);
      },
    }),
  },
  {
    label: 'servedSubscriberConnection(first: 100), first page',
    goal: GOALS.servedP95,
    query: SERVED_PAGE,
    make: () => ({ variables: { id: big.id, after: null }, check: expectPage(pages[0] as Page) }),
  },
  {
    label: 'servedSubscriberConnection(first: 100, after: <any page>)',
    goal: GOALS.servedP95,
    query: SERVED_PAGE,
    make: () => {
      const page = pick(pages);
      return { variables: { id: big.id, after: page.after }, check: expectPage(page) };
    },
  },
];

const token = await signDevToken({ role: 'NOC_ENGINEER' }, DEV_JWT_SECRET);
const gatewayUrl = graph.gateway.url;

// The big OLT's subscribers page by page, once: the pages must hold every one of them once, in id order,
// as the whole list has them.
const walkStarted = performance.now();
for (let after: string | null = null; ; ) {
  const data = await graphql(gatewayUrl, token, SERVED_PAGE, { id: big.id, after });
  const connection = (
    data.equipment as {
      servedSubscriberConnection: {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }
  ).servedSubscriberConnection;
  const { hasNextPage, endCursor } = connection.pageInfo;
  pages.push({ after, ids: connection.nodes.map((n) => n.id), last: !hasNextPage });
  if (!hasNextPage || !endCursor) break;
  after = endCursor;
}
const walkMs = performance.now() - walkStarted;
{
  const whole = (
    (await graphql(gatewayUrl, token, `query($id: ID!) { equipment(id: $id) { servedSubscribers { id } } }`, {
      id: big.id,
    })) as { equipment: { servedSubscribers: { id: string }[] } }
  ).equipment.servedSubscribers.map((s) => s.id);
  const paged = pages.flatMap((p) => p.ids);
  if (paged.length !== BIG || paged.join() !== whole.join()) {
    throw new Error(
      `the ${pages.length} pages hold ${paged.length} subscribers, not the ${whole.length} listed`,
    );
  }
}
/** Requests the subscribers subgraph has served: servedSubscribers { id } must not reach it. */
const subscribersRequests = async () =>
  (await graphqlRequests.get()).values
    .filter((v) => v.labels.service === 'subscribers')
    .reduce((sum, v) => sum + v.value, 0);

interface Result {
  label: string;
  goal: number;
  p50: number;
  p95: number;
  p99: number;
  met: boolean;
}
const results: Result[] = [];
const WARM = Math.min(50, REQUESTS);
let subscribersCalls = 0;
for (const kind of KINDS.filter((k) => !values.only || k.label.includes(values.only))) {
  for (let i = 0; i < WARM; i++) {
    const { variables, check } = kind.make();
    check(await graphql(gatewayUrl, token, kind.query, variables));
  }
  const before = await subscribersRequests();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const { variables, check } = kind.make();
    const t = performance.now();
    const data = await graphql(gatewayUrl, token, kind.query, variables);
    times.push(performance.now() - t);
    check(data);
  }
  if (kind.label.startsWith('servedSubscribers {')) subscribersCalls = (await subscribersRequests()) - before;
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  results.push({
    label: kind.label,
    goal: kind.goal,
    p50: percentile(times, 50),
    p95,
    p99: percentile(times, 99),
    met: p95 <= kind.goal,
  });
}

// Statements per subgraph of a page of 100 units with model, place and last change.
const PAGE = `{ equipmentList(first: 100) { nodes { serial model { sku }
  place { __typename ... on Warehouse { code } ... on NetworkSite { code } } lastChange { change at } } } }`;
const SUBGRAPHS = ['assets', 'catalog', 'warehouse', 'subscribers'] as const;
const counted = () => SUBGRAPHS.map((s) => graph.subgraphs.get(s)?.database.stats.statements ?? 0);
const statements = SUBGRAPHS.map(() => Number.POSITIVE_INFINITY);
let placeKinds = '';
for (let run = 0; run < 5; run++) {
  const before = counted();
  const data = await graphql(gatewayUrl, token, PAGE);
  const after = counted();
  SUBGRAPHS.forEach((_, i) => {
    statements[i] = Math.min(statements[i] as number, (after[i] as number) - (before[i] as number));
  });
  const nodes = (data.equipmentList as { nodes: { place: { __typename: string } | null }[] }).nodes;
  if (nodes.length !== 100) throw new Error(`the page holds ${nodes.length} units`);
  placeKinds = [...new Set(nodes.map((n) => n.place?.__typename ?? 'none'))].sort().join(', ');
}
const statementsMet = statements.every((n) => n <= GOALS.statements);

await graph.close();
await server.stop();

say('');
say(`through the gateway, ${REQUESTS} sequential requests per kind after ${WARM} to warm up (ms)`);
say(`  ${'kind'.padEnd(52)}${'p50'.padStart(7)}${'p95'.padStart(7)}${'p99'.padStart(7)}   goal`);
for (const r of results) {
  say(
    `  ${r.label.padEnd(52)}${r.p50.toFixed(1).padStart(7)}${r.p95.toFixed(1).padStart(7)}${r.p99.toFixed(1).padStart(7)}` +
      `   p95 ≤ ${r.goal} ${r.met ? 'met' : 'MISSED'}`,
  );
}
say(`  requests the subscribers subgraph served during servedSubscribers { id }: ${subscribersCalls}`);
say(
  `  all ${BIG.toLocaleString('en')} subscribers by servedSubscriberConnection(first: 100): ${pages.length} pages in ${walkMs.toFixed(0)} ms`,
);
say(
  `statements of equipmentList(first: 100) with model, place (${placeKinds}) and last change: ` +
    SUBGRAPHS.map((s, i) => `${s} ${statements[i]}`).join(', ') +
    ` — ≤ ${GOALS.statements} per subgraph ${statementsMet ? 'met' : 'MISSED'}`,
);
say(
  JSON.stringify({
    units: Number(sizes.units),
    loadSeconds: loaded ? +loaded.seconds.toFixed(1) : null,
    requests: REQUESTS,
    kinds: Object.fromEntries(
      results.map((r) => [
        r.label,
        { p50: +r.p50.toFixed(1), p95: +r.p95.toFixed(1), p99: +r.p99.toFixed(1), goal: r.goal, met: r.met },
      ]),
    ),
    subscribersCallsForServedIds: subscribersCalls,
    servedWalk: { pages: pages.length, ms: Math.round(walkMs) },
    pageStatements: Object.fromEntries(SUBGRAPHS.map((s, i) => [s, statements[i]])),
    pageStatementsMet: statementsMet,
  }),
);
