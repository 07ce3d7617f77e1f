/**
 * The trap receiver: SNMPv2c and SNMPv3 (USM) notifications on one UDP port, decoded by net-snmp's
 * receiver, turned into TrapEvents. Anything it refuses (unknown community or user, failed authentication
 * or decryption, SNMPv1 traps, undecodable datagrams) is counted and reported, never thrown.
 */
import dgram, { type RemoteInfo } from 'node:dgram';
import {
  type NsNotification,
  NULL_DGRAM,
  type RawVarbind,
  type SocketLike,
  snmp,
  T,
} from './net-snmp-api.ts';
import { IF_OIDS, TRAP_OIDS } from './profiles.ts';
import type { SnmpCredentials } from './types.ts';

/** A notification the receiver accepted. */
export interface TrapEvent {
  source: { address: string; port: number };
  kind: 'linkDown' | 'linkUp' | 'coldStart' | 'warmStart' | 'other';
  trapOid: string;
  ifIndex: number | null;
  version: '2c' | '3';
  receivedAt: number;
  varbinds: { oid: string; value: string | number }[];
}

/** A v3 user the receiver accepts notifications from. */
export type TrapUser = Omit<Extract<SnmpCredentials, { version: '3' }>, 'version'>;

/** Options of startTrapReceiver. */
export interface TrapReceiverOptions {
  /** Address to bind; default all IPv4 addresses. */
  host?: string;
  /** UDP port; 0 picks a free one (returned). */
  port: number;
  communities: readonly string[];
  users: readonly TrapUser[];
  onTrap(trap: TrapEvent): void;
  onRejected(reason: string, source: { address: string; port: number }): void;
}

/** A running receiver. `received` counts accepted notifications, `rejected` refused datagrams. */
export interface TrapReceiver {
  port: number;
  /** Replaces the communities and v3 users traps are accepted with (units configured since start). */
  setCredentials(next: { communities: readonly string[]; users: readonly TrapUser[] }): void;
  close(): Promise<void>;
  stats: { received: number; rejected: number };
}

const KINDS: Record<string, TrapEvent['kind']> = {
  [TRAP_OIDS.coldStart]: 'coldStart',
  [TRAP_OIDS.warmStart]: 'warmStart',
  [TRAP_OIDS.linkDown]: 'linkDown',
  [TRAP_OIDS.linkUp]: 'linkUp',
};

const IF_INDEX_PREFIX = `${IF_OIDS.ifIndex}.`;
const IF_ENTRY_PREFIX = `${IF_OIDS.ifTable}.1.`;

function value(vb: RawVarbind): string | number {
  const v = vb.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (Buffer.isBuffer(v)) {
    if (vb.type === T.Counter64) {
      let n = 0n;
      for (const byte of v) n = (n << 8n) | BigInt(byte);
      return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
    }
    const text = v.toString('utf8');
    return text.includes('\uFFFD') || v.includes(0) ? v.toString('hex') : text;
  }
  if (v === null || v === undefined) return '';
  return String(v);
}

/** Why net-snmp refused a datagram, in words that name no community or user secret. */
function reasonOf(error: Error & { code?: number; name?: string }): string {
  const m = String(error.message ?? '');
  if (m.startsWith('Local community not found')) return 'unknown community';
  if (m.startsWith('Local user not found')) return 'unknown user';
  if (m.includes('requires authentication') || m.includes('requires privacy'))
    return 'security level below the user’s';
  if (error.code === snmp.ResponseInvalidCode.EAuthFailure) return 'authentication failed (wrong auth key?)';
  if (error.code === snmp.ResponseInvalidCode.ECouldNotDecrypt) return 'decryption failed (wrong priv key?)';
  if (error.name === 'ProcessingError') return 'undecodable datagram';
  if (m.startsWith('Unexpected PDU type') || m.startsWith('Only')) return 'not a notification';
  return 'refused';
}

