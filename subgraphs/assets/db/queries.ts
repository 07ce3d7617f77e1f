/** The assets module's reads: lists, lookups by code, the topology walks, and the batched loader reads. */
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import { type Connection, type KeysetOrder, type PageArgs, tablePage } from '../../shared/pagination.ts';
import { macPrefix, normalizeIp, normalizeMac, readCode } from '../domain/identifiers.ts';
import { type EquipmentRow, equipment, history, links, ports, type SiteRow, sites } from './tables.ts';

/** An entity another module owns, as assets names it. */
export interface EntityRef {
  id: string;
}

/** A unit's place as the `EquipmentPlace` union resolves it. */
export type PlaceRef =
  | { __typename: 'Warehouse' | 'Premises'; id: string }
  | (SiteRow & { __typename: 'NetworkSite' });

/** One disagreement between a unit and the warehouse's record of its serial. */
export interface DifferenceRow {
  equipment: EquipmentRow | null;
  serial: string;
  model: EntityRef;
  placeKind: string | null;
  placeId: string | null;
  status: string | null;
  warehouseLocationId: string | null;
  problem: string;
}

export const equipmentByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(equipment).where(anyId(equipment.id, ids));

export const sitesByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(sites).where(anyId(sites.id, ids));

export const portsOf = (db: Db, equipmentIds: readonly string[]) =>
  db.select().from(ports).where(anyId(ports.equipmentId, equipmentIds)).orderBy(ports.index);

export const portsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(ports).where(anyId(ports.id, ids));

/** The links on these ports (either end). */
export const linksOfPorts = (db: Db, portIds: readonly string[]) =>
  db
    .select()
    .from(links)
    .where(
      sql`${links.upstreamPortId} = any(${sql.param([...portIds])}::uuid[]) or ${links.downstreamPortId} = any(${sql.param([...portIds])}::uuid[])`,
    );

/** The newest `limit` history entries of each unit, in one statement. */
export function historyOf(db: Db, ids: readonly string[], limit: number) {
  const ranked = db
    .select({
      ...getTableColumns(history),
      rank: sql<number>`row_number() over (partition by ${history.equipmentId} order by ${history.id} desc)`.as(
        'rank',
      ),
    })
    .from(history)
    .where(anyId(history.equipmentId, ids))
    .as('ranked');
  const { rank, ...row } = ranked._.selectedFields;
  return db
    .select(row)
    .from(ranked)
    .where(sql`${rank} <= ${limit}`)
    .orderBy(row.equipmentId, rank) as unknown as Promise<(typeof history.$inferSelect)[]>;
}

export interface EquipmentFilter {
  search?: string | null;
  roles?: readonly string[] | null;
  statuses?: readonly string[] | null;
  siteId?: string | null;
  warehouseId?: string | null;
  modelId?: string | null;
  subscriberId?: string | null;
}

const newestFirst: KeysetOrder<EquipmentRow> = {
  column: equipment.createdAt,
  id: equipment.id,
  descending: true,
  cursor: 'timestamp',
  key: (r) => [r.createdAt, r.id],
};

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A MAC as `AA:BB:CC:DD:EE:FF` made a 48-bit number, as equipment_first_mac_idx and _second_ hold it. */
const macNumber = (mac: SQL) => sql`('x' || replace(${mac}, ':', ''))::bit(48)::bigint`;

/**
 * A unit carrying a MAC in `[from, to]` (48-bit numbers), through equipment_first_mac_idx,
 * equipment_second_mac_idx and equipment_mac_count_idx (see tables.ts): the first MAC, the second, or any
 * when a unit has more. `any` is the test of every MAC.
 */
function macCondition(from: bigint, to: bigint, any: SQL): SQL {
  const within = (mac: SQL) =>
    from === to
      ? sql`${macNumber(mac)} = ${String(from)}::bigint`
      : sql`${macNumber(mac)} between ${String(from)}::bigint and ${String(to)}::bigint`;
  return sql`(${within(sql`${equipment.macs}[1]`)} or ${within(sql`${equipment.macs}[2]`)}
    or (cardinality(${equipment.macs}) > 2 and ${any}))`;
}

/** The numbers of the MACs starting with `prefix` (`AA:BB:CC`, whole bytes): the first and the last. */
function macRange(prefix: string): [bigint, bigint] {
  const hex = prefix.replaceAll(':', '');
  const rest = 12 - hex.length;
  return [BigInt(`0x${hex}${'0'.repeat(rest)}`), BigInt(`0x${hex}${'F'.repeat(rest)}`)];
}

