/**
 * A simulated access network for tests, demos and benchmarks: each device is a net-snmp agent (its MIB
 * built with the library's scalar and table providers) on its own loopback UDP port, answering SNMPv2-MIB
 * system, IF-MIB ifTable/ifXTable, HOST-RESOURCES hrProcessorTable, ENTITY-MIB entPhysicalTable and
 * ENTITY-SENSOR-MIB entPhySensorTable. With `live`, counters grow at plausible rates, links flap, units go
 * dark and come back and restart now and then, and traps report it; all of it follows from `seed`.
 */
import { fork } from 'node:child_process';
import dgram, { type RemoteInfo, type Socket } from 'node:dgram';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../shared/random.ts';
import {
  type DgramModuleLike,
  messageClass,
  type NsAgent,
  type NsMibRequest,
  type NsSession,
  type NsUser,
  type SocketLike,
  snmp,
  T,
} from './net-snmp-api.ts';
import { ENTITY_OIDS, HOST_OIDS, IF_OIDS, SENSOR_OIDS, SYSTEM_OIDS, TRAP_OIDS } from './profiles.ts';
import type { SnmpCredentials } from './types.ts';

/** One simulated device. `role` (cpe, access, aggregation, core; any case) sets names, rates and sizes. */
export interface SimulatedDeviceSpec {
  id: string;
  port?: number;
  credentials: SnmpCredentials;
  sysName: string;
  model: string;
  serial: string;
  interfaces: number;
  role?: string;
}

/** Options of SimulatedNetwork.start. */
export interface SimulatedNetworkOptions {
  devices: SimulatedDeviceSpec[];
  /** Where traps go (none when absent; see setTrapTarget). */
  trapTarget?: { host: string; port: number };
  /** Counters grow and (unless `events` is false) links flap and units go dark now and then. Default false. */
  live?: boolean;
  /** With `live`: random flaps, dark spells and restarts. Default true. */
  events?: boolean;
  /** How often the live network moves, ms. Default 1000. */
  tickMs?: number;
  /** Seed of every random choice (initial values, rates, events). Default 1. */
  seed?: number;
}

/** A command a simulator in another process carries out (see startSimulatorProcess). */
export type SimulatorCommand =
  | { op: 'goDark' | 'comeBack' | 'restart'; id: string }
  | { op: 'setLink'; id: string; ifIndex: number; up: boolean }
  | { op: 'setCounter'; id: string; ifIndex: number; which: 'in' | 'out'; value: bigint }
  | { op: 'sendTrap'; id: string; kind: 'linkDown' | 'linkUp' | 'coldStart'; ifIndex?: number }
  | { op: 'setTrapTarget'; target: { host: string; port: number } | null };

const MASK64 = (1n << 64n) - 1n;
const TWO32 = 4_294_967_296;

/** A bigint as the minimal big-endian two's-complement bytes BER wants for a Counter64. */
export function counter64Bytes(value: bigint): Buffer {
  let hex = (value & MASK64).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  return Buffer.from(hex, 'hex');
}

interface RoleTraits {
  descr: (i: number) => string;
  name: (i: number) => string;
  type: number;
  speedMbps: number;
  /** typical load, bytes per second, in and out */
  rateBps: [number, number];
  cpus: number;
  temperature: number;
  vendor: string;
}

function traits(role: string | undefined): RoleTraits {
  switch ((role ?? 'access').toLowerCase()) {
    case 'cpe':
      return {
        descr: (i) => (i === 1 ? 'WAN GPON' : `LAN${i - 1}`),
        name: (i) => (i === 1 ? 'wan0' : `lan${i - 1}`),
        type: 6,
        speedMbps: 1000,
        rateBps: [2_500_000, 400_000],
        cpus: 1,
        temperature: 48,
        vendor: 'Home gateway',
      };
    case 'aggregation':
    case 'core':
      return {
        descr: (i) => `TenGigE0/0/0/${i - 1}`,
        name: (i) => `Te0/0/0/${i - 1}`,
        type: 6,
        speedMbps: 10_000,
        rateBps: [300_000_000, 280_000_000],
        cpus: 4,
        temperature: 41,
        vendor: 'Carrier router',
      };
    default:
      return {
        descr: (i) => `GigabitEthernet0/${i}`,
        name: (i) => `Gi0/${i}`,
        type: 6,
        speedMbps: 1000,
        rateBps: [25_000_000, 6_000_000],
        cpus: 2,
        temperature: 44,
        vendor: 'Access node',
      };
  }
}

