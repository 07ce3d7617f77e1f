/**
 * Writing what polls found. Most polls change nothing but numbers: those go in batches — the units'
 * last poll, their interfaces and the metric samples, three statements in one round trip per second,
 * whatever the number of units. A poll that changes a unit's status or alarms is written on its own, in a
 * transaction that locks the unit's state, judges the poll again against it (a trap may have come in
 * meanwhile) and publishes the changes.
 */
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../../shared/db.ts';
import { inOneStatement } from '../../shared/db.ts';
import { pgErrorCode } from '../../shared/errors.ts';
import type { Logger } from '../../shared/logger.ts';
import { type AlarmRow, unitStates } from '../db/tables.ts';
import { type Evaluation, evaluatePoll, evaluateTrap, type UnitState } from '../domain/evaluate.ts';
import type { interfaceRates } from '../snmp/rates.ts';
import type { PollOutcome, PollSample } from '../snmp/types.ts';
import { clearAlarms, raiseAlarms } from './alarms.ts';
import { publishStatusChange } from './live.ts';
import { ensurePartitions, lockedUpkeep } from './partitions.ts';

export interface ClaimedUnit {
  equipmentId: string;
  intervalSeconds: number;
  failureThreshold: number;
  /** Units above, nearest first. */
  upstreamIds: readonly string[];
  recorded: { serial: string | null; model: string | null } | null;
}

type Rates = ReturnType<typeof interfaceRates>;

const MAX_BATCH = 5000;

/** Polls' results waiting to be written together. */
export class ResultBatch {
  private polls: { id: string; outcome: PollOutcome; rates: Rates | null; at: number }[] = [];
  private flushing: Promise<void> = Promise.resolve();

  private readonly database: Database;
  private readonly logger: Logger;

  constructor(database: Database, logger: Logger) {
    this.database = database;
    this.logger = logger;
  }

  get size() {
    return this.polls.length;
  }

  add(id: string, outcome: PollOutcome, rates: Rates | null, at: number): void {
    this.polls.push({ id, outcome, rates, at });
    if (this.polls.length >= MAX_BATCH) {
      this.flush().catch((error: unknown) => this.logger.warn({ err: error }, 'poller: flush failed'));
    }
  }

  /** Writes what is waiting (one flush at a time, in order). */
  flush(): Promise<void> {
    const next = this.flushing.then(() => this.write());
    this.flushing = next.catch(() => {});
    return next;
  }

