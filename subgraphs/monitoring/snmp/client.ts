/**
 * SnmpPoller: polls one agent for a profile and answers a PollOutcome, never throwing for network or agent
 * faults. Sessions are kept per target in a bounded LRU and share one UDP socket per address family (see
 * udp-mux.ts), tables are fetched with GETBULK, and the number of polls in flight is bounded.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isException, type NsSession, type NsUser, type RawVarbind, snmp, T } from './net-snmp-api.ts';
import {
  ENTITY_OIDS,
  HOST_OIDS,
  IF_OIDS,
  SENSOR_OIDS,
  SENSOR_SCALE_EXPONENT,
  SENSOR_TYPE_CELSIUS,
  SYSTEM_OIDS,
} from './profiles.ts';
import type {
  InterfaceSample,
  PollFailure,
  PollOutcome,
  PollProfile,
  PollSample,
  SnmpCredentials,
  SnmpTarget,
} from './types.ts';
import { UdpMux, type VirtualSocket } from './udp-mux.ts';

/** Options of an SnmpPoller. */
export interface SnmpPollerOptions {
  /** Sessions kept (LRU); each costs memory only, not a file descriptor. Default 20,000. */
  maxSessions?: number;
  /** Polls running at once; further polls wait their turn (their duration counts from their start). Default 512. */
  maxInFlight?: number;
  /** Answers larger than this are MALFORMED without being decoded. Default 65,507 (the largest UDP payload). */
  maxResponseBytes?: number;
  /** Most varbinds asked of one GETBULK. Default 512. */
  maxBulkVarbinds?: number;
}

/** A poll failure raised inside the engine, turned into a PollOutcome by poll(). */
class PollError extends Error {
  readonly failure: PollFailure;
  /** A failure with a code and a message safe to show (no community or key). */
  constructor(failure: PollFailure, message: string) {
    super(message);
    this.failure = failure;
  }
}

type Scalar = 'sysUpTime' | 'sysDescr' | 'sysName' | 'serial' | 'model';
type Column =
  | 'ifDescr'
  | 'ifAdminStatus'
  | 'ifOperStatus'
  | 'ifInErrors'
  | 'ifName'
  | 'ifHCInOctets'
  | 'ifHCOutOctets'
  | 'hrProcessorLoad'
  | 'sensorType'
  | 'sensorScale'
  | 'sensorPrecision'
  | 'sensorValue';

/** What one profile fetches, computed once per profile object. */
interface Plan {
  /** Scalars asked as GETBULK non-repeaters (GETNEXT of the object, answering its `.0` or first row). */
  scalars: { key: Scalar; oid: string; prefix: string }[];
  scalarOids: string[];
  columns: { key: Column; oid: string; prefix: string }[];
  extraOids: string[];
  interfaces: boolean;
}

const SCALARS: Record<Scalar, string> = {
  sysUpTime: SYSTEM_OIDS.sysUpTime,
  sysDescr: SYSTEM_OIDS.sysDescr,
  sysName: SYSTEM_OIDS.sysName,
  serial: ENTITY_OIDS.entPhysicalSerialNum,
  model: ENTITY_OIDS.entPhysicalModelName,
};
const COLUMNS: Record<Column, string> = {
  ifDescr: IF_OIDS.ifDescr,
  ifAdminStatus: IF_OIDS.ifAdminStatus,
  ifOperStatus: IF_OIDS.ifOperStatus,
  ifInErrors: IF_OIDS.ifInErrors,
  ifName: IF_OIDS.ifName,
  ifHCInOctets: IF_OIDS.ifHCInOctets,
  ifHCOutOctets: IF_OIDS.ifHCOutOctets,
  hrProcessorLoad: HOST_OIDS.hrProcessorLoad,
  sensorType: SENSOR_OIDS.entPhySensorType,
  sensorScale: SENSOR_OIDS.entPhySensorScale,
  sensorPrecision: SENSOR_OIDS.entPhySensorPrecision,
  sensorValue: SENSOR_OIDS.entPhySensorValue,
};