interface IfState {
  index: number;
  oper: 1 | 2;
  /** counter value at the last tick (or set), plus what has accumulated since as a float */
  inBase: bigint;
  outBase: bigint;
  inAcc: number;
  outAcc: number;
  inRate: number;
  outRate: number;
  errors: number;
  downTicks: number;
}

/** A socket facade over a real bound socket: net-snmp's listener sends through it; receiving is ours. */
function facade(real: Socket): SocketLike {
  const f: SocketLike = {
    on: () => f,
    send: (buf, offset, length, port, address, cb) => real.send(buf, offset, length, port, address, cb),
    bind: () => f,
    close: (cb) => cb?.(),
    ref: () => f,
    unref: () => f,
    address: () => real.address(),
  };
  return f;
}

function dgramOf(socket: SocketLike): DgramModuleLike {
  return { createSocket: () => socket };
}

function nsUser(c: Extract<SnmpCredentials, { version: '3' }>): NsUser {
  const user: NsUser = { name: c.user, level: snmp.SecurityLevel[c.level] };
  if (c.level !== 'noAuthNoPriv') {
    user.authProtocol = c.authProtocol === 'SHA-256' ? snmp.AuthProtocols.sha256 : snmp.AuthProtocols.sha;
    user.authKey = c.authKey;
  }
  if (c.level === 'authPriv') {
    user.privProtocol = snmp.PrivProtocols.aes;
    user.privKey = c.privKey;
  }
  return user;
}

const RO = snmp.MaxAccess['read-only'];
const NA = snmp.MaxAccess['not-accessible'];

/** One simulated device. */
class Device {
  readonly spec: SimulatedDeviceSpec;
  readonly socket: Socket;
  readonly port: number;
  readonly agent: NsAgent;
  readonly ifs: IfState[] = [];
  readonly cpu: number[] = [];
  temps: number[];
  dark = false;
  darkTicks = 0;
  bootAt: number;
  private readonly random: () => number;
  private readonly traits: RoleTraits;
  private readonly sock: SocketLike;
  private trapSession: NsSession | null = null;
  private trapSessionKey = '';
  requests = 0;

  constructor(spec: SimulatedDeviceSpec, socket: Socket, seed: number, engineID: string) {
    this.spec = spec;
    this.socket = socket;
    this.port = socket.address().port;
    this.random = seededRandom(seed);
    this.traits = traits(spec.role);
    this.bootAt = Date.now() - Math.floor(this.random() * 30 * 86_400_000);
    this.sock = facade(socket);
    this.agent = snmp.createAgent({ port: this.port, dgramModule: dgramOf(this.sock), engineID }, () => {});
    const auth = this.agent.getAuthorizer();
    const c = spec.credentials;
    if (c.version === '2c') auth.addCommunity(c.community);
    else auth.addUser(nsUser(c));
    const [inRate, outRate] = this.traits.rateBps;
    for (let i = 1; i <= spec.interfaces; i++) {
      const share = 0.3 + this.random() * 1.4;
      this.ifs.push({
        index: i,
        oper: 1,
        inBase: BigInt(Math.floor(this.random() * 1e12)),
        outBase: BigInt(Math.floor(this.random() * 1e12)),
        inAcc: 0,
        outAcc: 0,
        inRate: inRate * share,
        outRate: outRate * share,
        errors: Math.floor(this.random() * 20),
        downTicks: 0,
      });
    }
    for (let i = 0; i < this.traits.cpus; i++) this.cpu.push(5 + Math.floor(this.random() * 30));
    this.temps = [
      this.traits.temperature + this.random() * 6,
      this.traits.temperature - 12 + this.random() * 4,
    ];
    this.buildMib();
    socket.on('message', (buf, rinfo) => this.onDatagram(buf, rinfo));
  }

