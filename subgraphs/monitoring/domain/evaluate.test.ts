import { describe, expect, it } from 'vitest';
import type { PollOutcome, PollSample } from '../snmp/types.ts';
import { type Evaluation, evaluatePoll, evaluateTrap, type UnitState } from './evaluate.ts';

const sample = (over: Partial<PollSample> = {}, links: boolean[] = [true, true]): PollSample => ({
  at: 0,
  uptimeCs: 100_000,
  sysName: 'olt',
  sysDescr: 'OLT',
  interfaces: links.map((up, i) => ({
    index: i + 1,
    name: `ge-${i + 1}`,
    adminUp: true,
    operUp: up,
    inOctets: 0n,
    outOctets: 0n,
    inErrors: 0n,
  })),
  cpuLoad: 10,
  temperatureC: 40,
  entity: { serial: 'SN1', model: 'MA5800' },
  extra: {},
  values: 10,
  ...over,
});

const ok = (s: PollSample): PollOutcome => ({ ok: true, sample: s, durationMs: 1 });
const fail = (failure: 'TIMEOUT' | 'AUTH_FAILURE' | 'MALFORMED'): PollOutcome => ({
  ok: false,
  failure,
  message: failure,
  durationMs: 1,
});

const fresh: UnitState = {
  status: 'UNKNOWN',
  consecutiveFailures: 0,
  flapping: false,
  transitions: [],
  activeAlarms: [],
  uptimeCs: null,
};

/** Runs polls one interval apart, carrying state as the poller and database would. */
function run(outcomes: PollOutcome[], threshold = 3, start: UnitState = fresh) {
  let state = start;
  let previous: PollSample | undefined;
  const results: Evaluation[] = [];
  outcomes.forEach((outcome, i) => {
    const e = evaluatePoll({
      state,
      outcome,
      previous,
      failureThreshold: threshold,
      intervalSeconds: 60,
      now: 1_000_000 + i * 60_000,
      recorded: { serial: 'SN1', model: 'MA5800' },
    });
    const active = new Set(state.activeAlarms);
    for (const k of e.clear) active.delete(k);
    for (const a of e.raise) active.add(a.key);
    state = {
      status: e.status,
      consecutiveFailures: e.consecutiveFailures,
      flapping: e.flapping,
      transitions: e.transitions,
      activeAlarms: [...active],
      uptimeCs: outcome.ok ? outcome.sample.uptimeCs : state.uptimeCs,
    };
    if (outcome.ok) previous = outcome.sample;
    results.push(e);
  });
  return { results, state };
}