/** The scalars and table columns a profile's groups need; sysUpTime always (rates need it). */
export function planFor(profile: PollProfile): Plan {
  const g = new Set(profile.groups);
  const scalarKeys: Scalar[] = ['sysUpTime'];
  if (g.has('system')) scalarKeys.push('sysDescr', 'sysName');
  if (g.has('entity')) scalarKeys.push('serial', 'model');
  const columnKeys: Column[] = [];
  if (g.has('interfaces')) {
    columnKeys.push(
      'ifDescr',
      'ifAdminStatus',
      'ifOperStatus',
      'ifInErrors',
      'ifName',
      'ifHCInOctets',
      'ifHCOutOctets',
    );
  }
  if (g.has('host')) columnKeys.push('hrProcessorLoad');
  if (g.has('sensors')) columnKeys.push('sensorType', 'sensorScale', 'sensorPrecision', 'sensorValue');
  const scalars = scalarKeys.map((key) => ({ key, oid: SCALARS[key], prefix: `${SCALARS[key]}.` }));
  return {
    scalars,
    scalarOids: scalars.map((s) => s.oid),
    columns: columnKeys.map((key) => ({ key, oid: COLUMNS[key], prefix: `${COLUMNS[key]}.` })),
    extraOids: [...(profile.extraOids ?? [])],
    interfaces: g.has('interfaces'),
  };
}

/**
 * How an agent counts GETBULK max-repetitions: per repeated column as RFC 3416 says, or as a total of
 * varbinds in the answer (net-snmp's own agent). Learned from the first answers; only efficiency depends
 * on it.
 */
type BulkStyle = 'unknown' | 'perColumn' | 'total';

interface Entry {
  key: string;
  session: NsSession;
  socket: VirtualSocket;
  busy: number;
  style: BulkStyle;
  /** The most rows a table had at the last poll. */
  rows: number;
  /** Out of the LRU; closed once no poll uses it. */
  dropped: boolean;
  /** v3 and no engine discovered when the poll began. */
  discovering: boolean;
}