/** Starts a trap receiver; resolves once its port is bound. */
export async function startTrapReceiver(opts: TrapReceiverOptions): Promise<TrapReceiver> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(opts.port, opts.host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  socket.on('error', () => {});
  const stats = { received: 0, rejected: 0 };
  let current: RemoteInfo | null = null;
  let handled = false;

  const reject = (reason: string, rinfo: RemoteInfo) => {
    stats.rejected++;
    try {
      opts.onRejected(reason, { address: rinfo.address, port: rinfo.port });
    } catch {
      // A failing callback must not stop the receiver.
    }
  };

  const receiver = snmp.createReceiver(
    { port: 1, dgramModule: NULL_DGRAM, includeAuthentication: true },
    (error, notification) => {
      const rinfo = error?.rinfo ?? notification?.rinfo ?? current;
      if (!rinfo) return;
      handled = true;
      if (error || !notification) {
        reject(reasonOf(error ?? new Error('refused')), rinfo);
        return;
      }
      accept(notification, rinfo);
    },
  );
  const auth = receiver.getAuthorizer();
  let communities = new Set<string>();
  let users = new Map<string, string>();
  /** Accepts exactly these communities and users from now on. */
  const setCredentials = (next: { communities: readonly string[]; users: readonly TrapUser[] }) => {
    const wanted = new Set(next.communities);
    for (const c of communities) if (!wanted.has(c)) auth.deleteCommunity(c);
    for (const c of wanted) if (!communities.has(c)) auth.addCommunity(c);
    communities = wanted;
    const nextUsers = new Map(next.users.map((u) => [u.user, JSON.stringify(u)]));
    for (const name of users.keys()) if (!nextUsers.has(name)) auth.deleteUser(name);
    for (const u of next.users) {
      if (users.get(u.user) === nextUsers.get(u.user)) continue;
      auth.addUser({
        name: u.user,
        level: snmp.SecurityLevel[u.level],
        ...(u.level !== 'noAuthNoPriv'
          ? {
              authProtocol: u.authProtocol === 'SHA-256' ? snmp.AuthProtocols.sha256 : snmp.AuthProtocols.sha,
              authKey: u.authKey,
            }
          : {}),
        ...(u.level === 'authPriv' ? { privProtocol: snmp.PrivProtocols.aes, privKey: u.privKey } : {}),
      });
    }
    users = nextUsers;
  };
  setCredentials(opts);

  function accept(n: NsNotification, rinfo: RemoteInfo): void {
    const pdu = n.pdu;
    if (pdu.type === snmp.PduType.Trap) {
      reject('SNMPv1 traps are not accepted', rinfo);
      return;
    }
    const version: '2c' | '3' = pdu.user !== undefined ? '3' : '2c';
    let trapOid = '';
    let ifIndex: number | null = null;
    const varbinds: TrapEvent['varbinds'] = [];
    for (const vb of pdu.varbinds ?? []) {
      const v = value(vb);
      varbinds.push({ oid: vb.oid, value: v });
      if (vb.oid === TRAP_OIDS.snmpTrapOID) trapOid = String(v);
      else if (vb.oid.startsWith(IF_INDEX_PREFIX) && typeof v === 'number') ifIndex = v;
      else if (ifIndex === null && vb.oid.startsWith(IF_ENTRY_PREFIX)) {
        const index = Number(vb.oid.slice(vb.oid.lastIndexOf('.') + 1));
        if (Number.isInteger(index) && index > 0) ifIndex = index;
      }
    }
    if (!trapOid) {
      reject('notification without snmpTrapOID', rinfo);
      return;
    }
    stats.received++;
    const event: TrapEvent = {
      source: { address: rinfo.address, port: rinfo.port },
      kind: KINDS[trapOid] ?? 'other',
      trapOid,
      ifIndex,
      version,
      receivedAt: Date.now(),
      varbinds,
    };
    try {
      opts.onTrap(event);
    } catch {
      // A failing callback must not stop the receiver.
    }
  }

  const reply: SocketLike = {
    on: () => reply,
    send: (buf, offset, length, port, address, cb) => socket.send(buf, offset, length, port, address, cb),
    bind: () => reply,
    close: (cb) => cb?.(),
    ref: () => reply,
    unref: () => reply,
    address: () => socket.address(),
  };

  socket.on('message', (buf, rinfo) => {
    current = rinfo;
    handled = false;
    try {
      receiver.onMsg(reply, buf, rinfo);
    } catch {
      if (!handled) reject('undecodable datagram', rinfo);
      handled = true;
    }
    // A v3 discovery probe is answered with a report and reaches no callback: neither a trap nor a refusal.
    current = null;
  });

  let closed = false;
  return {
    port: socket.address().port,
    stats,
    setCredentials,
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        socket.close(() => resolve());
      }),
  };
}