/** An IPv4 address's first octets as typed (`10.0.`, `10.0.1`): the subnet of its whole octets. */
function ipv4Prefix(text: string): { subnet: string } | null {
  if (!/^\d{1,3}(\.\d{0,3}){1,3}$/.test(text)) return null;
  const whole = text.split('.').slice(0, -1);
  if (!whole.length || whole.some((p) => p === '' || Number(p) > 255)) return null;
  const octets = [...whole, '0', '0', '0', '0'].slice(0, 4);
  return { subnet: `${octets.join('.')}/${whole.length * 8}` };
}

/**
 * What a search matches: a serial or inventory number (exact or prefix, upper case), a management IP, a MAC
 * (exact, or its first bytes).
 */
function searchCondition(search: string): SQL {
  const text = search.trim();
  const upper = text.toUpperCase();
  const options: SQL[] = [
    sql`${equipment.serial} like ${likePrefix(upper)}`,
    sql`${equipment.inventoryNumber} like ${likePrefix(upper)}`,
  ];
  const ip = normalizeIp(text);
  // A whole address finds that unit; its first octets, every unit in the range.
  if (ip) options.push(sql`${equipment.managementIp} = ${ip}::inet`);
  else {
    const prefix = ipv4Prefix(text);
    if (prefix) {
      // The whole octets as a subnet (served by the index), the rest as text: `10.0.1` finds 10.0.1.x
      // and 10.0.10–19.x.
      options.push(
        sql`(${equipment.managementIp} <<= ${prefix.subnet}::inet and host(${equipment.managementIp}) like ${likePrefix(text)})`,
      );
    }
  }
  const mac = normalizeMac(text);
  if (mac) {
    const [n] = macRange(mac);
    options.push(macCondition(n, n, sql`${equipment.macs} @> array[${mac}]::text[]`));
  } else {
    const prefix = macPrefix(text);
    if (prefix) {
      const [from, to] = macRange(prefix);
      const like = likePrefix(prefix);
      options.push(
        macCondition(from, to, sql`exists (select 1 from unnest(${equipment.macs}) m where m like ${like})`),
      );
    }
  }
  return sql`(${sql.join(options, sql` or `)})`;
}

export function equipmentWhere(filter: EquipmentFilter): SQL | undefined {
  return and(
    filter.search?.trim() ? searchCondition(filter.search) : undefined,
    filter.roles?.length ? inArray(equipment.role, [...filter.roles]) : undefined,
    filter.statuses?.length ? inArray(equipment.status, [...filter.statuses]) : undefined,
    filter.siteId ? and(eq(equipment.placeKind, 'SITE'), eq(equipment.placeId, filter.siteId)) : undefined,
    filter.warehouseId
      ? and(eq(equipment.placeKind, 'WAREHOUSE'), eq(equipment.placeId, filter.warehouseId))
      : undefined,
    filter.modelId ? eq(equipment.modelId, filter.modelId) : undefined,
    filter.subscriberId ? eq(equipment.subscriberId, filter.subscriberId) : undefined,
  );
}

/** Units, newest first; one statement for the page (and its count when asked). */
export function listEquipment(
  db: Db,
  args: PageArgs,
  filter: EquipmentFilter,
  withCount: boolean,
  extra?: SQL,
): Promise<Connection<EquipmentRow>> {
  return tablePage<EquipmentRow>(db, equipment, {
    args,
    order: newestFirst,
    where: and(equipmentWhere(filter), extra),
    withCount,
  });
}

/**
 * The unit a scanned code names: inventory number, then MAC, then serial (any model), the newest when
 * several carry it; null when none.
 */
export async function equipmentByCode(db: Db, code: string): Promise<EquipmentRow | null> {
  for (const read of readCode(code)) {
    const where =
      read.kind === 'inventory'
        ? eq(equipment.inventoryNumber, read.value)
        : read.kind === 'mac'
          ? sql`${equipment.macs} @> array[${read.value}]::text[]`
          : eq(equipment.serial, read.value);
    // Every match, the newest taken here: a code names one unit or a few (a serial once per model). With
    // `order by created_at desc limit 1` PostgreSQL, having no statistics for a MAC it has seen once
    // (it guesses 0.5 % of the table), walks the newest-first index to the match instead of the GIN
    // index: 70–100 ms at 200,000 units instead of 0.1.
    const rows = await db.select().from(equipment).where(where);
    const newest = rows.reduce<EquipmentRow | null>(
      (best, r) =>
        !best || r.createdAt > best.createdAt || (+r.createdAt === +best.createdAt && r.id > best.id)
          ? r
          : best,
      null,
    );
    if (newest) return newest;
  }
  return null;
}

