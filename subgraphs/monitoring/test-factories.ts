/** Typed builders of monitoring data for tests: configured units and their alarms. */
import { randomUUID } from 'node:crypto';
import { withTransaction } from '../shared/db.ts';
import type { MonitoringContext } from './context.ts';
import type { AlarmRow } from './db/tables.ts';
import { alarmKey, type ProbableCause, SEVERITY_OF } from './domain/evaluate.ts';
import { raiseAlarms } from './service/alarms.ts';
import { configureMonitoring } from './service/configure.ts';

/** A unit monitored over v2c at `host:port` (a unit assets need not know: no gateway in these tests). */
export async function newMonitoredUnit(
  ctx: MonitoringContext,
  over: Record<string, unknown> = {},
): Promise<string> {
  const equipmentId = (over.equipmentId as string | undefined) ?? randomUUID();
  await configureMonitoring(ctx, {
    equipmentId,
    host: '127.0.0.1',
    port: 16_999,
    version: 'V2C',
    community: `c-${equipmentId.slice(0, 8)}`,
    intervalSeconds: 60,
    ...over,
  });
  return equipmentId;
}

/** An active alarm on a (new) unit. */
export async function newAlarm(
  ctx: MonitoringContext,
  cause: ProbableCause = 'LINK_DOWN',
  equipmentId?: string,
): Promise<AlarmRow> {
  const unit = equipmentId ?? (await newMonitoredUnit(ctx));
  const [row] = await withTransaction(ctx, (tx) =>
    raiseAlarms(tx, { equipmentId: unit, upstreamIds: [], at: new Date() }, [
      {
        key: alarmKey(cause, cause === 'LINK_DOWN' ? 1 : 0),
        cause,
        ifIndex: cause === 'LINK_DOWN' ? 1 : 0,
        severity: SEVERITY_OF[cause],
        specificProblem: 'test',
      },
    ]),
  );
  if (!row) throw new Error('no alarm raised');
  return row;
}
