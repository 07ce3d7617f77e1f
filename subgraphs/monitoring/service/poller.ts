/**
 * The scheduler: polls every enabled unit once per its interval, spread evenly (each unit keeps its own
 * phase in the interval), with bounded concurrency in two lanes — units that answered last time, and a
 * slow lane for units that did not — so dead units never hold up live ones.
 *
 * Units are shared between poller processes by lease in PostgreSQL: each tick a poller claims the units
 * due within the next tick that it owns, or that nobody owns (`FOR UPDATE SKIP LOCKED`, so two pollers
 * never claim one unit), taking unowned ones only while it holds less than its fair share (units ÷ live
 * pollers) and giving back what it holds above it. Claiming renews the lease to the next poll plus a
 * grace (a quarter of the interval, at least a second): a poller that dies leaves its units to the others
 * one grace after their next poll was due — a lease run out is anyone's, whatever their share.
 */
import { randomUUID } from 'node:crypto';
import { Counter, Gauge } from 'prom-client';
import type { Database } from '../../shared/db.ts';
import { withTransaction } from '../../shared/db.ts';
import type { GraphClient } from '../../shared/graph-client.ts';
import type { Logger } from '../../shared/logger.ts';
import { registry } from '../../shared/metrics.ts';
import type { MonitoringConfig } from '../config.ts';
import { type Evaluation, evaluatePoll, type MonitoringStatus, type UnitState } from '../domain/evaluate.ts';
import { SnmpPoller } from '../snmp/client.ts';
import { DEFAULT_PROFILES } from '../snmp/profiles.ts';
import { interfaceRates } from '../snmp/rates.ts';
import type { PollOutcome, PollProfile, PollSample, SnmpCredentials, SnmpTarget } from '../snmp/types.ts';
import { recordAffectedSubscribers } from './alarms.ts';
import { applyChange, type ClaimedUnit, ResultBatch } from './apply.ts';
import { credentialsOf } from './credentials.ts';
import { ensurePartitions, lockedUpkeep } from './partitions.ts';