  private async write(): Promise<void> {
    if (!this.polls.length) return;
    const polls = this.polls;
    this.polls = [];
    // Rows travel as one JSON parameter per table: one statement text whatever the batch holds.
    const states: unknown[] = [];
    const ifaces: unknown[] = [];
    const samples: unknown[] = [];
    for (const p of polls) {
      const at = new Date(p.at).toISOString();
      if (!p.outcome.ok) {
        states.push({ id: p.id, polled: at, failure: p.outcome.failure });
        continue;
      }
      const sample: PollSample = p.outcome.sample;
      states.push({
        id: p.id,
        polled: at,
        answered: at,
        uptime: sample.uptimeCs,
        cpu: sample.cpuLoad,
        temp: sample.temperatureC,
        serial: sample.entity.serial,
        model: sample.entity.model,
      });
      if (sample.cpuLoad !== null || sample.temperatureC !== null) {
        samples.push({ id: p.id, ix: 0, at, cpu: sample.cpuLoad, temp: sample.temperatureC });
      }
      for (const f of sample.interfaces) {
        const r = p.rates?.get(f.index);
        ifaces.push({
          id: p.id,
          ix: f.index,
          name: f.name,
          admin: f.adminUp,
          oper: f.operUp,
          inb: r?.inBps ?? null,
          outb: r?.outBps ?? null,
          err: r?.errorsPerSec ?? null,
          at,
        });
        if (r && (r.inBps !== null || r.outBps !== null)) {
          samples.push({ id: p.id, ix: f.index, at, inb: r.inBps, outb: r.outBps, err: r.errorsPerSec });
        }
      }
    }
    const tx = { db: this.database.db, sql: this.database.sql };
    const q = this.database.sql;
    // Failure counts are written with the change they make (see `applyChange`), never here.
    const writes = [
      q`update monitoring.unit_states s set
          last_polled_at = v.polled,
          last_answered_at = coalesce(v.answered, s.last_answered_at),
          last_failure = v.failure,
          uptime_cs = coalesce(v.uptime, s.uptime_cs),
          cpu_load = coalesce(v.cpu, s.cpu_load),
          temperature_c = coalesce(v.temp, s.temperature_c),
          observed_serial = coalesce(v.serial, s.observed_serial),
          observed_model = coalesce(v.model, s.observed_model),
          updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(states)}::jsonb) as v(id uuid, polled timestamptz,
          answered timestamptz, failure text, uptime float8, cpu float8, temp float8, serial text, model text)
        where s.equipment_id = v.id`,
    ];
    if (ifaces.length) {
      writes.push(q`insert into monitoring.interfaces as f
          (equipment_id, if_index, name, admin_up, oper_up, in_bps, out_bps, errors_per_second, changed_at, updated_at)
        select v.id, v.ix, v.name, v.admin, v.oper, v.inb, v.outb, v.err, null, v.at
        from jsonb_to_recordset(${JSON.stringify(ifaces)}::jsonb) as v(id uuid, ix int, name text, admin bool,
          oper bool, inb float8, outb float8, err float8, at timestamptz)
        on conflict (equipment_id, if_index) do update set
          name = excluded.name, admin_up = excluded.admin_up, oper_up = excluded.oper_up,
          in_bps = excluded.in_bps, out_bps = excluded.out_bps, errors_per_second = excluded.errors_per_second,
          changed_at = case when f.oper_up is distinct from excluded.oper_up then excluded.updated_at else f.changed_at end,
          updated_at = excluded.updated_at`);
    }
    if (samples.length) {
      writes.push(q`insert into monitoring.metrics_raw
          (equipment_id, if_index, at, in_bps, out_bps, errors_per_second, cpu_load, temperature_c)
        select v.id, v.ix, v.at, v.inb, v.outb, v.err, v.cpu, v.temp
        from jsonb_to_recordset(${JSON.stringify(samples)}::jsonb) as v(id uuid, ix int, at timestamptz,
          inb float8, outb float8, err float8, cpu float8, temp float8)`);
    }
    try {
      await inOneStatement(tx, writes);
    } catch (error) {
      // 23514: a sample's day has no partition yet (a clock past the days created ahead): create, retry.
      if (!pgErrorCode(error, '23514')) throw error;
      await lockedUpkeep(this.database, ensurePartitions);
      await inOneStatement(tx, writes);
    }
  }
}

/** The unit's state row, locked for the change; created UNKNOWN when it has none. */
async function lockState(tx: Tx, equipmentId: string) {
  await tx.db.insert(unitStates).values({ equipmentId }).onConflictDoNothing();
  const [row] = await tx.db
    .select()
    .from(unitStates)
    .where(eq(unitStates.equipmentId, equipmentId))
    .for('update');
  if (!row) throw new Error(`unit state ${equipmentId} vanished`);
  return row;
}

export interface WrittenState {
  /** The alarms raised or updated. */
  raised: AlarmRow[];
  status: string;
  consecutiveFailures: number;
  flapping: boolean;
  transitions: number[];
  activeAlarms: string[];
}

/**
 * Writes an evaluation: the status (and since when), failures, flapping; raises and clears alarms;
 * publishes the status change unless the unit is flapping (its FLAPPING alarm stands for it).
 */
