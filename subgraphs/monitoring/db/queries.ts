import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import { tablePage } from '../../shared/pagination.ts';
import { isUuid } from '../../shared/validation.ts';
import { type AlarmRow, alarmComments, alarms, interfaces, targets, unitStates, units } from './tables.ts';

/** An entity of another module by its key: monitoring extends it and resolves nothing else of it. */
export interface EntityRef {
  id: string;
}

export interface AlarmFilter {
  active?: boolean | null;
  severities?: readonly string[] | null;
  causes?: readonly string[] | null;
  equipmentId?: string | null;
  acknowledged?: boolean | null;
  rootOnly?: boolean | null;
}

/** The WHERE of an alarm filter; an equipment id that cannot be a UUID matches nothing. */
export function alarmWhere(filter: AlarmFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.active !== false) parts.push(isNull(alarms.clearedAt));
  if (filter.severities?.length) parts.push(inArray(alarms.severity, [...filter.severities]));
  if (filter.causes?.length) parts.push(inArray(alarms.probableCause, [...filter.causes]));
  if (filter.equipmentId) {
    parts.push(isUuid(filter.equipmentId) ? eq(alarms.equipmentId, filter.equipmentId) : sql`false`);
  }
  if (filter.acknowledged === true) parts.push(isNotNull(alarms.acknowledgedAt));
  if (filter.acknowledged === false) parts.push(isNull(alarms.acknowledgedAt));
  if (filter.rootOnly) parts.push(isNull(alarms.rootAlarmId));
  return and(...parts);
}

/** Alarms, newest raised first. */
export const listAlarms = (db: Db, args: PageArgs, filter: AlarmFilter, withCount: boolean) =>
  tablePage<AlarmRow>(db, alarms, {
    args,
    where: alarmWhere(filter),
    withCount,
    order: {
      column: alarms.raisedAt,
      id: alarms.id,
      descending: true,
      cursor: 'timestamp',
      key: (a) => [a.raisedAt, a.id],
    },
  });

export const alarmsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(alarms).where(anyId(alarms.id, ids));

const SEVERITY_ORDER = sql`array_position(array['CRITICAL','MAJOR','MINOR','WARNING'], ${alarms.severity})`;

/** The active alarms of each unit, most severe first. */
export const activeAlarmsOf = (db: Db, equipmentIds: readonly string[]) =>
  db
    .select()
    .from(alarms)
    .where(and(anyId(alarms.equipmentId, equipmentIds), isNull(alarms.clearedAt)))
    .orderBy(SEVERITY_ORDER, desc(alarms.raisedAt));

/** The active symptoms of each root alarm. */
export const symptomsOf = (db: Db, rootIds: readonly string[]) =>
  db
    .select()
    .from(alarms)
    .where(and(anyId(alarms.rootAlarmId, rootIds), isNull(alarms.clearedAt)))
    .orderBy(SEVERITY_ORDER, asc(alarms.raisedAt));

export const commentsOf = (db: Db, alarmIds: readonly string[]) =>
  db
    .select()
    .from(alarmComments)
    .where(anyId(alarmComments.alarmId, alarmIds))
    .orderBy(asc(alarmComments.at), asc(alarmComments.id));

export const statesByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(unitStates).where(anyId(unitStates.equipmentId, ids));

export const targetsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(targets).where(anyId(targets.equipmentId, ids));

export const interfacesOf = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(interfaces)
    .where(anyId(interfaces.equipmentId, ids))
    .orderBy(asc(interfaces.equipmentId), asc(interfaces.ifIndex));

export interface DownUnitRow {
  equipmentId: string;
  since: Date | null;
}

export interface CountRow {
  key: string | null;
  name: string | null;
  status: string;
  count: number;
}

export interface NetworkStatusRow {
  at: Date;
  total: number;
  byStatus: { status: string; count: number }[];
  bySite: { siteId: string | null; siteName: string | null; counts: Record<string, number> }[];
  byRole: { role: string; counts: Record<string, number> }[];
  down: DownUnitRow[];
  activeAlarms: number;
}

/**
 * The network at once, in one statement: monitored units by status, by site and by role (roles and
 * sites from what assets records; a unit it has not been read for counts under UNKNOWN role), the units
 * down longest first, and the active alarms.
 */