  private onDatagram(buf: Buffer, rinfo: RemoteInfo): void {
    if (this.dark) return;
    this.requests++;
    try {
      if (this.spec.credentials.version === '3' && this.refuseV3(buf, rinfo)) return;
      this.agent.onMsg(this.sock, buf, rinfo);
    } catch {
      // A datagram the agent cannot process is dropped, as a device would.
    }
  }

  /**
   * Answers a v3 request whose digest or encryption is wrong with a usmStatsWrongDigests or
   * usmStatsDecryptionErrors report, as RFC 3414 §3.2 has agents do (net-snmp's agent stays silent).
   */
  private refuseV3(buf: Buffer, rinfo: RemoteInfo): boolean {
    let message: ReturnType<ReturnType<typeof messageClass>['createFromBuffer']>;
    try {
      message = messageClass().createFromBuffer(buf);
    } catch {
      return false;
    }
    if (message.version !== 3 || !message.hasAuthentication() || !message.isReportable()) return false;
    const user = this.agent.getAuthorizer().getUser(message.msgSecurityParameters.msgUserName);
    if (!user || user.authProtocol === undefined || !user.authKey) return false;
    const p = message.msgSecurityParameters;
    let errorType = '';
    if (
      !snmp.Authentication.isAuthentic(
        message.buffer,
        user.authProtocol,
        user.authKey,
        p.msgAuthoritativeEngineID,
        p.msgAuthenticationParameters,
      )
    ) {
      errorType = '5';
    } else if (message.hasPrivacy() && user.privKey && !message.decryptPdu(user, () => {})) {
      errorType = '6';
    }
    if (!errorType) return false;
    const report = message.createReportResponseMessage(this.agent.engine, this.agent.context, errorType);
    this.agent.listener.send(report, rinfo, this.sock);
    return true;
  }

  uptimeCs(): number {
    return Math.floor((Date.now() - this.bootAt) / 10) % TWO32;
  }

  counter(s: IfState, which: 'in' | 'out'): bigint {
    const base = which === 'in' ? s.inBase : s.outBase;
    const acc = which === 'in' ? s.inAcc : s.outAcc;
    return (base + BigInt(Math.floor(acc))) & MASK64;
  }