async function writeEvaluation(
  tx: Tx,
  unit: Pick<ClaimedUnit, 'equipmentId' | 'upstreamIds'>,
  previous: string,
  e: Evaluation,
  now: number,
): Promise<WrittenState> {
  const at = new Date(now);
  await tx.db
    .update(unitStates)
    .set({
      status: e.status,
      ...(e.statusChanged ? { since: at } : {}),
      consecutiveFailures: e.consecutiveFailures,
      lastFailure: e.failure,
      flapping: e.flapping,
      transitions: e.transitions,
      updatedAt: at,
    })
    .where(eq(unitStates.equipmentId, unit.equipmentId));
  await clearAlarms(tx, unit.equipmentId, e.clear, at);
  const raised = await raiseAlarms(
    tx,
    { equipmentId: unit.equipmentId, upstreamIds: unit.upstreamIds, at },
    e.raise,
  );
  if ((e.statusChanged && !e.flapping) || e.flapEnded) {
    await publishStatusChange(tx, {
      equipmentId: unit.equipmentId,
      previous,
      status: e.status,
      at: at.toISOString(),
      reason: e.reason,
    });
  }
  const [row] = await tx.db
    .select({ activeAlarms: unitStates.activeAlarms })
    .from(unitStates)
    .where(eq(unitStates.equipmentId, unit.equipmentId));
  return {
    raised,
    status: e.status,
    consecutiveFailures: e.consecutiveFailures,
    flapping: e.flapping,
    transitions: e.transitions,
    activeAlarms: row?.activeAlarms ?? [],
  };
}

const stateOf = (row: Awaited<ReturnType<typeof lockState>>): UnitState => ({
  status: row.status as UnitState['status'],
  consecutiveFailures: row.consecutiveFailures,
  flapping: row.flapping,
  transitions: row.transitions,
  activeAlarms: row.activeAlarms,
  uptimeCs: row.uptimeCs,
});

/** A poll that changes something: judged again against the locked state, then written. */
export async function applyChange(
  tx: Tx,
  unit: ClaimedUnit,
  poll: { outcome: PollOutcome; previous: PollSample | undefined; now: number },
): Promise<WrittenState> {
  const row = await lockState(tx, unit.equipmentId);
  const e = evaluatePoll({
    state: stateOf(row),
    outcome: poll.outcome,
    previous: poll.previous,
    failureThreshold: unit.failureThreshold,
    intervalSeconds: unit.intervalSeconds,
    now: poll.now,
    recorded: unit.recorded,
  });
  const written = await writeEvaluation(tx, unit, row.status, e, poll.now);
  if (poll.outcome.ok) {
    await tx.db
      .update(unitStates)
      .set({
        uptimeCs: poll.outcome.sample.uptimeCs,
        cpuLoad: poll.outcome.sample.cpuLoad,
        temperatureC: poll.outcome.sample.temperatureC,
        observedSerial: poll.outcome.sample.entity.serial,
        observedModel: poll.outcome.sample.entity.model,
        lastPolledAt: new Date(poll.now),
        lastAnsweredAt: new Date(poll.now),
      })
      .where(eq(unitStates.equipmentId, unit.equipmentId));
  }
  return written;
}

/** A trap from a known unit: its state locked, judged, written; the interface's state too. */
export async function applyTrap(
  tx: Tx,
  unit: Pick<ClaimedUnit, 'equipmentId' | 'upstreamIds' | 'intervalSeconds'>,
  trap: {
    kind: 'linkDown' | 'linkUp' | 'coldStart' | 'warmStart' | 'other';
    ifIndex: number | null;
    now: number;
  },
): Promise<WrittenState> {
  const row = await lockState(tx, unit.equipmentId);
  let ifName: string | null = null;
  if (trap.ifIndex !== null && (trap.kind === 'linkDown' || trap.kind === 'linkUp')) {
    const [f] = await tx.sql<{ name: string }[]>`
      update monitoring.interfaces set oper_up = ${trap.kind === 'linkUp'},
        changed_at = case when oper_up is distinct from ${trap.kind === 'linkUp'} then now() else changed_at end,
        updated_at = now()
      where equipment_id = ${unit.equipmentId} and if_index = ${trap.ifIndex}
      returning name`;
    ifName = f?.name ?? null;
  }
  const e = evaluateTrap({
    state: stateOf(row),
    kind: trap.kind,
    ifIndex: trap.ifIndex,
    ifName,
    now: trap.now,
    intervalSeconds: unit.intervalSeconds,
  });
  if (trap.kind === 'coldStart' || trap.kind === 'warmStart') {
    await tx.db.update(unitStates).set({ uptimeCs: 0 }).where(eq(unitStates.equipmentId, unit.equipmentId));
  }
  return writeEvaluation(tx, unit, row.status, e, trap.now);
}