const HOSTNAME =
  /^(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$/;
const DNS_TTL_MS = 60_000;
const MAX_BULK_REQUESTS = 200;

const AUTH = { SHA: snmp.AuthProtocols.sha, 'SHA-256': snmp.AuthProtocols.sha256 } as const;

/** Polls SNMP agents; one instance serves any number of targets. */
export class SnmpPoller {
  private readonly maxSessions: number;
  private readonly maxInFlight: number;
  private readonly maxBulkVarbinds: number;
  private readonly mux: UdpMux;
  private readonly sessions = new Map<string, Entry>();
  private readonly plans = new WeakMap<PollProfile, Plan>();
  private readonly dns = new Map<string, { address: string; until: number }>();
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  /** A poller keeping at most `maxSessions` sessions (default 20,000). */
  constructor(opts: SnmpPollerOptions = {}) {
    this.maxSessions = Math.max(1, opts.maxSessions ?? 20_000);
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? 512);
    this.maxBulkVarbinds = Math.max(10, opts.maxBulkVarbinds ?? 512);
    this.mux = new UdpMux(opts.maxResponseBytes ?? 65_507);
  }

  /** Sessions currently kept. */
  get sessionCount(): number {
    return this.sessions.size;
  }

  /** Polls `target` for `profile`. Never rejects: every fault is a failed PollOutcome. */
  async poll(target: SnmpTarget, profile: PollProfile): Promise<PollOutcome> {
    if (this.closed) return { ok: false, failure: 'ERROR', message: 'poller is closed', durationMs: 0 };
    if (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    const started = performance.now();
    let entry: Entry | null = null;
    try {
      const address = await this.resolve(target);
      checkTarget(target);
      entry = this.entryFor(target, address);
      entry.busy++;
      let plan = this.plans.get(profile);
      if (!plan) {
        plan = planFor(profile);
        this.plans.set(profile, plan);
      }
      const sample = await this.run(entry, plan, target);
      return { ok: true, sample, durationMs: performance.now() - started };
    } catch (error) {
      let { failure, message } = classify(error, target.credentials);
      // An agent that answered discovery in this poll but not the encrypted request that followed is alive:
      // it dropped what it could not decrypt (snmpd does so with a wrong priv key instead of reporting).
      if (failure === 'TIMEOUT' && entry?.discovering && entry.session.msgSecurityParameters) {
        failure = 'AUTH_FAILURE';
        message = 'agent answered v3 discovery but not the encrypted request (wrong priv key?)';
      }
      // A session that saw garbage or a security fault starts afresh (new v3 discovery) next time.
      if (entry && failure !== 'TIMEOUT') this.drop(entry);
      return { ok: false, failure, message, durationMs: performance.now() - started };
    } finally {
      if (entry && --entry.busy === 0 && entry.dropped) entry.session.close();
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }

  /** Closes every session and the shared sockets; later polls fail with ERROR. */
  async close(): Promise<void> {
    this.closed = true;
    for (const entry of this.sessions.values()) entry.session.close();
    this.sessions.clear();
    for (const w of this.waiting.splice(0)) w();
    await this.mux.close();
  }

  private async resolve(target: SnmpTarget): Promise<string> {
    const host = typeof target.host === 'string' ? target.host.trim().replace(/^\[(.*)\]$/, '$1') : '';
    if (isIP(host)) return host;
    if (!HOSTNAME.test(host) || /^[\d.]+$/.test(host)) {
      throw new PollError('UNREACHABLE', 'not a valid host name or IP address');
    }
    const now = Date.now();
    const cached = this.dns.get(host);
    if (cached && cached.until > now) return cached.address;
    try {
      const { address } = await lookup(host);
      this.dns.set(host, { address, until: now + DNS_TTL_MS });
      return address;
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'lookup failed';
      throw new PollError('UNREACHABLE', `cannot resolve host ${host}: ${code}`);
    }
  }

  private entryFor(target: SnmpTarget, address: string): Entry {
    const c = target.credentials;
    const key =
      c.version === '2c'
        ? `${address}|${target.port}|2c|${c.community}`
        : `${address}|${target.port}|3|${c.user}|${c.level}|${c.authProtocol}|${c.authKey}|${c.privProtocol}|${c.privKey}`;
    const found = this.sessions.get(key);
    if (found) {
      // Most recently used goes last.
      this.sessions.delete(key);
      this.sessions.set(key, found);
      return found;
    }
    const options = {
      port: target.port,
      retries: target.retries,
      timeout: target.timeoutMs,
      transport: isIP(address) === 6 ? ('udp6' as const) : ('udp4' as const),
      dgramModule: this.mux.dgramModule,
    };
    const session =
      c.version === '2c'
        ? snmp.createSession(address, c.community, { ...options, version: snmp.Version2c })
        : snmp.createV3Session(address, v3User(c), options);
    const socket = this.mux.lastCreated!;
    const entry: Entry = {
      key,
      session,
      socket,
      busy: 0,
      style: 'unknown',
      rows: 8,
      dropped: false,
      discovering: false,
    };
    const fail = (reason: string) => session.cancelRequests(new PollError('MALFORMED', reason));
    socket.onGarbage = fail;
    // net-snmp emits 'error' on the session when an answer cannot be decoded.
    session.on('error', () => fail('answer could not be decoded'));
    this.sessions.set(key, entry);
    if (this.sessions.size > this.maxSessions) this.evict();
    return entry;
  }

  private evict(): void {
    for (const entry of this.sessions.values()) {
      if (this.sessions.size <= this.maxSessions) return;
      if (entry.busy === 0) this.drop(entry);
    }
  }

  private drop(entry: Entry): void {
    if (this.sessions.get(entry.key) === entry) this.sessions.delete(entry.key);
    if (entry.dropped) return;
    entry.dropped = true;
    if (entry.busy === 0) entry.session.close();
  }

  private bulk(entry: Entry, oids: string[], nonRepeaters: number, max: number) {
    return new Promise<(RawVarbind | RawVarbind[])[]>((resolve, reject) => {
      entry.session.getBulk(oids, nonRepeaters, max, (error, varbinds) => {
        if (error) reject(error);
        else resolve(varbinds ?? []);
      });
    });
  }

  private get(entry: Entry, oids: string[]) {
    return new Promise<RawVarbind[]>((resolve, reject) => {
      entry.session.get(oids, (error, varbinds) => {
        if (error) reject(error);
        else resolve(varbinds ?? []);
      });
    });
  }

  private maxRepetitions(entry: Entry, nonRepeaters: number, columns: number): number {
    const rows = entry.rows + 1;
    const want = entry.style === 'total' ? nonRepeaters + rows * columns : rows;
    const cap =
      entry.style === 'total'
        ? this.maxBulkVarbinds
        : Math.floor(this.maxBulkVarbinds / Math.max(1, columns));
    return Math.max(1, Math.min(want, cap, entry.style === 'unknown' ? 25 : Number.MAX_SAFE_INTEGER));
  }

  private async run(entry: Entry, plan: Plan, target: SnmpTarget): Promise<PollSample> {
    const session = entry.session;
    session.timeout = target.timeoutMs;
    session.retries = target.retries;
    entry.discovering = target.credentials.version === '3' && !session.msgSecurityParameters;
    const scalars: Partial<Record<Scalar, RawVarbind>> = {};
    const ncol = plan.columns.length;
    const cursors = plan.columns.map((c) => c.oid);
    const done: boolean[] = new Array(ncol).fill(false);
    const data: Map<number, RawVarbind>[] = plan.columns.map(() => new Map());
    let values = 0;
    let requests = 0;
    let at = Date.now();
    let first = true;
    let tooBigCuts = 0;
    let maxCut = Number.MAX_SAFE_INTEGER;
    while (first || done.includes(false)) {
      const pending: number[] = [];
      for (let j = 0; j < ncol; j++) if (!done[j]) pending.push(j);
      const nonRepeaters = first ? plan.scalarOids.length : 0;
      const oids = first ? plan.scalarOids.slice() : [];
      for (const j of pending) oids.push(cursors[j]!);
      const max = Math.min(maxCut, this.maxRepetitions(entry, nonRepeaters, pending.length));
      let answer: (RawVarbind | RawVarbind[])[];
      try {
        answer = await this.bulk(entry, oids, nonRepeaters, max);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === snmp.ErrorStatus.TooBig && max > 1 && tooBigCuts < 4) {
          tooBigCuts++;
          maxCut = Math.max(1, Math.floor(max / 2));
          continue;
        }
        throw error;
      }
      at = Date.now();
      if (++requests > MAX_BULK_REQUESTS)
        throw new PollError('MALFORMED', 'tables did not end within 200 GETBULKs');
      if (first) {
        for (let i = 0; i < nonRepeaters; i++) {
          const vb = answer[i] as RawVarbind | undefined;
          const s = plan.scalars[i]!;
          if (vb && !Array.isArray(vb) && !isException(vb) && vb.oid.startsWith(s.prefix)) {
            scalars[s.key] = vb;
            values++;
          }
        }
      }
      let progressed = false;
      let repeated = 0;
      let shortColumn = false;
      for (let k = 0; k < pending.length; k++) {
        const j = pending[k]!;
        const list = answer[nonRepeaters + k];
        if (!Array.isArray(list) || list.length === 0) {
          shortColumn = true;
          continue;
        }
        repeated += list.length;
        const prefix = plan.columns[j]!.prefix;
        const store = data[j]!;
        let ended = false;
        for (const vb of list) {
          if (isException(vb) || !vb.oid.startsWith(prefix)) {
            ended = true;
            break;
          }
          if (vb.oid === cursors[j])
            throw new PollError('MALFORMED', 'agent did not advance through a table');
          cursors[j] = vb.oid;
          const suffix = vb.oid.slice(prefix.length);
          store.set(suffix.includes('.') ? Number.NaN : Number(suffix), vb);
          values++;
          progressed = true;
        }
        if (ended) {
          done[j] = true;
          progressed = true;
        } else if (list.length < max) shortColumn = true;
      }
      if (pending.length > 0 && !progressed)
        throw new PollError('MALFORMED', 'GETBULK answer made no progress');
      if (entry.style === 'unknown' && pending.length > 0) {
        if (shortColumn && repeated + nonRepeaters <= max && done.includes(false)) entry.style = 'total';
        else if (!shortColumn || !done.includes(false)) entry.style = 'perColumn';
      }
      first = false;
    }
    let rows = 0;
    for (const m of data) rows = Math.max(rows, m.size);
    entry.rows = Math.max(1, rows);

    const extra: Record<string, string | number> = {};
    if (plan.extraOids.length > 0) {
      const answer = await this.get(entry, plan.extraOids);
      at = Date.now();
      for (const vb of answer) {
        if (isException(vb) || vb.value === null || vb.value === undefined) continue;
        extra[vb.oid] = plainValue(vb);
        values++;
      }
    }
    return buildSample(plan, scalars, data, extra, values, at);
  }
}

function checkTarget(target: SnmpTarget): void {
  if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65_535) {
    throw new PollError('UNREACHABLE', `port ${target.port} is not a UDP port`);
  }
  if (!(target.timeoutMs > 0) || !Number.isInteger(target.retries) || target.retries < 0) {
    throw new PollError('ERROR', 'timeoutMs must be positive and retries a non-negative integer');
  }
  const c = target.credentials;
  if (c?.version === '3') {
    if (c.level !== 'noAuthNoPriv' && !c.authKey)
      throw new PollError('ERROR', `level ${c.level} needs an auth key`);
    if (c.level === 'authPriv' && !c.privKey) throw new PollError('ERROR', 'level authPriv needs a priv key');
  } else if (c?.version !== '2c' || typeof c.community !== 'string') {
    throw new PollError('ERROR', 'credentials must be SNMP v2c or v3');
  }
}