const pollsTotal = new Counter({
  name: 'monitoring_polls_total',
  help: 'Polls made, by outcome',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
const missedTotal = new Counter({
  name: 'monitoring_polls_missed_total',
  help: 'Polls that started more than one interval after they were due (claim and lane queue included)',
  registers: [registry],
});
const ownedUnits = new Gauge({
  name: 'monitoring_units_leased',
  help: 'Units this poller holds the lease of',
  registers: [registry],
});

export interface PollerOptions {
  database: Database;
  logger: Logger;
  config: Pick<MonitoringConfig, 'sealer' | 'concurrency' | 'slowConcurrency' | 'timeoutMs' | 'retries'>;
  graph?: GraphClient | null;
  /** How often it claims due units (ms); default 1000. */
  tickMs?: number;
  /** How often polls' results are written (ms); default 1000. */
  flushMs?: number;
  /**
   * A poller not seen for this long no longer counts for the fair share (ms); default three ticks, at
   * least 2 s. It only decides what is shared: a lease stays its owner's until it runs out.
   */
  staleAfterMs?: number;
  id?: string;
}

export interface PollerStats {
  polls: number;
  /** The latest a poll of the fast lane started after it was due (ms). */
  lateMax: number;
  failures: number;
  missed: number;
  values: number;
  owned: number;
}

/** A bounded lane of work: at most `limit` running, the rest waiting in order. */
class Lane {
  private running = 0;
  private readonly queue: (() => Promise<void>)[] = [];
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  get busy() {
    return this.running + this.queue.length;
  }
  run(job: () => Promise<void>) {
    this.queue.push(job);
    this.next();
  }
  private next() {
    while (this.running < this.limit && this.queue.length) {
      const job = this.queue.shift() as () => Promise<void>;
      this.running += 1;
      void job().finally(() => {
        this.running -= 1;
        this.next();
      });
    }
  }
}

interface ClaimRow {
  equipment_id: string;
  host: string;
  port: number;
  version: string;
  user: string | null;
  security_level: string | null;
  auth_protocol: string | null;
  priv_protocol: string | null;
  secret: Buffer | null;
  interval_seconds: number;
  profile: string;
  extra_oids: string[];
  failure_threshold: number;
  due: Date;
  status: MonitoringStatus | null;
  consecutive_failures: number | null;
  flapping: boolean | null;
  transitions: number[] | null;
  active_alarms: string[] | null;
  uptime_cs: number | null;
  upstream_ids: string[] | null;
  serial: string | null;
  model_name: string | null;
  target_updated: Date;
}

export class Poller {
  readonly id: string;
  readonly stats: PollerStats = { polls: 0, lateMax: 0, failures: 0, missed: 0, values: 0, owned: 0 };
  private readonly database: Database;
  private readonly logger: Logger;
  private readonly options: PollerOptions;
  private readonly snmp = new SnmpPoller();
  private readonly fast: Lane;
  private readonly slow: Lane;
  private readonly batch: ResultBatch;
  private readonly previous = new Map<string, PollSample>();
  private readonly credentials = new Map<string, { updated: number; value: SnmpCredentials }>();
  private readonly inFlight = new Set<string>();
  /** Reads through the gateway under way (stopping waits for them). */
  private readonly reads = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private tickTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  private readonly tickMs: number;

  constructor(options: PollerOptions) {
    this.options = options;
    this.database = options.database;
    this.logger = options.logger.child({ poller: options.id });
    this.id = options.id ?? `poller-${randomUUID().slice(0, 8)}`;
    this.fast = new Lane(options.config.concurrency);
    this.slow = new Lane(options.config.slowConcurrency);
    this.batch = new ResultBatch(options.database, this.logger);
    this.tickMs = options.tickMs ?? 1000;
  }

  /** Starts claiming and polling; resolves once the poller has registered itself. */
  async start(): Promise<void> {
    await lockedUpkeep(this.database, ensurePartitions);
    await this.database.sql`
      insert into monitoring.pollers (id, seen_at, started_at) values (${this.id}, now(), now())
      on conflict (id) do update set seen_at = now()`;
    const loop = () => {
      if (this.stopped) return;
      this.ticking = this.tick()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'poller: tick failed'))
        .finally(() => {
          if (!this.stopped) this.tickTimer = setTimeout(loop, this.tickMs);
        });
    };
    loop();
    this.flushTimer = setInterval(() => {
      this.batch.flush().catch((error: unknown) => this.logger.warn({ err: error }, 'poller: flush failed'));
    }, this.options.flushMs ?? 1000);
  }

  /** Stops claiming, lets polls in flight finish, writes what they found and gives its leases back. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.tickTimer);
    clearInterval(this.flushTimer);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.ticking;
    const deadline = Date.now() + 5000;
    while ((this.fast.busy || this.slow.busy) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.batch.flush().catch(() => {});
    await Promise.all(this.reads);
    await this.database.sql`
      update monitoring.targets set lease_owner = null, lease_until = null where lease_owner = ${this.id}`.catch(
      () => {},
    );
    await this.database.sql`delete from monitoring.pollers where id = ${this.id}`.catch(() => {});
    await this.snmp.close();
  }

  /** Stops at once, as a killed process would: no flush, no leases given back. For tests. */
  async crash(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.tickTimer);
    clearInterval(this.flushTimer);
    for (const t of this.timers) clearTimeout(t);
    await this.ticking;
    await this.snmp.close();
  }

  private async tick(): Promise<void> {
    const staleMs = this.options.staleAfterMs ?? Math.max(3 * this.tickMs, 2_000);
    const sql = this.database.sql;
    const [share] = await sql<{ alive: number; total: number; owned: number }[]>`
      with me as (
        insert into monitoring.pollers (id, seen_at, started_at) values (${this.id}, now(), now())
        on conflict (id) do update set seen_at = now()
      )
      select
        (select count(*)::int from monitoring.pollers where seen_at > now() - ${staleMs} * interval '1 millisecond'
           and id <> ${this.id}) + 1 as alive,
        (select count(*)::int from monitoring.targets where enabled) as total,
        (select count(*)::int from monitoring.targets where enabled and lease_owner = ${this.id}
           and lease_until > now()) as owned`;
    const { alive, total, owned } = share ?? { alive: 1, total: 0, owned: 0 };
    const fair = Math.ceil(total / alive);
    this.stats.owned = owned;
    ownedUnits.set(owned);
    if (owned > fair + Math.max(1, Math.floor(fair * 0.05))) {
      await sql`
        update monitoring.targets set lease_owner = null, lease_until = null
        where equipment_id in (
          select equipment_id from monitoring.targets where lease_owner = ${this.id}
          order by next_poll_at desc limit ${owned - fair} for update skip locked)`;
    }
    const takeMore = owned < fair;
    const horizon = this.tickMs;
    const rows = await sql<ClaimRow[]>`
      with due as (
        select equipment_id, next_poll_at as due_at from monitoring.targets
        where enabled and next_poll_at <= now() + ${horizon} * interval '1 millisecond'
          and (lease_owner = ${this.id}
               or lease_until < now()
               or (${takeMore} and lease_owner is null))
        order by next_poll_at
        limit 5000
        for update skip locked
      ),
      claimed as (
        update monitoring.targets t set
          lease_owner = ${this.id},
          next_poll_at = t.next_poll_at + make_interval(secs => t.interval_seconds *
            greatest(1, ceil(extract(epoch from (now() - t.next_poll_at)) / t.interval_seconds))),
          lease_until = t.next_poll_at + make_interval(secs => t.interval_seconds *
            greatest(1, ceil(extract(epoch from (now() - t.next_poll_at)) / t.interval_seconds))
            + greatest(1, t.interval_seconds / 4))
        from due where t.equipment_id = due.equipment_id
        returning t.*, due.due_at as due
      )
      select c.equipment_id, c.host, c.port, c.version, c."user", c.security_level, c.auth_protocol,
             c.priv_protocol, c.secret, c.interval_seconds, c.profile, c.extra_oids, c.failure_threshold, c.due,
             c.updated_at as target_updated,
             s.status, s.consecutive_failures, s.flapping, s.transitions, s.active_alarms, s.uptime_cs,
             u.upstream_ids, u.serial, u.model_name
      from claimed c
      left join monitoring.unit_states s on s.equipment_id = c.equipment_id
      left join monitoring.units u on u.equipment_id = c.equipment_id`;
    const now = Date.now();
    for (const row of rows) {
      if (this.inFlight.has(row.equipment_id)) continue;
      const due = new Date(row.due).getTime();
      const delay = Math.max(0, due - now);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (this.stopped) return;
        const lane = (row.consecutive_failures ?? 0) > 0 ? this.slow : this.fast;
        this.inFlight.add(row.equipment_id);
        lane.run(() => {
          // Late is measured when the poll starts: after the claim and the lane's queue.
          const late = Date.now() - due;
          if (lane === this.fast) this.stats.lateMax = Math.max(this.stats.lateMax, late);
          if (late > row.interval_seconds * 1000) {
            this.stats.missed += 1;
            missedTotal.inc();
          }
          return this.pollOne(row).finally(() => this.inFlight.delete(row.equipment_id));
        });
      }, delay);
      this.timers.add(timer);
    }
  }

  private target(row: ClaimRow): SnmpTarget | null {
    const cached = this.credentials.get(row.equipment_id);
    const updated = new Date(row.target_updated).getTime();
    let credentials = cached && cached.updated === updated ? cached.value : undefined;
    if (!credentials) {
      try {
        credentials = credentialsOf(this.options.config.sealer, row);
      } catch (error) {
        this.logger.warn({ equipmentId: row.equipment_id, err: error }, 'poller: credentials do not open');
        return null;
      }
      this.credentials.set(row.equipment_id, { updated, value: credentials });
    }
    return {
      host: row.host,
      port: row.port,
      credentials,
      timeoutMs: this.options.config.timeoutMs,
      retries: this.options.config.retries,
    };
  }

  private async pollOne(row: ClaimRow): Promise<void> {
    const target = this.target(row);
    const profile: PollProfile =
      (DEFAULT_PROFILES as Readonly<Record<string, PollProfile | undefined>>)[row.profile] ??
      DEFAULT_PROFILES.access;
    const outcome: PollOutcome = target
      ? await this.snmp.poll(target, profile)
      : { ok: false, failure: 'AUTH_FAILURE', message: 'Stored credentials do not open', durationMs: 0 };
    if (this.stopped && !target) return;
    this.stats.polls += 1;
    pollsTotal.inc({ outcome: outcome.ok ? 'ok' : outcome.failure });
    if (!outcome.ok) this.stats.failures += 1;
    else this.stats.values += outcome.sample.values;
    const previous = this.previous.get(row.equipment_id);
    const unit: ClaimedUnit = {
      equipmentId: row.equipment_id,
      intervalSeconds: row.interval_seconds,
      failureThreshold: row.failure_threshold,
      upstreamIds: row.upstream_ids ?? [],
      recorded: row.serial || row.model_name ? { serial: row.serial, model: row.model_name } : null,
    };
    const state: UnitState = {
      status: row.status ?? 'UNKNOWN',
      consecutiveFailures: row.consecutive_failures ?? 0,
      flapping: row.flapping ?? false,
      transitions: row.transitions ?? [],
      activeAlarms: row.active_alarms ?? [],
      uptimeCs: row.uptime_cs,
    };
    const now = Date.now();
    const evaluation: Evaluation = evaluatePoll({
      state,
      outcome,
      previous,
      failureThreshold: unit.failureThreshold,
      intervalSeconds: unit.intervalSeconds,
      now,
      recorded: unit.recorded,
    });
    const rates = outcome.ok ? interfaceRates(previous, outcome.sample) : null;
    if (outcome.ok) this.previous.set(row.equipment_id, outcome.sample);
    this.batch.add(unit.equipmentId, outcome, rates, now);
    const quiet =
      evaluation.consecutiveFailures === state.consecutiveFailures &&
      !evaluation.statusChanged &&
      !evaluation.raise.length &&
      !evaluation.clear.length &&
      !evaluation.flapStarted &&
      !evaluation.flapEnded &&
      evaluation.transitions.length === state.transitions.length;
    if (quiet) return;
    try {
      const written = await withTransaction({ database: this.database }, (tx) =>
        applyChange(tx, unit, { outcome, previous, now }),
      );
      // A unit that stopped answering is asked again at once, in the slow lane, until it answers or
      // reaches its threshold: DOWN comes one interval plus N timeouts after it went dark, not N intervals.
      const unanswered = !outcome.ok && !['AUTH_FAILURE', 'MALFORMED'].includes(outcome.failure);
      row.status = written.status as MonitoringStatus;
      row.consecutive_failures = written.consecutiveFailures;
      row.flapping = written.flapping;
      row.transitions = written.transitions;
      row.active_alarms = written.activeAlarms;
      if (unanswered && written.consecutiveFailures < unit.failureThreshold && !this.stopped) {
        this.slow.run(() => this.pollOne(row));
      }
      const graph = this.options.graph;
      for (const root of written.raised) {
        if (!graph || root.probableCause !== 'UNIT_DOWN' || root.rootAlarmId || root.occurrences > 1)
          continue;
        recordAffectedSubscribers(this.database, graph, root).catch((error: unknown) =>
          this.logger.warn(
            { err: error, alarmId: root.id },
            'poller: reading the affected subscribers failed',
          ),
        );
      }
    } catch (error) {
      this.logger.warn({ equipmentId: unit.equipmentId, err: error }, 'poller: writing a change failed');
    }
  }
}
