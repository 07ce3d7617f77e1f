import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTable } from '../../shared/audit.ts';
import { createdAt, moment, updatedAt } from '../../shared/columns.ts';
import { idempotencyTable } from '../../shared/idempotency.ts';
import { inboxTable } from '../../shared/inbox.ts';

export const monitoringSchema = pgSchema('monitoring');

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * How one unit of equipment is monitored, and when it is polled next. Credentials live only in `secret`,
 * sealed with AES-256-GCM under the configured key (see `shared/secrets.ts`); the v3 user and protocols
 * are not secret. Polling is shared between poller processes by lease: a poller owns a unit while
 * `lease_until` is ahead, renews it with every poll, and a unit whose lease ran out is taken by any
 * poller — so a dead poller's units are polled again at most one lease grace late.
 */
export const targets = monitoringSchema.table(
  'targets',
  {
    equipmentId: uuid('equipment_id').primaryKey(),
    host: text('host').notNull(),
    port: integer('port').notNull(),
    version: text('version').notNull(),
    user: text('user'),
    securityLevel: text('security_level'),
    authProtocol: text('auth_protocol'),
    privProtocol: text('priv_protocol'),
    secret: bytea('secret'),
    intervalSeconds: integer('interval_seconds').notNull(),
    profile: text('profile').notNull(),
    /** Scalar OIDs read besides the profile's (numeric, dotted), at most 32. */
    extraOids: text('extra_oids').array().notNull().default(sql`'{}'`),
    failureThreshold: integer('failure_threshold').notNull(),
    enabled: boolean('enabled').notNull(),
    nextPollAt: moment('next_poll_at').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: moment('lease_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('targets_next_poll_at_idx').on(t.nextPollAt).where(sql`${t.enabled}`),
    index('targets_lease_owner_idx').on(t.leaseOwner),
    index('targets_host_idx').on(t.host),
  ],
);

export type TargetRow = typeof targets.$inferSelect;

/**
 * What monitoring knows of a unit now: its status and since when, the last poll's outcome, what it reports
 * of itself, and its recent status changes (`transitions`, epoch ms within the flap window) from which
 * flapping is judged. `active_alarms` lists the keys (`CAUSE` or `CAUSE:ifIndex`) of its active alarms,
 * kept with the alarms, so a poll that changes nothing needs no alarm read.
 */
export const unitStates = monitoringSchema.table(
  'unit_states',
  {
    equipmentId: uuid('equipment_id').primaryKey(),
    status: text('status').notNull().default('UNKNOWN'),
    since: moment('since'),
    lastPolledAt: moment('last_polled_at'),
    lastAnsweredAt: moment('last_answered_at'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    lastFailure: text('last_failure'),
    flapping: boolean('flapping').notNull().default(false),
    transitions: doublePrecision('transitions').array().notNull().default(sql`'{}'`),
    uptimeCs: doublePrecision('uptime_cs'),
    cpuLoad: doublePrecision('cpu_load'),
    temperatureC: doublePrecision('temperature_c'),
    observedSerial: text('observed_serial'),
    observedModel: text('observed_model'),
    activeAlarms: text('active_alarms').array().notNull().default(sql`'{}'`),
    updatedAt: updatedAt(),
  },
  (t) => [index('unit_states_status_idx').on(t.status)],
);

export type UnitStateRow = typeof unitStates.$inferSelect;

/** A unit's interface as last polled (or as a trap said): state, counters, and rates derived from them. */
export const interfaces = monitoringSchema.table(
  'interfaces',
  {
    equipmentId: uuid('equipment_id').notNull(),
    ifIndex: integer('if_index').notNull(),
    name: text('name').notNull(),
    adminUp: boolean('admin_up').notNull(),
    operUp: boolean('oper_up').notNull(),
    inBps: doublePrecision('in_bps'),
    outBps: doublePrecision('out_bps'),
    errorsPerSecond: doublePrecision('errors_per_second'),
    changedAt: moment('changed_at'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: 'interfaces_pkey', columns: [t.equipmentId, t.ifIndex] })],
);

export type InterfaceRow = typeof interfaces.$inferSelect;

/**
 * An alarm in the TM Forum TMF642 shape: raised → updated → cleared, one active alarm per unit, cause and
 * interface (`alarms_active_uniq`). A symptom names its root (`root_alarm_id`: the UNIT_DOWN alarm of a
 * unit above that is down); a root UNIT_DOWN alarm keeps the units and subscribers it takes down.
 */
export const alarms = monitoringSchema.table(
  'alarms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    equipmentId: uuid('equipment_id').notNull(),
    probableCause: text('probable_cause').notNull(),
    ifIndex: integer('if_index').notNull().default(0),
    severity: text('severity').notNull(),
    state: text('state').notNull(),
    specificProblem: text('specific_problem'),
    raisedAt: moment('raised_at').notNull(),
    changedAt: moment('changed_at').notNull(),
    clearedAt: moment('cleared_at'),
    occurrences: integer('occurrences').notNull().default(1),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: moment('acknowledged_at'),
    underMaintenance: boolean('under_maintenance').notNull().default(false),
    notified: boolean('notified').notNull().default(false),
    rootAlarmId: uuid('root_alarm_id'),
    affectedEquipmentIds: uuid('affected_equipment_ids').array().notNull().default(sql`'{}'`),
    affectedSubscriberIds: uuid('affected_subscriber_ids').array().notNull().default(sql`'{}'`),
  },
  (t) => [
    uniqueIndex('alarms_active_uniq')
      .on(t.equipmentId, t.probableCause, t.ifIndex)
      .where(sql`${t.clearedAt} is null`),
    index('alarms_active_raised_idx').on(t.raisedAt).where(sql`${t.clearedAt} is null`),
    index('alarms_raised_at_idx').on(t.raisedAt),
    index('alarms_root_alarm_id_idx').on(t.rootAlarmId),
  ],
);

