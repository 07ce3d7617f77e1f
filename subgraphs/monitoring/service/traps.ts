/**
 * Traps: linkDown, linkUp and coldStart from a monitored unit change its status and alarms at once,
 * without waiting for its next poll. The unit is known by the trap's source address (its management
 * address as configured); a trap from any other source is counted and logged, never acted on.
 */
import { Counter } from 'prom-client';
import type { Database } from '../../shared/db.ts';
import { withTransaction } from '../../shared/db.ts';
import type { Logger } from '../../shared/logger.ts';
import { registry } from '../../shared/metrics.ts';
import type { TrapEvent } from '../snmp/traps.ts';
import { applyTrap } from './apply.ts';

const trapsTotal = new Counter({
  name: 'monitoring_traps_total',
  help: 'Traps received, by what was done with them',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const countRejectedTrap = () => trapsTotal.inc({ outcome: 'rejected' });

/**
 * Acts on one trap; resolves to whether it came from a monitored unit. The unit is the one configured at
 * the trap's source address and port, or the only one at that address.
 */
export async function handleTrap(database: Database, logger: Logger, trap: TrapEvent): Promise<boolean> {
  // The unit at the trap's source address and port (an agent sending from its own socket); else the one
  // unit at that address (an agent sending from another port); several there and none on the port: unknown.
  const rows = await database.sql<
    { equipment_id: string; interval_seconds: number; upstream_ids: string[] | null; exact: boolean }[]
  >`
    select t.equipment_id, t.interval_seconds, u.upstream_ids, t.port = ${trap.source.port} as exact
    from monitoring.targets t left join monitoring.units u on u.equipment_id = t.equipment_id
    where t.host = ${trap.source.address} and t.enabled
    order by (t.port = ${trap.source.port}) desc
    limit 2`;
  const unit = rows[0]?.exact || rows.length === 1 ? rows[0] : undefined;
  if (!unit) {
    trapsTotal.inc({ outcome: 'unknown_source' });
    logger.warn({ source: trap.source.address, kind: trap.kind }, 'trap from an unknown source ignored');
    return false;
  }
  if (trap.kind === 'other') {
    trapsTotal.inc({ outcome: 'ignored' });
    return true;
  }
  await withTransaction({ database }, (tx) =>
    applyTrap(
      tx,
      {
        equipmentId: unit.equipment_id,
        upstreamIds: unit.upstream_ids ?? [],
        intervalSeconds: unit.interval_seconds,
      },
      { kind: trap.kind, ifIndex: trap.ifIndex, now: trap.receivedAt },
    ),
  );
  trapsTotal.inc({ outcome: 'applied' });
  return true;
}