  private buildMib(): void {
    const mib = this.agent.getMib();
    const spec = this.spec;
    const t = this.traits;
    const scalar = (
      name: string,
      oid: string,
      type: number,
      value: unknown,
      handler?: (r: NsMibRequest) => void,
    ) => {
      mib.registerProvider({
        name,
        type: snmp.MibProviderType.Scalar,
        oid,
        scalarType: type,
        maxAccess: RO,
        ...(handler ? { handler } : {}),
      });
      mib.setScalarValue(name, value);
    };
    scalar(
      'sysDescr',
      SYSTEM_OIDS.sysDescr,
      T.OctetString,
      `${t.vendor} ${spec.model}, firmware 3.2.${spec.interfaces}`,
    );
    scalar('sysObjectID', SYSTEM_OIDS.sysObjectID, T.OID, '1.3.6.1.4.1.8072.3.2.10');
    scalar('sysUpTime', SYSTEM_OIDS.sysUpTime, T.TimeTicks, 0, (r) => {
      r.instanceNode.value = this.uptimeCs();
      r.done();
    });
    scalar('sysContact', SYSTEM_OIDS.sysContact, T.OctetString, 'noc@example.net');
    scalar('sysName', SYSTEM_OIDS.sysName, T.OctetString, spec.sysName);
    scalar('sysLocation', SYSTEM_OIDS.sysLocation, T.OctetString, 'simulated');
    scalar('ifNumber', IF_OIDS.ifNumber, T.Integer, spec.interfaces);

    const col = (number: number, name: string, type: number, maxAccess = RO) => ({
      number,
      name,
      type,
      maxAccess,
    });
    const byRow = (oid: string, r: NsMibRequest) => {
      const rest = r.oid.slice(oid.length + 1);
      const dot = rest.indexOf('.');
      return { column: Number(rest.slice(0, dot)), row: Number(rest.slice(dot + 1)) };
    };
    const ifEntry = `${IF_OIDS.ifTable}.1`;
    mib.registerProvider({
      name: 'ifTable',
      type: snmp.MibProviderType.Table,
      oid: ifEntry,
      maxAccess: NA,
      tableColumns: [
        col(1, 'ifIndex', T.Integer),
        col(2, 'ifDescr', T.OctetString),
        col(3, 'ifType', T.Integer),
        col(4, 'ifMtu', T.Integer),
        col(5, 'ifSpeed', T.Gauge),
        col(7, 'ifAdminStatus', T.Integer),
        col(8, 'ifOperStatus', T.Integer),
        col(10, 'ifInOctets', T.Counter),
        col(14, 'ifInErrors', T.Counter),
        col(16, 'ifOutOctets', T.Counter),
      ],
      tableIndex: [{ columnName: 'ifIndex' }],
      handler: (r) => {
        const { column, row } = byRow(ifEntry, r);
        const s = this.ifs[row - 1];
        if (s) {
          if (column === 8) r.instanceNode.value = s.oper;
          else if (column === 10) r.instanceNode.value = Number(this.counter(s, 'in') % BigInt(TWO32));
          else if (column === 16) r.instanceNode.value = Number(this.counter(s, 'out') % BigInt(TWO32));
          else if (column === 14) r.instanceNode.value = s.errors % TWO32;
        }
        r.done();
      },
    });
    const ifXEntry = `${IF_OIDS.ifXTable}.1`;
    mib.registerProvider({
      name: 'ifXTable',
      type: snmp.MibProviderType.Table,
      oid: ifXEntry,
      maxAccess: NA,
      tableColumns: [
        col(1, 'ifName', T.OctetString),
        col(6, 'ifHCInOctets', T.Counter64),
        col(10, 'ifHCOutOctets', T.Counter64),
        col(15, 'ifHighSpeed', T.Gauge),
        col(18, 'ifAlias', T.OctetString),
      ],
      tableAugments: 'ifTable',
      handler: (r) => {
        const { column, row } = byRow(ifXEntry, r);
        const s = this.ifs[row - 1];
        if (s) {
          if (column === 6) r.instanceNode.value = counter64Bytes(this.counter(s, 'in'));
          else if (column === 10) r.instanceNode.value = counter64Bytes(this.counter(s, 'out'));
        }
        r.done();
      },
    });
    const speed = Math.min(t.speedMbps * 1_000_000, TWO32 - 1);
    for (const s of this.ifs) {
      mib.addTableRow('ifTable', [s.index, t.descr(s.index), t.type, 1500, speed, 1, s.oper, 0, 0, 0]);
      mib.addTableRow('ifXTable', [
        s.index,
        t.name(s.index),
        Buffer.alloc(8),
        Buffer.alloc(8),
        t.speedMbps,
        '',
      ]);
    }

    // HOST-RESOURCES: hrDeviceTable rows for the processors, hrProcessorTable indexed by hrDeviceIndex.
    mib.registerProvider({
      name: 'hrDeviceTable',
      type: snmp.MibProviderType.Table,
      oid: '1.3.6.1.2.1.25.3.2.1',
      maxAccess: NA,
      tableColumns: [
        col(1, 'hrDeviceIndex', T.Integer),
        col(2, 'hrDeviceType', T.OID),
        col(3, 'hrDeviceDescr', T.OctetString),
      ],
      tableIndex: [{ columnName: 'hrDeviceIndex' }],
    });
    const hrEntry = `${HOST_OIDS.hrProcessorTable}.1`;
    mib.registerProvider({
      name: 'hrProcessorTable',
      type: snmp.MibProviderType.Table,
      oid: hrEntry,
      maxAccess: NA,
      tableColumns: [col(1, 'hrProcessorFrwID', T.OID), col(2, 'hrProcessorLoad', T.Integer)],
      tableIndex: [{ columnName: 'hrDeviceIndex', foreign: 'hrDeviceTable' }],
      handler: (r) => {
        const { column, row } = byRow(hrEntry, r);
        const load = this.cpu[row - 768];
        if (column === 2 && load !== undefined) r.instanceNode.value = load;
        r.done();
      },
    });
    this.cpu.forEach((load, i) => {
      mib.addTableRow('hrDeviceTable', [768 + i, '1.3.6.1.2.1.25.3.1.3', `CPU ${i}`]);
      mib.addTableRow('hrProcessorTable', [768 + i, '0.0', load]);
    });

    // ENTITY-MIB: the chassis (1), a board (2) and two temperature sensors and a voltage sensor (10-12).
    mib.registerProvider({
      name: 'entPhysicalTable',
      type: snmp.MibProviderType.Table,
      oid: `${ENTITY_OIDS.entPhysicalTable}.1`,
      maxAccess: NA,
      tableColumns: [
        col(1, 'entPhysicalIndex', T.Integer, NA),
        col(2, 'entPhysicalDescr', T.OctetString),
        col(4, 'entPhysicalContainedIn', T.Integer),
        col(5, 'entPhysicalClass', T.Integer),
        col(7, 'entPhysicalName', T.OctetString),
        col(11, 'entPhysicalSerialNum', T.OctetString),
        col(13, 'entPhysicalModelName', T.OctetString),
      ],
      tableIndex: [{ columnName: 'entPhysicalIndex' }],
    });
    const ent = (
      index: number,
      descr: string,
      parent: number,
      cls: number,
      name: string,
      serial: string,
      model: string,
    ) => mib.addTableRow('entPhysicalTable', [index, descr, parent, cls, name, serial, model]);
    ent(1, `${spec.model} chassis`, 0, 3, 'chassis', spec.serial, spec.model);
    ent(2, 'Main board', 1, 9, 'board 0', `${spec.serial}-B0`, `${spec.model}-MB`);
    ent(10, 'Board temperature', 2, 8, 'temp board', '', '');
    ent(11, 'Inlet temperature', 1, 8, 'temp inlet', '', '');
    ent(12, 'Board 12 V rail', 2, 8, 'volt 12V', '', '');
    const sensorEntry = `${SENSOR_OIDS.entPhySensorTable}.1`;
    mib.registerProvider({
      name: 'entPhySensorTable',
      type: snmp.MibProviderType.Table,
      oid: sensorEntry,
      maxAccess: NA,
      tableColumns: [
        col(1, 'entPhySensorType', T.Integer),
        col(2, 'entPhySensorScale', T.Integer),
        col(3, 'entPhySensorPrecision', T.Integer),
        col(4, 'entPhySensorValue', T.Integer),
        col(5, 'entPhySensorOperStatus', T.Integer),
      ],
      tableIndex: [{ columnName: 'entPhysicalIndex', foreign: 'entPhysicalTable' }],
      handler: (r) => {
        const { column, row } = byRow(sensorEntry, r);
        if (column === 4 && (row === 10 || row === 11))
          r.instanceNode.value = Math.round(this.temps[row - 10]! * 10);
        r.done();
      },
    });
    // celsius(8) in units(9) with one decimal; voltsDC(4) in milli(8).
    mib.addTableRow('entPhySensorTable', [10, 8, 9, 1, Math.round(this.temps[0]! * 10), 1]);
    mib.addTableRow('entPhySensorTable', [11, 8, 9, 1, Math.round(this.temps[1]! * 10), 1]);
    mib.addTableRow('entPhySensorTable', [12, 4, 8, 0, 12_050, 1]);
  }

