/**
 * What one poll (or trap) means for a unit: its new status, its failure count, whether it is flapping, and
 * which alarms to raise and clear. Pure: the poller and the trap receiver feed it the unit's state and the
 * outcome, and write what it returns.
 */
import type { PollOutcome, PollSample } from '../snmp/types.ts';

export const MONITORING_STATUSES = ['UNKNOWN', 'UP', 'DEGRADED', 'DOWN'] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR', 'WARNING'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PROBABLE_CAUSES = [
  'UNIT_DOWN',
  'LINK_DOWN',
  'FLAPPING',
  'AUTHENTICATION_FAILURE',
  'MALFORMED_RESPONSE',
  'HIGH_TEMPERATURE',
  'HIGH_CPU',
  'RESTARTED',
  'SERIAL_MISMATCH',
] as const;
export type ProbableCause = (typeof PROBABLE_CAUSES)[number];

/** Each cause's severity. */
export const SEVERITY_OF: Record<ProbableCause, Severity> = {
  UNIT_DOWN: 'CRITICAL',
  LINK_DOWN: 'MAJOR',
  FLAPPING: 'MAJOR',
  AUTHENTICATION_FAILURE: 'MAJOR',
  MALFORMED_RESPONSE: 'MINOR',
  HIGH_TEMPERATURE: 'MAJOR',
  HIGH_CPU: 'MINOR',
  RESTARTED: 'WARNING',
  SERIAL_MISMATCH: 'WARNING',
};

/** An alarm's identity on its unit: the cause, and the interface for LINK_DOWN. */
export const alarmKey = (cause: ProbableCause, ifIndex = 0) => (ifIndex ? `${cause}:${ifIndex}` : cause);

export function parseAlarmKey(key: string): { cause: ProbableCause; ifIndex: number } {
  const [cause, index] = key.split(':');
  return { cause: cause as ProbableCause, ifIndex: index ? Number(index) : 0 };
}

export interface Thresholds {
  /** Above this the unit is too hot (°C); the alarm clears 5 °C below. */
  temperatureC: number;
  /** Above this the processor is overloaded (%); the alarm clears 10 points below. */
  cpuLoad: number;
  /** Status changes within `flapWindowIntervals` poll intervals that make a unit flapping. */
  flapChanges: number;
  flapWindowIntervals: number;
  /** A RESTARTED alarm clears once the unit has been up this long (s). */
  restartedClearsAfterSeconds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  temperatureC: 70,
  cpuLoad: 90,
  flapChanges: 4,
  flapWindowIntervals: 10,
  restartedClearsAfterSeconds: 900,
};

export interface UnitState {
  status: MonitoringStatus;
  consecutiveFailures: number;
  flapping: boolean;
  /** Epoch ms of recent changes (status or an interface's state), oldest first. */
  transitions: readonly number[];
  activeAlarms: readonly string[];
  uptimeCs: number | null;
}

export interface AlarmToRaise {
  key: string;
  cause: ProbableCause;
  ifIndex: number;
  severity: Severity;
  specificProblem: string | null;
}

export interface Evaluation {
  status: MonitoringStatus;
  statusChanged: boolean;
  consecutiveFailures: number;
  flapping: boolean;
  /** Flapping started (raise FLAPPING) or ended (clear it, publish the status) with this poll. */
  flapStarted: boolean;
  flapEnded: boolean;
  transitions: number[];
  raise: AlarmToRaise[];
  clear: string[];
  /** What the poll failed with, or null. */
  failure: string | null;
  reason: string;
}

const raiseOf = (cause: ProbableCause, ifIndex = 0, specificProblem: string | null = null): AlarmToRaise => ({
  key: alarmKey(cause, ifIndex),
  cause,
  ifIndex,
  severity: SEVERITY_OF[cause],
  specificProblem,
});

/** Alarms a flapping unit does not raise: its one FLAPPING alarm stands for them. */
const DAMPED: ReadonlySet<ProbableCause> = new Set(['UNIT_DOWN', 'LINK_DOWN']);

/**
 * Judges one poll. A unit is DOWN after `failureThreshold` polls in a row without an answer (TIMEOUT,
 * UNREACHABLE, ERROR); refused credentials or garbage are answers of a sort — they raise their own alarm and
 * never make it DOWN. Answering, it is DEGRADED while an interface that is administratively up is down or
 * a threshold is crossed, else UP. A LINK_DOWN alarm needs the interface down on two polls in a row (one
 * poll's blip raises nothing; a linkDown trap raises at once). `flapChanges` changes (of status or of an
 * interface's state, one per poll) within the window make the unit flapping: one FLAPPING alarm, and no
 * UNIT_DOWN or LINK_DOWN alarms until it has been quiet for a whole window.
 */