function v3User(c: Extract<SnmpCredentials, { version: '3' }>): NsUser {
  const user: NsUser = { name: c.user, level: snmp.SecurityLevel[c.level] };
  if (c.level !== 'noAuthNoPriv') {
    user.authProtocol = AUTH[c.authProtocol ?? 'SHA'];
    user.authKey = c.authKey;
  }
  if (c.level === 'authPriv') {
    user.privProtocol = snmp.PrivProtocols.aes;
    user.privKey = c.privKey;
  }
  return user;
}

/** Turns whatever a poll threw into a failure code and a message that names no community or key. */
function classify(error: unknown, credentials: SnmpCredentials): { failure: PollFailure; message: string } {
  const e = error as { name?: string; code?: number | string; status?: number; message?: string };
  if (error instanceof PollError) return { failure: error.failure, message: error.message };
  if (e?.name === 'RequestTimedOutError') return { failure: 'TIMEOUT', message: 'no answer' };
  const codes = snmp.ResponseInvalidCode;
  if (e?.name === 'ResponseInvalidError') {
    switch (e.code) {
      case codes.EAuthFailure:
        // net-snmp's message is the usmStats counter's name, or a digest mismatch with both digests in hex.
        return {
          failure: 'AUTH_FAILURE',
          message: String(e.message).startsWith('Authentication digest')
            ? 'answer failed authentication (wrong auth key?)'
            : `agent refused the v3 credentials: ${e.message}`,
        };
      case codes.ECouldNotDecrypt:
        return { failure: 'AUTH_FAILURE', message: 'answer could not be decrypted (wrong priv key?)' };
      case codes.ENotInTimeWindow:
        return { failure: 'AUTH_FAILURE', message: 'answer outside the v3 time window' };
      case codes.ECommunityNoMatch:
        return { failure: 'MALFORMED', message: 'answer carried another community' };
      default:
        return { failure: 'MALFORMED', message: `invalid answer (${e.name} ${e.code})` };
    }
  }
  if (e?.name === 'RequestFailedError') {
    const status = snmp.ErrorStatus[e.status ?? snmp.ErrorStatus.GeneralError] ?? 'GeneralError';
    if (e.status === snmp.ErrorStatus.AuthorizationError) {
      return { failure: 'AUTH_FAILURE', message: 'agent answered authorizationError' };
    }
    return { failure: 'ERROR', message: `agent answered ${status}` };
  }
  if (typeof e?.code === 'string') {
    if (/^(EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|EACCES|EINVAL|ENOTFOUND|EAI_AGAIN|EPERM)$/.test(e.code)) {
      return { failure: 'UNREACHABLE', message: `cannot send: ${e.code}` };
    }
    return { failure: 'ERROR', message: `socket error ${e.code}` };
  }
  if (e?.message === 'Socket forcibly closed' || e?.message === 'socket closed') {
    return { failure: 'ERROR', message: 'session closed' };
  }
  return { failure: 'ERROR', message: redact(String(e?.message ?? error), credentials) };
}

