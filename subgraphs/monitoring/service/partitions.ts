/**
 * The metrics' time partitions: raw samples by day, hourly series by month. Partitions are created ahead
 * of time (today and the next two days; this month and the next), the hourly series is filled from the
 * raw samples of each finished hour, and retention drops whole partitions — never a DELETE over millions
 * of rows, and no table grows without bound.
 */
import type { Database } from '../../shared/db.ts';

type Pool = Pick<Database, 'sql'>;

const day = (d: Date) => d.toISOString().slice(0, 10);
const tag = (d: Date, len: number) => d.toISOString().slice(0, len).replaceAll('-', '');

function addDays(d: Date, n: number) {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
}
function addMonths(d: Date, n: number) {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

/** Creates the partitions that the next days' samples fall in. Idempotent. */
export async function ensurePartitions(database: Pool, now = new Date()): Promise<void> {
  const sql = database.sql;
  for (let i = -1; i <= 2; i++) {
    const from = addDays(now, i);
    const to = addDays(now, i + 1);
    await sql.unsafe(
      `create table if not exists monitoring.metrics_raw_${tag(from, 10)} partition of monitoring.metrics_raw
       for values from ('${day(from)}') to ('${day(to)}')`,
    );
  }
  for (let i = 0; i <= 1; i++) {
    const from = addMonths(now, i);
    const to = addMonths(now, i + 1);
    await sql.unsafe(
      `create table if not exists monitoring.metrics_hourly_${tag(from, 7)} partition of monitoring.metrics_hourly
       for values from ('${day(from)}') to ('${day(to)}')`,
    );
  }
}

/** Drops partitions wholly older than the retention. Returns the names dropped. */
export async function dropExpired(
  database: Pool,
  retention: { rawDays: number; hourlyDays: number },
  now = new Date(),
): Promise<string[]> {
  const rows = await database.sql<{ name: string; parent: string; upper: string }[]>`
    select c.relname as name, p.relname as parent,
           substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)') as upper
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_class p on p.oid = i.inhparent
    join pg_namespace n on n.oid = p.relnamespace
    where n.nspname = 'monitoring' and p.relname in ('metrics_raw', 'metrics_hourly')`;
  const dropped: string[] = [];
  for (const r of rows) {
    const keepDays = r.parent === 'metrics_raw' ? retention.rawDays : retention.hourlyDays;
    if (new Date(r.upper).getTime() <= now.getTime() - keepDays * 86_400_000) {
      await database.sql.unsafe(`drop table if exists monitoring.${r.name}`);
      dropped.push(r.name);
    }
  }
  return dropped;
}

/** Fills the hourly series from raw samples for every finished hour not yet rolled up (since `from`). */
export async function rollUp(database: Pool, now = new Date()): Promise<number> {
  const rows = await database.sql<{ n: number }[]>`
    with hours as (
      insert into monitoring.metrics_hourly
        (equipment_id, if_index, at, in_bps, out_bps, errors_per_second, cpu_load, temperature_c, samples)
      select equipment_id, if_index, date_trunc('hour', at), avg(in_bps), avg(out_bps), avg(errors_per_second),
             avg(cpu_load), max(temperature_c), count(*)
      from monitoring.metrics_raw
      where at >= coalesce((select max(at) + interval '1 hour' from monitoring.metrics_hourly), now() - interval '3 days')
        and at < date_trunc('hour', ${now.toISOString()}::timestamptz)
      group by 1, 2, 3
      on conflict do nothing
      returning 1
    )
    select count(*)::int as n from hours`;
  return rows[0]?.n ?? 0;
}

/** Runs `work` under the upkeep lock: one process at a time creates or drops partitions. */
export function lockedUpkeep(database: Pool, work: (scoped: Pool) => Promise<unknown>): Promise<unknown> {
  return database.sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('monitoring:partitions'))`;
    return work({ sql: tx as unknown as Database['sql'] });
  });
}

/** Partition upkeep every hour (and once at start): create ahead, roll up, drop what expired. */
export function keepPartitions(
  database: Database,
  retention: { rawDays: number; hourlyDays: number },
  onError: (error: unknown) => void,
): { stop(): void; ready: Promise<void> } {
  // One upkeep at a time across every replica and poller process.
  const run = () =>
    lockedUpkeep(database, async (scoped) => {
      await ensurePartitions(scoped);
      await rollUp(scoped);
      await dropExpired(scoped, retention);
    });
  const ready = run().then(
    () => undefined,
    (error: unknown) => onError(error),
  );
  const timer = setInterval(() => void run().catch(onError), 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer), ready };
}