  /** Moves the device one tick: counters, loads, temperatures and (with events) flaps and dark spells. */
  tick(
    dtMs: number,
    events: boolean,
    send: (kind: 'linkDown' | 'linkUp' | 'coldStart', ifIndex?: number) => void,
  ): void {
    const r = this.random;
    if (events) {
      if (this.dark) {
        if (--this.darkTicks <= 0) this.dark = false;
      } else if (r() < 1 / 20_000) {
        this.dark = true;
        this.darkTicks = 5 + Math.floor(r() * 60);
      } else if (r() < 1 / 200_000) {
        this.restart();
        send('coldStart');
      }
    }
    const dt = dtMs / 1000;
    const [inTypical, outTypical] = this.traits.rateBps;
    for (const s of this.ifs) {
      if (s.oper === 1) {
        s.inAcc += s.inRate * dt;
        s.outAcc += s.outRate * dt;
        s.inRate = Math.max(0, Math.min(inTypical * 4, s.inRate * (0.9 + r() * 0.2)));
        s.outRate = Math.max(0, Math.min(outTypical * 4, s.outRate * (0.9 + r() * 0.2)));
        if (r() < 0.01) s.errors += 1 + Math.floor(r() * 3);
      }
      if (events) {
        if (s.downTicks > 0) {
          if (--s.downTicks === 0) {
            s.oper = 1;
            if (!this.dark) send('linkUp', s.index);
          }
        } else if (r() < 1 / 50_000) {
          s.oper = 2;
          s.downTicks = 2 + Math.floor(r() * 20);
          if (!this.dark) send('linkDown', s.index);
        }
      }
    }
    for (let i = 0; i < this.cpu.length; i++) {
      this.cpu[i] = Math.max(1, Math.min(100, Math.round(this.cpu[i]! + (r() - 0.5) * 6)));
    }
    this.temps = this.temps.map((v, i) => {
      const base = this.traits.temperature - (i === 1 ? 10 : 0);
      return Math.max(base - 8, Math.min(base + 25, v + (r() - 0.5) * 0.4));
    });
  }

