/**
 * The live events of monitoring, on PostgreSQL NOTIFY (`shared/live.ts`): published in the transaction
 * of the change, so every replica of the subgraph sees each committed change, and nothing rolled back.
 */
import type { Tx } from '../../shared/db.ts';
import { publishLive } from '../../shared/live.ts';

export const LiveChannel = {
  STATUS: 'monitoring_status',
  ALARM: 'monitoring_alarm',
  NETWORK: 'monitoring_network',
} as const;

/** A unit's status changed. */
export interface StatusChangeEvent {
  equipmentId: string;
  previous: string;
  status: string;
  /** ISO time of the change. */
  at: string;
  reason: string;
}

/** An alarm changed: RAISED, UPDATED, ACKNOWLEDGED, UNACKNOWLEDGED or CLEARED. */
export interface AlarmChangeEvent {
  alarmId: string;
  equipmentId: string;
  change: string;
  severity: string;
  probableCause: string;
  active: boolean;
  acknowledged: boolean;
  rootOnly: boolean;
  at: string;
}

export const publishStatusChange = (tx: Tx, event: StatusChangeEvent) =>
  Promise.all([
    publishLive(tx, LiveChannel.STATUS, event),
    publishLive(tx, LiveChannel.NETWORK, { at: event.at }),
  ]);

export const publishAlarmChange = (tx: Tx, event: AlarmChangeEvent) =>
  publishLive(tx, LiveChannel.ALARM, event);