export type AlarmRow = typeof alarms.$inferSelect;

/** Who acknowledged, took back or cleared an alarm by hand, when, and why. Append-only. */
export const alarmComments = monitoringSchema.table(
  'alarm_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alarmId: uuid('alarm_id').notNull(),
    action: text('action').notNull(),
    by: text('by').notNull(),
    comment: text('comment'),
    at: moment('at').notNull().defaultNow(),
  },
  (t) => [index('alarm_comments_alarm_id_idx').on(t.alarmId, t.at)],
);

export type AlarmCommentRow = typeof alarmComments.$inferSelect;

/**
 * What assets records of each monitored unit, read through the graph (and again when assets says units
 * or links changed): its role, site, serial, model name and the unit above it — for the network's counts,
 * root causes and the observed-versus-recorded check.
 */
export const units = monitoringSchema.table(
  'units',
  {
    equipmentId: uuid('equipment_id').primaryKey(),
    role: text('role').notNull(),
    siteId: uuid('site_id'),
    siteName: text('site_name'),
    serial: text('serial'),
    modelName: text('model_name'),
    upstreamIds: uuid('upstream_ids').array().notNull().default(sql`'{}'`),
    readAt: moment('read_at').notNull(),
  },
  (t) => [index('units_upstream_ids_idx').using('gin', t.upstreamIds)],
);

export type UnitRow = typeof units.$inferSelect;

/**
 * Planned works over units, from the subscribers module's PLANNED_WORK company events: while `now()` is in
 * a window, alarms of its units (and of the units below them) are raised UNDER_MAINTENANCE.
 */
export const maintenanceWindows = monitoringSchema.table(
  'maintenance_windows',
  {
    eventId: uuid('event_id').primaryKey(),
    title: text('title').notNull(),
    equipmentIds: uuid('equipment_ids').array().notNull(),
    startsAt: moment('starts_at').notNull(),
    endsAt: moment('ends_at').notNull(),
    readAt: moment('read_at').notNull(),
  },
  (t) => [index('maintenance_windows_equipment_ids_idx').using('gin', t.equipmentIds)],
);

/** The poller processes alive: each renews its row every tick; the fair share of units is counted from it. */
export const pollers = monitoringSchema.table('pollers', {
  id: text('id').primaryKey(),
  seenAt: moment('seen_at').notNull(),
  startedAt: moment('started_at').notNull(),
});

export const auditLog = auditTable(monitoringSchema);
export const idempotencyKeys = idempotencyTable(monitoringSchema);
export const inbox = inboxTable(monitoringSchema);