export function evaluatePoll(input: {
  state: UnitState;
  outcome: PollOutcome;
  previous: PollSample | undefined;
  failureThreshold: number;
  intervalSeconds: number;
  now: number;
  thresholds?: Thresholds;
  /** What assets records, for the observed-versus-recorded check; null when unknown. */
  recorded?: { serial: string | null; model: string | null } | null;
}): Evaluation {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const { state, outcome, now } = input;
  const active = new Set(state.activeAlarms);
  const wanted = new Map<string, AlarmToRaise>();
  const cleared = new Set<string>();
  let status: MonitoringStatus = state.status;
  let failures = state.consecutiveFailures;
  let interfaceChanged = false;
  let failure: string | null = null;
  let reason = 'poll';

  const want = (a: AlarmToRaise) => wanted.set(a.key, a);
  const clearIf = (key: string) => {
    if (active.has(key)) cleared.add(key);
  };

  if (!outcome.ok) {
    failure = outcome.failure;
    if (outcome.failure === 'AUTH_FAILURE') {
      want(raiseOf('AUTHENTICATION_FAILURE', 0, outcome.message));
      reason = 'credentials refused';
    } else if (outcome.failure === 'MALFORMED') {
      want(raiseOf('MALFORMED_RESPONSE', 0, outcome.message));
      reason = 'answer is not SNMP';
    } else {
      failures += 1;
      if (failures >= input.failureThreshold) {
        status = 'DOWN';
        want(raiseOf('UNIT_DOWN', 0, `No answer to ${failures} polls in a row`));
        reason = `no answer to ${failures} polls`;
      }
    }
    if (outcome.failure !== 'AUTH_FAILURE') clearIf(alarmKey('AUTHENTICATION_FAILURE'));
    if (outcome.failure !== 'MALFORMED') clearIf(alarmKey('MALFORMED_RESPONSE'));
  } else {
    const sample = outcome.sample;
    failures = 0;
    for (const cause of ['UNIT_DOWN', 'AUTHENTICATION_FAILURE', 'MALFORMED_RESPONSE'] as const) {
      clearIf(alarmKey(cause));
    }
    const before = new Map(input.previous?.interfaces.map((i) => [i.index, i]) ?? []);
    let degraded = false;
    for (const i of sample.interfaces) {
      const key = alarmKey('LINK_DOWN', i.index);
      const was = before.get(i.index);
      if (was && was.operUp !== i.operUp) interfaceChanged = true;
      if (i.adminUp && !i.operUp) {
        degraded = true;
        if (active.has(key) || (was?.adminUp && !was.operUp)) {
          want(raiseOf('LINK_DOWN', i.index, `${i.name} is down`));
        }
      } else {
        clearIf(key);
      }
    }
    // An interface gone from the table is no longer down.
    for (const key of active) {
      const { cause, ifIndex } = parseAlarmKey(key);
      if (cause === 'LINK_DOWN' && !sample.interfaces.some((i) => i.index === ifIndex)) cleared.add(key);
    }
    if (sample.temperatureC !== null) {
      if (sample.temperatureC > t.temperatureC) {
        degraded = true;
        want(raiseOf('HIGH_TEMPERATURE', 0, `${sample.temperatureC} °C`));
      } else if (sample.temperatureC < t.temperatureC - 5) {
        clearIf(alarmKey('HIGH_TEMPERATURE'));
      } else if (active.has(alarmKey('HIGH_TEMPERATURE'))) {
        degraded = true;
      }
    }
    if (sample.cpuLoad !== null) {
      if (sample.cpuLoad > t.cpuLoad) {
        degraded = true;
        want(raiseOf('HIGH_CPU', 0, `${Math.round(sample.cpuLoad)} %`));
      } else if (sample.cpuLoad < t.cpuLoad - 10) {
        clearIf(alarmKey('HIGH_CPU'));
      } else if (active.has(alarmKey('HIGH_CPU'))) {
        degraded = true;
      }
    }
    if (sample.uptimeCs !== null) {
      if (state.uptimeCs !== null && sample.uptimeCs < state.uptimeCs) {
        want(raiseOf('RESTARTED', 0, 'sysUpTime went back: the agent restarted'));
      } else if (sample.uptimeCs / 100 >= t.restartedClearsAfterSeconds) {
        clearIf(alarmKey('RESTARTED'));
      }
    }
    const recorded = input.recorded;
    if (recorded) {
      const serialDiffers =
        sample.entity.serial !== null &&
        recorded.serial !== null &&
        sample.entity.serial.trim().toUpperCase() !== recorded.serial.trim().toUpperCase();
      const modelDiffers =
        sample.entity.model !== null &&
        recorded.model !== null &&
        !sameModel(sample.entity.model, recorded.model);
      if (serialDiffers || modelDiffers) {
        want(
          raiseOf(
            'SERIAL_MISMATCH',
            0,
            serialDiffers
              ? `Reports serial ${sample.entity.serial}, assets records ${recorded.serial}`
              : `Reports model ${sample.entity.model}, assets records ${recorded.model}`,
          ),
        );
      } else if (sample.entity.serial !== null || sample.entity.model !== null) {
        clearIf(alarmKey('SERIAL_MISMATCH'));
      }
    }
    status = degraded ? 'DEGRADED' : 'UP';
    reason = degraded ? 'answers, degraded' : 'answers';
  }

  const statusChanged = status !== state.status;
  const window = t.flapWindowIntervals * input.intervalSeconds * 1000;
  const transitions = state.transitions.filter((at) => at > now - window);
  // UNKNOWN → anything is the first poll, not a change of state.
  if ((statusChanged && state.status !== 'UNKNOWN') || interfaceChanged) transitions.push(now);
  let flapping = state.flapping;
  let flapStarted = false;
  let flapEnded = false;
  if (!flapping && transitions.length >= t.flapChanges) {
    flapping = flapStarted = true;
  } else if (flapping && transitions.length === 0) {
    flapping = false;
    flapEnded = true;
  }
  if (flapStarted) {
    want(raiseOf('FLAPPING', 0, `${transitions.length} changes of state within ${window / 60_000} min`));
  }
  if (flapEnded) cleared.add(alarmKey('FLAPPING'));
  if (flapping && active.has(alarmKey('FLAPPING'))) wanted.delete(alarmKey('FLAPPING'));

  const raise = [...wanted.values()].filter((a) => !active.has(a.key) && !(flapping && DAMPED.has(a.cause)));
  for (const key of wanted.keys()) cleared.delete(key);
  return {
    status,
    statusChanged,
    consecutiveFailures: failures,
    flapping,
    flapStarted,
    flapEnded,
    transitions,
    raise,
    clear: [...cleared],
    failure,
    reason,
  };
}