  /** sysUpTime back to 0, counters to 0, one more engine boot. */
  restart(): void {
    this.bootAt = Date.now();
    this.dark = false;
    this.darkTicks = 0;
    this.agent.engine.engineBoots++;
    for (const s of this.ifs) {
      s.inBase = 0n;
      s.outBase = 0n;
      s.inAcc = 0;
      s.outAcc = 0;
      s.errors = 0;
      s.oper = 1;
      s.downTicks = 0;
    }
  }

  setCounter(ifIndex: number, which: 'in' | 'out', value: bigint): void {
    const s = this.interface(ifIndex);
    if (which === 'in') {
      s.inBase = value & MASK64;
      s.inAcc = 0;
    } else {
      s.outBase = value & MASK64;
      s.outAcc = 0;
    }
  }

  interface(ifIndex: number): IfState {
    const s = this.ifs[ifIndex - 1];
    if (!s) throw new Error(`device ${this.spec.id} has no interface ${ifIndex}`);
    return s;
  }

  /** Sends a trap from the device's own port (so a receiver knows the unit by address and port). */
  trap(
    target: { host: string; port: number },
    kind: 'linkDown' | 'linkUp' | 'coldStart',
    ifIndex?: number,
  ): void {
    const key = `${target.host}:${target.port}`;
    if (!this.trapSession || this.trapSessionKey !== key) {
      this.trapSession?.close();
      const options = {
        port: target.port,
        trapPort: target.port,
        retries: 0,
        timeout: 1000,
        dgramModule: dgramOf(this.sock),
      };
      const c = this.spec.credentials;
      this.trapSession =
        c.version === '2c'
          ? snmp.createSession(target.host, c.community, { ...options, version: snmp.Version2c })
          : snmp.createV3Session(target.host, nsUser(c), {
              ...options,
              engineID: this.agent.engine.engineID.toString('hex'),
            });
      this.trapSession.on('error', () => {});
      this.trapSessionKey = key;
    }
    const varbinds: { oid: string; type: number; value: unknown }[] = [];
    if (kind !== 'coldStart' && ifIndex !== undefined) {
      const s = this.interface(ifIndex);
      varbinds.push(
        { oid: `${IF_OIDS.ifIndex}.${ifIndex}`, type: T.Integer, value: ifIndex },
        { oid: `${IF_OIDS.ifAdminStatus}.${ifIndex}`, type: T.Integer, value: 1 },
        { oid: `${IF_OIDS.ifOperStatus}.${ifIndex}`, type: T.Integer, value: s.oper },
      );
    }
    this.trapSession.trap(TRAP_OIDS[kind], varbinds, { upTime: this.uptimeCs() }, () => {});
  }

  close(): Promise<void> {
    this.trapSession?.close();
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

function bindSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    const onError = (error: Error) => {
      socket.close();
      reject(error);
    };
    socket.once('error', onError);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', onError);
      socket.on('error', () => {});
      resolve(socket);
    });
  });
}

