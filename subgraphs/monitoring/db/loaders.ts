import DataLoader from 'dataloader';
import { entityLoader, groupLoader } from '../../shared/loaders.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import { isUuid } from '../../shared/validation.ts';
import {
  type AlarmFilter,
  activeAlarmsOf,
  alarmsByIds,
  commentsOf,
  interfacesOf,
  listAlarms,
  metricsOf,
  networkStatus,
  observedMismatches,
  statesByIds,
  symptomsOf,
  targetsByIds,
} from './queries.ts';
import type { TargetRow, UnitStateRow } from './tables.ts';

/** A loader keyed by unit id over rows carrying `equipmentId`: ids that cannot be UUIDs find nothing. */
function byUnit<T extends { equipmentId: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = new Map((valid.length ? await fetch(valid) : []).map((r) => [r.equipmentId, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Everything the monitoring module reads for one operation, batched across the operation's fields. */
export function createMonitoringLoaders(scope: ReadScope) {
  const db = scope.db;
  return {
    alarm: entityLoader((ids) => alarmsByIds(db, ids)),
    state: byUnit<UnitStateRow>((ids) => statesByIds(db, ids)),
    target: byUnit<TargetRow>((ids) => targetsByIds(db, ids)),
    activeAlarms: groupLoader(
      (ids) => activeAlarmsOf(db, ids.filter(isUuid)),
      (a) => a.equipmentId,
    ),
    interfaces: groupLoader(
      (ids) => interfacesOf(db, ids.filter(isUuid)),
      (i) => i.equipmentId,
    ),
    symptoms: groupLoader(
      (ids) => symptomsOf(db, ids),
      (a) => a.rootAlarmId as string,
    ),
    comments: groupLoader(
      (ids) => commentsOf(db, ids),
      (c) => c.alarmId,
    ),
    lists: {
      alarms: (args: PageArgs, filter: AlarmFilter, withCount: boolean) =>
        listAlarms(db, args, filter, withCount),
      network: () => networkStatus(db),
      mismatches: () => observedMismatches(db),
      metrics: (q: Parameters<typeof metricsOf>[1]) => metricsOf(db, q),
    },
  };
}

export type MonitoringLoaders = ReturnType<typeof createMonitoringLoaders>;