export async function networkStatus(db: Db): Promise<NetworkStatusRow> {
  const [row] = (await db.execute(sql`
    with m as (
      select t.equipment_id, coalesce(s.status, 'UNKNOWN') as status, s.since,
             coalesce(u.role, 'UNKNOWN') as role, u.site_id, u.site_name
      from ${targets} t
      left join ${unitStates} s on s.equipment_id = t.equipment_id
      left join ${units} u on u.equipment_id = t.equipment_id
      where t.enabled
    )
    select
      (select count(*)::int from m) as total,
      (select coalesce(json_agg(json_build_object('status', status, 'count', n)), '[]')
         from (select status, count(*)::int n from m group by status) x) as by_status,
      (select coalesce(json_agg(json_build_object('key', site_id, 'name', site_name, 'status', status, 'count', n)), '[]')
         from (select site_id, max(site_name) site_name, status, count(*)::int n from m group by site_id, status) x) as by_site,
      (select coalesce(json_agg(json_build_object('key', role, 'status', status, 'count', n)), '[]')
         from (select role, status, count(*)::int n from m group by role, status) x) as by_role,
      (select coalesce(json_agg(json_build_object('equipmentId', equipment_id, 'since', since) order by since nulls last), '[]')
         from (select equipment_id, since from m where status = 'DOWN' order by since nulls last limit 200) x) as down,
      (select count(*)::int from ${alarms} where cleared_at is null) as active_alarms,
      now() as at`)) as unknown as {
    total: number;
    by_status: { status: string; count: number }[];
    by_site: { key: string | null; name: string | null; status: string; count: number }[];
    by_role: { key: string; status: string; count: number }[];
    down: { equipmentId: string; since: string | null }[];
    active_alarms: number;
    at: Date | string;
  }[];
  if (!row) throw new Error('network status: no row');
  const sites = new Map<string, NetworkStatusRow['bySite'][number]>();
  for (const s of row.by_site) {
    const key = s.key ?? '';
    const site = sites.get(key) ?? { siteId: s.key, siteName: s.name, counts: {} };
    site.counts[s.status] = s.count;
    sites.set(key, site);
  }
  const roles = new Map<string, NetworkStatusRow['byRole'][number]>();
  for (const r of row.by_role) {
    const role = roles.get(r.key) ?? { role: r.key, counts: {} };
    role.counts[r.status] = r.count;
    roles.set(r.key, role);
  }
  return {
    at: new Date(row.at),
    total: row.total,
    byStatus: row.by_status,
    bySite: [...sites.values()].sort((a, b) => (a.siteName ?? '~').localeCompare(b.siteName ?? '~')),
    byRole: [...roles.values()].sort((a, b) => a.role.localeCompare(b.role)),
    down: row.down.map((d) => ({ equipmentId: d.equipmentId, since: d.since ? new Date(d.since) : null })),
    activeAlarms: row.active_alarms,
  };
}

export interface MismatchRow {
  equipmentId: string;
  recordedSerial: string | null;
  observedSerial: string | null;
  recordedModel: string | null;
  observedModel: string | null;
  seenAt: Date;
}

/** Units whose SERIAL_MISMATCH alarm is active, with what they report and what assets records. */
export async function observedMismatches(db: Db): Promise<MismatchRow[]> {
  return (await db.execute(sql`
    select a.equipment_id as "equipmentId", u.serial as "recordedSerial", s.observed_serial as "observedSerial",
           u.model_name as "recordedModel", s.observed_model as "observedModel", a.changed_at as "seenAt"
    from ${alarms} a
    join ${unitStates} s on s.equipment_id = a.equipment_id
    left join ${units} u on u.equipment_id = a.equipment_id
    where a.probable_cause = 'SERIAL_MISMATCH' and a.cleared_at is null
    order by a.raised_at desc
    limit 1000`)) as unknown as MismatchRow[];
}

/**
 * Metric points of one unit (ifIndex 0: the unit's own cpu and temperature; else one interface) in
 * buckets of `stepSeconds`: raw samples when the range starts within the raw retention, else hourly.
 */
export async function metricsOf(
  db: Db,
  q: { equipmentId: string; ifIndex: number; from: Date; to: Date; stepSeconds: number; rawSince: Date },
) {
  const table = q.from >= q.rawSince ? sql`monitoring.metrics_raw` : sql`monitoring.metrics_hourly`;
  const rows = (await db.execute(sql`
    select to_timestamp(floor(extract(epoch from at) / ${q.stepSeconds}) * ${q.stepSeconds}) as "at",
           avg(in_bps) as "inBps", avg(out_bps) as "outBps", avg(errors_per_second) as "errorsPerSecond",
           avg(cpu_load) as "cpuLoad", max(temperature_c) as "temperatureC"
    from ${table}
    where equipment_id = ${q.equipmentId} and if_index = ${q.ifIndex} and at >= ${q.from.toISOString()} and at < ${q.to.toISOString()}
    group by 1 order by 1
    limit 2000`)) as unknown as {
    at: Date | string;
    inBps: number | null;
    outBps: number | null;
    errorsPerSecond: number | null;
    cpuLoad: number | null;
    temperatureC: number | null;
  }[];
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}