/** A set of simulated devices on loopback, each its own agent and UDP port. */
export class SimulatedNetwork {
  private readonly devices = new Map<string, Device>();
  private trapTarget: { host: string; port: number } | null;
  private timer: NodeJS.Timeout | null = null;

  private constructor(trapTarget: { host: string; port: number } | null) {
    this.trapTarget = trapTarget;
  }

  /** Starts every device (binding its port; 0 or absent picks a free one) and, with `live`, the ticks. */
  static async start(opts: SimulatedNetworkOptions): Promise<SimulatedNetwork> {
    const net = new SimulatedNetwork(opts.trapTarget ?? null);
    const seed = opts.seed ?? 1;
    const ids = new Set<string>();
    for (const spec of opts.devices) {
      if (ids.has(spec.id)) throw new Error(`device id ${spec.id} is used twice`);
      ids.add(spec.id);
    }
    try {
      // Bind in batches so that 10,000 devices do not queue 10,000 binds at once.
      for (let i = 0; i < opts.devices.length; i += 500) {
        const batch = opts.devices.slice(i, i + 500);
        const sockets = await Promise.all(batch.map((spec) => bindSocket(spec.port ?? 0)));
        batch.forEach((spec, k) => {
          const n = i + k;
          const engineID = `8000b98304${(seed >>> 0).toString(16).padStart(8, '0')}${n.toString(16).padStart(8, '0')}`;
          net.devices.set(
            spec.id,
            new Device(spec, sockets[k]!, (seed * 1_000_003 + n * 7919) >>> 0, engineID),
          );
        });
      }
    } catch (error) {
      await net.stop();
      throw error;
    }
    if (opts.live) {
      const tickMs = opts.tickMs ?? 1000;
      const events = opts.events ?? true;
      let last = Date.now();
      net.timer = setInterval(() => {
        const now = Date.now();
        const dt = now - last;
        last = now;
        for (const d of net.devices.values()) {
          d.tick(dt, events, (kind, ifIndex) => net.emitTrap(d, kind, ifIndex));
        }
      }, tickMs);
      net.timer.unref();
    }
    return net;
  }

  private device(id: string): Device {
    const d = this.devices.get(id);
    if (!d) throw new Error(`no simulated device ${id}`);
    return d;
  }

  private emitTrap(d: Device, kind: 'linkDown' | 'linkUp' | 'coldStart', ifIndex?: number): void {
    if (this.trapTarget && !d.dark) d.trap(this.trapTarget, kind, ifIndex);
  }

  /** The UDP port device `id` answers on. */
  port(id: string): number {
    return this.device(id).port;
  }

