import { isUuid } from '../../shared/validation.ts';
import type {
  AlarmChangeResolvers,
  AlarmResolvers,
  DownUnitResolvers,
  EquipmentMonitoringStatusResolvers,
  EquipmentResolvers,
  EquipmentStatusChangeResolvers,
  MonitoredInterfaceResolvers,
  MonitoringSettingsResolvers,
  NetworkStatusResolvers,
  ObservedMismatchResolvers,
} from '../__generated__/resolvers-types.ts';
import { metricsRange, STATUSES } from '../service/present.ts';

const must = <T>(row: T | null, what: string): T => {
  if (!row) throw new Error(`${what} is missing`);
  return row;
};

export const Equipment: EquipmentResolvers = {
  // Every unit has a monitoring side (UNKNOWN until monitored); an id that cannot be one has none.
  __resolveReference: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
  operationalStatus: async (ref, _, ctx) =>
    (await ctx.loaders.state.load(ref.id)) ?? {
      equipmentId: ref.id,
      status: 'UNKNOWN',
      since: null,
      lastPolledAt: null,
      lastAnsweredAt: null,
      consecutiveFailures: 0,
      lastFailure: null,
      flapping: false,
      transitions: [],
      uptimeCs: null,
      cpuLoad: null,
      temperatureC: null,
      observedSerial: null,
      observedModel: null,
      activeAlarms: [],
      updatedAt: new Date(0),
    },
  alarms: (ref, _, ctx) => ctx.loaders.activeAlarms.load(ref.id),
  interfaces: (ref, _, ctx) => ctx.loaders.interfaces.load(ref.id),
  metrics: (ref, args, ctx) => ctx.loaders.lists.metrics(metricsRange(ref.id, args)),
  monitoring: (ref, _, ctx) => ctx.loaders.target.load(ref.id),
};

export const EquipmentMonitoringStatus: EquipmentMonitoringStatusResolvers = {
  status: (row) => row.status as never,
  uptimeSeconds: (row) => (row.uptimeCs === null ? null : Math.floor(row.uptimeCs / 100)),
};

export const MonitoredInterface: MonitoredInterfaceResolvers = {
  index: (row) => row.ifIndex,
};

export const MonitoringSettings: MonitoringSettingsResolvers = {
  version: (row) => row.version as never,
  securityLevel: (row) => (row.securityLevel ?? null) as never,
  authProtocol: (row) => (row.authProtocol ?? null) as never,
  privProtocol: (row) => (row.privProtocol ?? null) as never,
  hasCredentials: (row) => row.secret !== null,
};

export const Alarm: AlarmResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.alarm.load(ref.id),
  equipment: (row) => ({ id: row.equipmentId }),
  severity: (row) => row.severity as never,
  state: (row) => row.state as never,
  probableCause: (row) => row.probableCause as never,
  ifIndex: (row) => (row.ifIndex === 0 ? null : row.ifIndex),
  acknowledged: (row) => row.acknowledgedAt !== null,
  rootCause: (row, _, ctx) => (row.rootAlarmId ? ctx.loaders.alarm.load(row.rootAlarmId) : null),
  symptoms: (row, _, ctx) => ctx.loaders.symptoms.load(row.id),
  affectedEquipment: (row) => row.affectedEquipmentIds.map((id) => ({ id })),
  affectedSubscribers: (row) => row.affectedSubscriberIds.map((id) => ({ id })),
  comments: (row, _, ctx) => ctx.loaders.comments.load(row.id),
};

export const EquipmentStatusChange: EquipmentStatusChangeResolvers = {
  equipment: (e) => ({ id: e.equipmentId }),
  previous: (e) => e.previous as never,
  status: (e) => e.status as never,
  at: (e) => new Date(e.at),
};

export const AlarmChange: AlarmChangeResolvers = {
  alarm: async (e, _, ctx) => must(await ctx.loaders.alarm.load(e.alarmId), 'alarm'),
  at: (e) => new Date(e.at),
};

const counts = (c: Record<string, number>) => ({
  up: c.UP ?? 0,
  degraded: c.DEGRADED ?? 0,
  down: c.DOWN ?? 0,
  unknown: c.UNKNOWN ?? 0,
});

export const NetworkStatus: NetworkStatusResolvers = {
  byStatus: (row) =>
    STATUSES.map((status) => ({
      status: status as never,
      count: row.byStatus.find((s) => s.status === status)?.count ?? 0,
    })),
  bySite: (row) => row.bySite.map((s) => ({ siteId: s.siteId, siteName: s.siteName, ...counts(s.counts) })),
  byRole: (row) => row.byRole.map((r) => ({ role: r.role, ...counts(r.counts) })),
  down: (row) => row.down,
};

export const DownUnit: DownUnitResolvers = {
  equipment: (row) => ({ id: row.equipmentId }),
  downForSeconds: (row) =>
    row.since ? Math.max(0, Math.floor((Date.now() - row.since.getTime()) / 1000)) : 0,
};

export const ObservedMismatch: ObservedMismatchResolvers = {
  equipment: (row) => ({ id: row.equipmentId }),
};
