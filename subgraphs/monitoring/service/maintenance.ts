/**
 * Planned works from the subscribers module: its PLANNED_WORK company events scoped to units, read
 * through the graph every half minute into `monitoring.maintenance_windows`. While a window is open over
 * a unit (or a unit above it) its alarms are raised UNDER_MAINTENANCE and notify nobody; when the window
 * closes, what is still wrong alarms normally — notified then, as if raised that moment.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../shared/db.ts';
import { withTransaction } from '../../shared/db.ts';
import type { GraphClient } from '../../shared/graph-client.ts';
import type { Logger } from '../../shared/logger.ts';
import { type AlarmRow, alarms, maintenanceWindows, units } from '../db/tables.ts';
import { alarmEvent } from './alarms.ts';
import { publishAlarmChange } from './live.ts';

interface EventNode {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: string;
  scope: { kind: string; equipmentIds: string[] };
}

const QUERY = `query PlannedWorks($after: String) {
  companyEvents(first: 100, after: $after, filter: { types: [PLANNED_WORK], statuses: [PLANNED, ACTIVE] }) {
    nodes { id title startsAt endsAt status scope { kind equipmentIds } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Reads the planned works over units and keeps them as windows (others are forgotten). */
export async function readPlannedWorks(database: Database, graph: GraphClient): Promise<number> {
  const found: EventNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: {
      companyEvents: { nodes: EventNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await graph.request(QUERY, { after });
    found.push(
      ...data.companyEvents.nodes.filter((e) => e.scope.kind === 'EQUIPMENT' && e.scope.equipmentIds.length),
    );
    if (!data.companyEvents.pageInfo.hasNextPage) break;
    after = data.companyEvents.pageInfo.endCursor;
  }
  const readAt = new Date();
  await withTransaction({ database }, async (tx) => {
    await tx.db
      .delete(maintenanceWindows)
      .where(
        found.length
          ? sql`${maintenanceWindows.eventId} <> all(${sql.param(found.map((e) => e.id))}::uuid[])`
          : sql`true`,
      );
    if (found.length) {
      await tx.db
        .insert(maintenanceWindows)
        .values(
          found.map((e) => ({
            eventId: e.id,
            title: e.title,
            equipmentIds: e.scope.equipmentIds,
            startsAt: new Date(e.startsAt),
            endsAt: new Date(e.endsAt),
            readAt,
          })),
        )
        .onConflictDoUpdate({
          target: maintenanceWindows.eventId,
          set: {
            title: sql`excluded.title`,
            equipmentIds: sql`excluded.equipment_ids`,
            startsAt: sql`excluded.starts_at`,
            endsAt: sql`excluded.ends_at`,
            readAt,
          },
        });
    }
  });
  return found.length;
}

/**
 * Alarms raised under maintenance whose unit no window covers any more: they alarm normally now
 * (notified, published as UPDATED). Returns them.
 */
export async function endMaintenance(database: Database, now = new Date()): Promise<AlarmRow[]> {
  const at = now.toISOString();
  return withTransaction({ database }, async (tx) => {
    const rows = await tx.db
      .update(alarms)
      .set({ underMaintenance: false, notified: sql`${alarms.rootAlarmId} is null`, changedAt: now })
      .where(
        sql`${alarms.clearedAt} is null and ${alarms.underMaintenance} and not exists (
          select 1 from ${maintenanceWindows} w
          where w.starts_at <= ${at} and w.ends_at > ${at}
            and w.equipment_ids && (${alarms.equipmentId} || coalesce(
              (select u.upstream_ids from ${units} u where u.equipment_id = ${alarms.equipmentId}), '{}')))`,
      )
      .returning();
    for (const a of rows) await publishAlarmChange(tx, alarmEvent(a, 'UPDATED'));
    return rows;
  });
}

const SWEEP_MS = 30_000;

/** Reads planned works and ends maintenance every half minute (and once at start). */
export function followPlannedWorks(
  database: Database,
  graph: GraphClient | null,
  logger: Logger,
  sweepMs = SWEEP_MS,
): { stop(): Promise<void>; sweep(): Promise<void> } {
  const sweep = async () => {
    try {
      if (graph) await readPlannedWorks(database, graph);
    } catch (error) {
      logger.warn({ err: error }, 'monitoring: reading planned works failed');
    }
    try {
      await endMaintenance(database);
    } catch (error) {
      logger.warn({ err: error }, 'monitoring: ending maintenance failed');
    }
  };
  // One sweep at a time; stopping waits for the one under way (it reads through the gateway).
  let running: Promise<void> = sweep();
  const timer = setInterval(() => {
    running = running.then(sweep);
  }, sweepMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
    sweep,
  };
}