/** The units above a unit, nearest first, up to the top: its `ancestors`, in one statement. */
export function upstreamOf(db: Db, id: string): Promise<EquipmentRow[]> {
  const chain = sql`(select u.ancestors from ${equipment} u where u.id = ${id})`;
  return (
    db
      .select()
      .from(equipment)
      // Cast, or `= any((select …))` would be the subquery form, comparing the id with the whole array.
      .where(sql`${equipment.id} = any(${chain}::uuid[])`)
      .orderBy(sql`array_position(${chain}, ${equipment.id})`)
  );
}

/**
 * `ids of every unit below `root`` as SQL (recursive), for lists and counts. A unit has one uplink and
 * no link closes a loop, so the walk is a tree: `union all` (no duplicate to remove); the depth bound only
 * stops a loop that got into the data anyway.
 */
const below = (root: string) => sql`(
  with recursive d(id, depth) as (
    select l.downstream_id, 1 from ${links} l where l.upstream_id = ${root}
    union all
    select l.downstream_id, d.depth + 1 from d join ${links} l on l.upstream_id = d.id where d.depth < 64
  ) select id from d)`;

/** The units below a unit (all levels), newest first. */
export const listDownstream = (db: Db, root: string, args: PageArgs, withCount: boolean) =>
  listEquipment(db, args, {}, withCount, sql`${equipment.id} in ${below(root)}`);

/**
 * What serves a subscriber: a unit installed at their premises. The same predicate as
 * equipment_served_ancestors_idx's, written so the planner can prove it implies the index's.
 */
const SERVES = sql`e.place_kind = 'PREMISES' and e.status = 'INSTALLED' and e.subscriber_id is not null`;

/**
 * The subscribers `root` (an SQL expression) serves as a subquery of `subscriber_id`s, a subscriber with two
 * units twice: the root's own, and those of every unit with the root among its `ancestors` — one read of
 * equipment_served_ancestors_idx, however deep the tree.
 */
const servedBy = (root: SQL) => sql`(
  select e.subscriber_id from ${equipment} e where e.id = ${root} and ${SERVES}
  union all
  select e.subscriber_id from ${equipment} e where e.ancestors @> array[${root}] and ${SERVES})`;

const roots = (ids: readonly string[]) => sql`unnest(${sql.param([...ids])}::uuid[]) as r(root)`;

/** A subscriber a unit serves. */
export type ServedRow = {
  root: string;
  subscriberId: string;
};

/** The subscribers each root serves (at it or anywhere below it), each once, in id order; one statement. */
export function servedSubscribersOf(db: Db, ids: readonly string[]): Promise<ServedRow[]> {
  return db.execute<ServedRow>(sql`
    select distinct r.root as "root", s.subscriber_id as "subscriberId"
    from ${roots(ids)} cross join lateral ${servedBy(sql`r.root`)} s
    order by 1, 2`) as unknown as Promise<ServedRow[]>;
}

/** How many subscribers each root serves (each once), without reading their ids out; one statement. */
export async function servedCountsOf(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.execute<{ root: string; n: number }>(sql`
    select r.root as "root", (
      -- Grouped and counted rather than count(distinct), which always sorts: hashing is a third cheaper.
      select count(*) from (select s.subscriber_id from ${servedBy(sql`r.root`)} s group by 1) g
    )::int as "n"
    from ${roots(ids)}`);
  return new Map(rows.map((r) => [r.root, r.n]));
}

/**
 * A page of the subscribers each root serves, in id order after `after` (a subscriber id): `limit` rows
 * a root at most, one statement for every root. The index gives the matches in no order, so each root's
 * matches are read and the page taken from them (a top-N sort, not the whole list built).
 */
export function servedPagesOf(
  db: Db,
  ids: readonly string[],
  after: string | null,
  limit: number,
): Promise<ServedRow[]> {
  return db.execute<ServedRow>(sql`
    select r.root as "root", p.subscriber_id as "subscriberId"
    from ${roots(ids)} cross join lateral (
      select distinct s.subscriber_id from ${servedBy(sql`r.root`)} s
      ${after ? sql`where s.subscriber_id > ${after}::uuid` : sql``}
      order by s.subscriber_id limit ${limit}
    ) p
    order by 1, 2`) as unknown as Promise<ServedRow[]>;
}

export async function siteList(db: Db, kind: string | null) {
  return db
    .select()
    .from(sites)
    .where(kind ? eq(sites.kind, kind) : undefined)
    .orderBy(sites.code);
}

export const equipmentAtPlaces = (db: Db, kind: string, placeIds: readonly string[]) =>
  db
    .select()
    .from(equipment)
    .where(and(eq(equipment.placeKind, kind), anyId(equipment.placeId, placeIds)))
    .orderBy(equipment.inventoryNumber);

export const equipmentOfSubscribers = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(equipment)
    .where(and(anyId(equipment.subscriberId, ids), eq(equipment.placeKind, 'PREMISES')))
    .orderBy(equipment.inventoryNumber);