  /** Every device's port by id. */
  ports(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, d] of this.devices) out[id] = d.port;
    return out;
  }

  /** How many requests the devices have taken (datagrams while not dark). */
  get requests(): number {
    let n = 0;
    for (const d of this.devices.values()) n += d.requests;
    return n;
  }

  /** The device stops answering (its port stays bound, datagrams are dropped). */
  goDark(id: string): void {
    this.device(id).dark = true;
  }

  /** The device answers again. */
  comeBack(id: string): void {
    const d = this.device(id);
    d.dark = false;
    d.darkTicks = 0;
  }

  /** The device reboots: sysUpTime back to 0, counters reset, a coldStart trap. */
  restart(id: string): void {
    const d = this.device(id);
    d.restart();
    this.emitTrap(d, 'coldStart');
  }

  /** Sets ifOperStatus of one interface, sending linkDown/linkUp when a trap target is set. */
  setLink(id: string, ifIndex: number, up: boolean): void {
    const d = this.device(id);
    const s = d.interface(ifIndex);
    s.oper = up ? 1 : 2;
    s.downTicks = 0;
    this.emitTrap(d, up ? 'linkUp' : 'linkDown', ifIndex);
  }

  /** Sets an interface's 64-bit octet counter (the 32-bit ifInOctets/ifOutOctets follow, modulo 2^32). */
  setCounter(id: string, ifIndex: number, which: 'in' | 'out', value: bigint): void {
    this.device(id).setCounter(ifIndex, which, value);
  }

  /** Sends a trap now (to the trap target; nothing without one). */
  sendTrap(id: string, kind: 'linkDown' | 'linkUp' | 'coldStart', ifIndex?: number): void {
    this.emitTrap(this.device(id), kind, ifIndex);
  }

  /** Where traps go from now on (null: nowhere). */
  setTrapTarget(target: { host: string; port: number } | null): void {
    this.trapTarget = target;
  }

  /** Carries out a command (what a simulator in another process receives). */
  control(cmd: SimulatorCommand): void {
    switch (cmd.op) {
      case 'goDark':
        this.goDark(cmd.id);
        break;
      case 'comeBack':
        this.comeBack(cmd.id);
        break;
      case 'restart':
        this.restart(cmd.id);
        break;
      case 'setLink':
        this.setLink(cmd.id, cmd.ifIndex, cmd.up);
        break;
      case 'setCounter':
        this.setCounter(cmd.id, cmd.ifIndex, cmd.which, cmd.value);
        break;
      case 'sendTrap':
        this.sendTrap(cmd.id, cmd.kind, cmd.ifIndex);
        break;
      case 'setTrapTarget':
        this.setTrapTarget(cmd.target);
        break;
    }
  }

  /** Stops the ticks and closes every device's socket. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.devices.values()].map((d) => d.close()));
    this.devices.clear();
  }
}

/** What the simulator child process reports about itself. */
export interface SimulatorUsage {
  rssBytes: number;
  heapUsedBytes: number;
  fds: number;
  cpuSeconds: number;
  requests: number;
}

/** A SimulatedNetwork running in a child process. */
export interface SimulatorProcess {
  pid: number;
  ports: Record<string, number>;
  control(cmd: SimulatorCommand): Promise<void>;
  usage(): Promise<SimulatorUsage>;
  stop(): Promise<void>;
}

type ChildReply =
  | { type: 'ready'; ports: Record<string, number> }
  | { type: 'failed'; message: string }
  | { type: 'done'; seq: number; error?: string; usage?: SimulatorUsage };

const CHILD = fileURLToPath(new URL('./simulator-child.ts', import.meta.url));

/**
 * Runs a SimulatedNetwork in a child process (this Node, the project's .ts files run by type stripping), so
 * a benchmark's simulator shares neither the poller's CPU nor its file-descriptor table.
 */
export function startSimulatorProcess(opts: SimulatedNetworkOptions): Promise<SimulatorProcess> {
  const child = fork(CHILD, [], {
    execPath: process.execPath,
    execArgv: ['--max-old-space-size=4096'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let seq = 0;
  const pending = new Map<
    number,
    { resolve: (r: ChildReply & { type: 'done' }) => void; reject: (e: Error) => void }
  >();
  let exited = false;
  const request = (message: object) =>
    new Promise<ChildReply & { type: 'done' }>((resolve, reject) => {
      if (exited) {
        reject(new Error('simulator process has exited'));
        return;
      }
      const id = ++seq;
      pending.set(id, { resolve, reject });
      child.send({ ...message, seq: id });
    });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      exited = true;
      for (const p of pending.values()) p.reject(new Error(`simulator process exited (${code})`));
      pending.clear();
      reject(new Error(`simulator process exited before it was ready (${code})`));
    });
    child.on('message', (raw) => {
      const reply = raw as ChildReply;
      if (reply.type === 'ready') {
        resolve({
          pid: child.pid!,
          ports: reply.ports,
          async control(cmd) {
            const r = await request({ type: 'control', cmd });
            if (r.error) throw new Error(r.error);
          },
          async usage() {
            const r = await request({ type: 'usage' });
            return r.usage!;
          },
          async stop() {
            if (exited) return;
            const gone = new Promise<void>((done) => child.once('exit', () => done()));
            child.send({ type: 'stop' });
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await gone;
            clearTimeout(timer);
          },
        });
      } else if (reply.type === 'failed') {
        reject(new Error(reply.message));
        child.kill();
      } else {
        const p = pending.get(reply.seq);
        pending.delete(reply.seq);
        p?.resolve(reply);
      }
    });
    child.send({ type: 'start', opts });
  });
}
