/**
 * Raising and clearing alarms inside the change's transaction: one active alarm per unit, cause and
 * interface (a condition seen again updates it); a unit below a unit that is DOWN gets its alarms as
 * symptoms of that root; a planned work over the unit (or a unit above it) raises them UNDER_MAINTENANCE.
 * Neither a symptom nor an alarm under maintenance notifies anyone.
 */
import { and, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { type AlarmRow, alarms, maintenanceWindows, unitStates, units } from '../db/tables.ts';
import { type AlarmToRaise, parseAlarmKey } from '../domain/evaluate.ts';
import { type AlarmChangeEvent, publishAlarmChange } from './live.ts';

/** The causes that stand behind a root UNIT_DOWN above: what a unit cut off from the network shows. */
const SYMPTOM_CAUSES = new Set(['UNIT_DOWN', 'LINK_DOWN', 'FLAPPING', 'RESTARTED']);

export const alarmEvent = (a: AlarmRow, change: string): AlarmChangeEvent => ({
  alarmId: a.id,
  equipmentId: a.equipmentId,
  change,
  severity: a.severity,
  probableCause: a.probableCause,
  active: a.clearedAt === null,
  acknowledged: a.acknowledgedAt !== null,
  rootOnly: a.rootAlarmId === null,
  at: a.changedAt.toISOString(),
});

/** Whether a planned work covers any of these units now. */
export async function underMaintenance(tx: Tx, equipmentIds: readonly string[], at: Date): Promise<boolean> {
  const [row] = await tx.db
    .select({ on: sql<boolean>`true` })
    .from(maintenanceWindows)
    .where(
      sql`${maintenanceWindows.startsAt} <= ${at.toISOString()} and ${maintenanceWindows.endsAt} > ${at.toISOString()}
        and ${maintenanceWindows.equipmentIds} && ${sql.param([...equipmentIds])}::uuid[]`,
    )
    .limit(1);
  return Boolean(row);
}

/** The active UNIT_DOWN alarm of the nearest unit above that has one. */
async function rootAbove(tx: Tx, upstreamIds: readonly string[]): Promise<AlarmRow | null> {
  if (!upstreamIds.length) return null;
  const rows = await tx.db
    .select()
    .from(alarms)
    .where(
      sql`${alarms.probableCause} = 'UNIT_DOWN' and ${alarms.clearedAt} is null
        and ${alarms.equipmentId} = any(${sql.param([...upstreamIds])}::uuid[])`,
    );
  rows.sort((a, b) => upstreamIds.indexOf(a.equipmentId) - upstreamIds.indexOf(b.equipmentId));
  return rows[0] ?? null;
}

/** Recomputes the unit's list of active alarm keys from its alarms. */
export async function refreshActiveKeys(tx: Tx, equipmentId: string): Promise<string[]> {
  const [row] = await tx.db
    .update(unitStates)
    .set({
      activeAlarms: sql`coalesce((select array_agg(case when a.if_index = 0 then a.probable_cause
          else a.probable_cause || ':' || a.if_index end order by a.probable_cause, a.if_index)
        from ${alarms} a where a.equipment_id = ${equipmentId} and a.cleared_at is null), '{}')`,
    })
    .where(eq(unitStates.equipmentId, equipmentId))
    .returning({ keys: unitStates.activeAlarms });
  return row?.keys ?? [];
}

export interface RaiseContext {
  equipmentId: string;
  /** Units above, nearest first (from what assets records). */
  upstreamIds: readonly string[];
  at: Date;
}

/**
 * Raises (or updates) the alarms, publishing each change. A new UNIT_DOWN becomes the root of the active
 * alarms of units below that have none. Returns the alarms as written.
 */
export async function raiseAlarms(
  tx: Tx,
  unit: RaiseContext,
  raise: readonly AlarmToRaise[],
): Promise<AlarmRow[]> {
  if (!raise.length) return [];
  // Roots and symptoms are linked by whichever of the two commits second, so such raises take turns: a
  // unit and the unit above it going down at once cannot both miss the other.
  if (raise.some((a) => SYMPTOM_CAUSES.has(a.cause))) {
    await tx.sql`select pg_advisory_xact_lock(hashtext('monitoring:root-causes'))`;
  }
  const maintenance = await underMaintenance(tx, [unit.equipmentId, ...unit.upstreamIds], unit.at);
  const root = raise.some((a) => SYMPTOM_CAUSES.has(a.cause)) ? await rootAbove(tx, unit.upstreamIds) : null;
  const written: AlarmRow[] = [];
  for (const a of raise) {
    const rootId = SYMPTOM_CAUSES.has(a.cause) ? (root?.id ?? null) : null;
    const [row] = await tx.db
      .insert(alarms)
      .values({
        equipmentId: unit.equipmentId,
        probableCause: a.cause,
        ifIndex: a.ifIndex,
        severity: a.severity,
        state: 'RAISED',
        specificProblem: a.specificProblem,
        raisedAt: unit.at,
        changedAt: unit.at,
        underMaintenance: maintenance,
        notified: !maintenance && rootId === null,
        rootAlarmId: rootId,
      })
      .onConflictDoUpdate({
        target: [alarms.equipmentId, alarms.probableCause, alarms.ifIndex],
        targetWhere: sql`${alarms.clearedAt} is null`,
        set: {
          occurrences: sql`${alarms.occurrences} + 1`,
          state: 'UPDATED',
          changedAt: unit.at,
          severity: a.severity,
          specificProblem: a.specificProblem,
        },
      })
      .returning({ ...getTableColumns(alarms), inserted: sql<boolean>`(xmax = 0)` });
    if (!row) continue;
    const { inserted, ...alarm } = row;
    written.push(alarm);
    await publishAlarmChange(tx, alarmEvent(alarm, inserted ? 'RAISED' : 'UPDATED'));
    if (inserted && alarm.probableCause === 'UNIT_DOWN' && alarm.rootAlarmId === null) {
      await adoptSymptoms(tx, alarm);
    }
  }
  await refreshActiveKeys(tx, unit.equipmentId);
  return written;
}

/**
 * A new root: the active alarms of the units below (that are no one's symptom yet) become its symptoms,
 * and it lists the monitored units below as affected (assets' full list and the subscribers follow).
 */
async function adoptSymptoms(tx: Tx, root: AlarmRow): Promise<void> {
  const below = sql`(select ${units.equipmentId} from ${units} where ${root.equipmentId} = any(${units.upstreamIds}))`;
  const adopted = await tx.db
    .update(alarms)
    .set({ rootAlarmId: root.id, changedAt: root.raisedAt })
    .where(
      sql`${alarms.clearedAt} is null and ${alarms.rootAlarmId} is null and ${alarms.id} <> ${root.id}
        and ${alarms.probableCause} in ('UNIT_DOWN', 'LINK_DOWN', 'FLAPPING', 'RESTARTED')
        and ${alarms.equipmentId} in ${below}`,
    )
    .returning();
  for (const a of adopted) await publishAlarmChange(tx, alarmEvent(a, 'UPDATED'));
  await tx.db
    .update(alarms)
    .set({
      affectedEquipmentIds: sql`coalesce((select array_agg(${units.equipmentId} order by ${units.equipmentId}) from ${units}
        where ${root.equipmentId} = any(${units.upstreamIds})), '{}')`,
    })
    .where(eq(alarms.id, root.id));
}

/**
 * Clears the unit's active alarms with these keys (`CAUSE` or `CAUSE:ifIndex`), publishing each. A cleared
 * root lets its symptoms go: they stand on their own (and clear when their unit answers).
 */
export async function clearAlarms(
  tx: Tx,
  equipmentId: string,
  keys: readonly string[],
  at: Date,
): Promise<AlarmRow[]> {
  if (!keys.length) return [];
  const cleared: AlarmRow[] = [];
  for (const key of keys) {
    const { cause, ifIndex } = parseAlarmKey(key);
    const rows = await tx.db
      .update(alarms)
      .set({ state: 'CLEARED', clearedAt: at, changedAt: at })
      .where(
        and(
          eq(alarms.equipmentId, equipmentId),
          eq(alarms.probableCause, cause),
          eq(alarms.ifIndex, ifIndex),
          isNull(alarms.clearedAt),
        ),
      )
      .returning();
    cleared.push(...rows);
  }
  for (const a of cleared) {
    await publishAlarmChange(tx, alarmEvent(a, 'CLEARED'));
    if (a.probableCause === 'UNIT_DOWN') await releaseSymptoms(tx, a, at);
  }
  await refreshActiveKeys(tx, equipmentId);
  return cleared;
}

/** The symptoms of a root that cleared stand on their own now. */
export async function releaseSymptoms(tx: Tx, root: AlarmRow, at: Date): Promise<void> {
  const released = await tx.db
    .update(alarms)
    .set({ rootAlarmId: null, changedAt: at })
    .where(and(eq(alarms.rootAlarmId, root.id), isNull(alarms.clearedAt)))
    .returning();
  for (const a of released) await publishAlarmChange(tx, alarmEvent(a, 'UPDATED'));
}

/**
 * A root UNIT_DOWN alarm's subscribers: those assets says the unit serves, read through the graph after
 * the alarm committed (a slow or absent gateway never holds up the alarm itself).
 */
export async function recordAffectedSubscribers(
  database: { db: Tx['db'] },
  graph: { request<T>(query: string, variables?: Record<string, unknown>): Promise<T> },
  alarm: AlarmRow,
): Promise<number> {
  const data = await graph.request<{ equipment: { servedSubscribers: { id: string }[] } | null }>(
    'query AffectedSubscribers($id: ID!) { equipment(id: $id) { servedSubscribers { id } } }',
    { id: alarm.equipmentId },
  );
  const ids = data.equipment?.servedSubscribers.map((s) => s.id) ?? [];
  await database.db
    .update(alarms)
    .set({ affectedSubscriberIds: ids })
    .where(and(eq(alarms.id, alarm.id), isNull(alarms.clearedAt)));
  return ids.length;
}