function redact(message: string, c: SnmpCredentials): string {
  const secrets = c?.version === '2c' ? [c.community] : [c?.authKey, c?.privKey];
  let out = message.slice(0, 200);
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

/** A Counter64 (a big-endian Buffer of 1 to 9 bytes) or a number as a bigint. */
export function toBigint(vb: RawVarbind | undefined): bigint | null {
  if (!vb) return null;
  const v = vb.value;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (typeof v === 'bigint') return v;
  if (Buffer.isBuffer(v)) {
    const n = v.length;
    if (n === 0) return 0n;
    if (n <= 6) return BigInt(v.readUIntBE(0, n));
    if (n > 9) return null;
    const hi = n - 6;
    return (BigInt(v.readUIntBE(0, hi)) << 48n) | BigInt(v.readUIntBE(hi, 6));
  }
  return null;
}

function toNumber(vb: RawVarbind | undefined): number | null {
  return vb && typeof vb.value === 'number' ? vb.value : null;
}

function toText(vb: RawVarbind | undefined): string | null {
  if (!vb) return null;
  const v = vb.value;
  let s: string;
  if (Buffer.isBuffer(v)) s = v.toString('utf8');
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'number') s = String(v);
  else return null;
  const end = s.indexOf('\0');
  return end >= 0 ? s.slice(0, end) : s;
}