/** Model names compared loosely: case, spaces and dashes aside, and either naming the other. */
function sameModel(observed: string, recorded: string): boolean {
  const norm = (s: string) => s.toUpperCase().replace(/[\s_-]+/g, '');
  const a = norm(observed);
  const b = norm(recorded);
  return a === b || a.includes(b) || b.includes(a);
}

/** What a trap means for a unit: linkDown raises LINK_DOWN at once, linkUp clears it, coldStart RESTARTED. */
export function evaluateTrap(input: {
  state: UnitState;
  kind: 'linkDown' | 'linkUp' | 'coldStart' | 'warmStart' | 'other';
  ifIndex: number | null;
  ifName: string | null;
  now: number;
  intervalSeconds: number;
  thresholds?: Thresholds;
}): Evaluation {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const { state, now } = input;
  const active = new Set(state.activeAlarms);
  const raise: AlarmToRaise[] = [];
  const clear: string[] = [];
  let status = state.status;
  let reason = `trap ${input.kind}`;
  const window = t.flapWindowIntervals * input.intervalSeconds * 1000;
  const transitions = state.transitions.filter((at) => at > now - window);
  if (input.kind === 'linkDown' && input.ifIndex !== null) {
    const key = alarmKey('LINK_DOWN', input.ifIndex);
    if (!active.has(key) && !state.flapping) {
      raise.push(
        raiseOf('LINK_DOWN', input.ifIndex, `${input.ifName ?? `ifIndex ${input.ifIndex}`} is down`),
      );
    }
    if (status === 'UP' || status === 'UNKNOWN') status = 'DEGRADED';
    reason = `linkDown trap for ifIndex ${input.ifIndex}`;
  } else if (input.kind === 'linkUp' && input.ifIndex !== null) {
    const key = alarmKey('LINK_DOWN', input.ifIndex);
    if (active.has(key)) clear.push(key);
    const others = [...active].some((k) => k !== key && parseAlarmKey(k).cause === 'LINK_DOWN');
    if (status === 'DEGRADED' && !others) status = 'UP';
    reason = `linkUp trap for ifIndex ${input.ifIndex}`;
  } else if (input.kind === 'coldStart' || input.kind === 'warmStart') {
    if (!active.has(alarmKey('RESTARTED'))) raise.push(raiseOf('RESTARTED', 0, `${input.kind} trap`));
    if (active.has(alarmKey('UNIT_DOWN'))) clear.push(alarmKey('UNIT_DOWN'));
    if (status === 'DOWN' || status === 'UNKNOWN') status = 'UP';
  }
  const statusChanged = status !== state.status;
  if (statusChanged && state.status !== 'UNKNOWN') transitions.push(now);
  let flapping = state.flapping;
  let flapStarted = false;
  if (!flapping && transitions.length >= t.flapChanges) {
    flapping = flapStarted = true;
    if (!active.has(alarmKey('FLAPPING'))) {
      raise.push(
        raiseOf('FLAPPING', 0, `${transitions.length} changes of state within ${window / 60_000} min`),
      );
    }
  }
  return {
    status,
    statusChanged,
    consecutiveFailures: input.kind === 'coldStart' ? 0 : state.consecutiveFailures,
    flapping,
    flapStarted,
    flapEnded: false,
    transitions,
    raise: flapping ? raise.filter((a) => !DAMPED.has(a.cause)) : raise,
    clear,
    failure: null,
    reason,
  };
}