describe('judging a poll', () => {
  it('makes a unit DOWN after exactly its threshold of polls without an answer, and UP on the next answer', () => {
    const { results } = run([ok(sample()), fail('TIMEOUT'), fail('TIMEOUT'), fail('TIMEOUT'), ok(sample())]);
    expect(results.map((r) => r.status)).toEqual(['UP', 'UP', 'UP', 'DOWN', 'UP']);
    expect(results[3]?.raise.map((a) => a.key)).toEqual(['UNIT_DOWN']);
    expect(results[4]?.clear).toContain('UNIT_DOWN');
  });

  it('never makes a unit DOWN for refused credentials: it raises an authentication alarm instead', () => {
    const { results } = run([ok(sample()), fail('AUTH_FAILURE'), fail('AUTH_FAILURE'), fail('AUTH_FAILURE')]);
    expect(results.map((r) => r.status)).toEqual(['UP', 'UP', 'UP', 'UP']);
    expect(results[1]?.raise.map((a) => a.cause)).toEqual(['AUTHENTICATION_FAILURE']);
    expect(results[1]?.failure).toBe('AUTH_FAILURE');
    expect(results[2]?.raise).toEqual([]);
  });

  it('is DEGRADED at once when a link that should be up is down, and raises LINK_DOWN on the second poll', () => {
    const { results } = run([ok(sample()), ok(sample({}, [true, false])), ok(sample({}, [true, false]))]);
    expect(results.map((r) => r.status)).toEqual(['UP', 'DEGRADED', 'DEGRADED']);
    expect(results[1]?.raise).toEqual([]);
    expect(results[2]?.raise.map((a) => a.key)).toEqual(['LINK_DOWN:2']);
  });

  it('raises one FLAPPING alarm for a link flapping 21 cycles, and no link or down alarms', () => {
    const outcomes = Array.from({ length: 21 }, (_, i) => ok(sample({}, [true, i % 2 === 0])));
    const { results, state } = run([ok(sample()), ...outcomes]);
    const raised = results.flatMap((r) => r.raise.map((a) => a.cause));
    expect(raised).toEqual(['FLAPPING']);
    expect(state.flapping).toBe(true);
  });

  it('raises one FLAPPING alarm for a unit that answers every other poll for 21 cycles', () => {
    const outcomes = Array.from({ length: 21 }, (_, i) => (i % 2 ? ok(sample()) : fail('TIMEOUT')));
    const { results } = run([ok(sample()), ...outcomes], 1);
    const raised = results.flatMap((r) => r.raise.map((a) => a.cause));
    // The first DOWN alarms before the unit is known to flap; then one FLAPPING stands for the rest.
    expect(raised.filter((c) => c === 'FLAPPING')).toHaveLength(1);
    expect(raised.filter((c) => c === 'UNIT_DOWN').length).toBeLessThanOrEqual(2);
  });

  it('stops flapping once quiet for a whole window, clearing the alarm', () => {
    const flaps = Array.from({ length: 6 }, (_, i) => ok(sample({}, [true, i % 2 === 0])));
    const quiet = Array.from({ length: 11 }, () => ok(sample()));
    const { results, state } = run([ok(sample()), ...flaps, ...quiet]);
    expect(results.some((r) => r.flapEnded && r.clear.includes('FLAPPING'))).toBe(true);
    expect(state.flapping).toBe(false);
  });

  it('raises RESTARTED when sysUpTime goes back, and a serial mismatch as a warning', () => {
    const { results } = run([
      ok(sample()),
      ok(sample({ uptimeCs: 50 })),
      ok(sample({ entity: { serial: 'OTHER', model: 'MA5800' } })),
    ]);
    expect(results[1]?.raise.map((a) => a.cause)).toEqual(['RESTARTED']);
    const mismatch = results[2]?.raise.find((a) => a.cause === 'SERIAL_MISMATCH');
    expect(mismatch?.severity).toBe('WARNING');
    expect(mismatch?.specificProblem).toContain('OTHER');
  });

  it('crosses temperature and processor thresholds with hysteresis', () => {
    const { results } = run([
      ok(sample({ temperatureC: 75 })),
      ok(sample({ temperatureC: 68 })),
      ok(sample({ temperatureC: 60, cpuLoad: 95 })),
    ]);
    expect(results[0]?.raise.map((a) => a.cause)).toEqual(['HIGH_TEMPERATURE']);
    expect(results[1]?.clear).toEqual([]);
    expect(results[1]?.status).toBe('DEGRADED');
    expect(results[2]?.clear).toContain('HIGH_TEMPERATURE');
    expect(results[2]?.raise.map((a) => a.cause)).toEqual(['HIGH_CPU']);
  });
});

describe('judging a trap', () => {
  it('raises LINK_DOWN at once on linkDown and clears it on linkUp', () => {
    const up: UnitState = { ...fresh, status: 'UP' };
    const down = evaluateTrap({
      state: up,
      kind: 'linkDown',
      ifIndex: 3,
      ifName: 'pon-3',
      now: 1,
      intervalSeconds: 60,
    });
    expect(down.status).toBe('DEGRADED');
    expect(down.raise.map((a) => a.key)).toEqual(['LINK_DOWN:3']);
    const back = evaluateTrap({
      state: { ...up, status: 'DEGRADED', activeAlarms: ['LINK_DOWN:3'] },
      kind: 'linkUp',
      ifIndex: 3,
      ifName: 'pon-3',
      now: 2,
      intervalSeconds: 60,
    });
    expect(back.status).toBe('UP');
    expect(back.clear).toEqual(['LINK_DOWN:3']);
  });
});