/** A varbind's value as the sample's `extra` holds it: numbers as numbers, text as text (hex if binary). */
function plainValue(vb: RawVarbind): string | number {
  const v = vb.value;
  if (typeof v === 'number') return v;
  if (vb.type === T.Counter64) {
    const b = toBigint(vb);
    if (b === null) return '';
    return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b.toString();
  }
  if (Buffer.isBuffer(v)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: printable text check
    return /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(v.toString('utf8')) && !v.includes(0)
      ? v.toString('utf8')
      : v.toString('hex');
  }
  return String(v);
}

function buildSample(
  plan: Plan,
  scalars: Partial<Record<Scalar, RawVarbind>>,
  data: Map<number, RawVarbind>[],
  extra: Record<string, string | number>,
  values: number,
  at: number,
): PollSample {
  const col: Partial<Record<Column, Map<number, RawVarbind>>> = {};
  plan.columns.forEach((c, j) => {
    col[c.key] = data[j];
  });
  const interfaces: InterfaceSample[] = [];
  if (plan.interfaces) {
    const indexes = new Set<number>();
    for (const key of ['ifDescr', 'ifName', 'ifOperStatus', 'ifAdminStatus'] as const) {
      for (const i of col[key]?.keys() ?? []) if (Number.isInteger(i)) indexes.add(i);
    }
    for (const index of [...indexes].sort((a, b) => a - b)) {
      const name = toText(col.ifName?.get(index)) || toText(col.ifDescr?.get(index)) || `if${index}`;
      interfaces.push({
        index,
        name,
        adminUp: toNumber(col.ifAdminStatus?.get(index)) === 1,
        operUp: toNumber(col.ifOperStatus?.get(index)) === 1,
        inOctets: toBigint(col.ifHCInOctets?.get(index)),
        outOctets: toBigint(col.ifHCOutOctets?.get(index)),
        inErrors: toBigint(col.ifInErrors?.get(index)),
      });
    }
  }
  let cpuLoad: number | null = null;
  if (col.hrProcessorLoad && col.hrProcessorLoad.size > 0) {
    let sum = 0;
    let n = 0;
    for (const vb of col.hrProcessorLoad.values()) {
      const v = toNumber(vb);
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    cpuLoad = n > 0 ? sum / n : null;
  }
  let temperatureC: number | null = null;
  if (col.sensorType) {
    for (const [index, typeVb] of col.sensorType) {
      if (toNumber(typeVb) !== SENSOR_TYPE_CELSIUS) continue;
      const raw = toNumber(col.sensorValue?.get(index));
      if (raw === null) continue;
      const exponent = SENSOR_SCALE_EXPONENT[toNumber(col.sensorScale?.get(index)) ?? 9] ?? 0;
      const precision = toNumber(col.sensorPrecision?.get(index)) ?? 0;
      const celsius = raw * 10 ** (exponent - precision);
      if (temperatureC === null || celsius > temperatureC) temperatureC = celsius;
    }
    if (temperatureC !== null) temperatureC = Math.round(temperatureC * 1e6) / 1e6;
  }
  return {
    at,
    uptimeCs: toNumber(scalars.sysUpTime),
    sysName: toText(scalars.sysName),
    sysDescr: toText(scalars.sysDescr),
    interfaces,
    cpuLoad,
    temperatureC,
    entity: { serial: toText(scalars.serial) || null, model: toText(scalars.model) || null },
    extra,
    values,
  };
}
