/**
 * Typed access to the parts of net-snmp this engine uses, including the agent, MIB and receiver APIs and
 * the `dgramModule` option that @types/net-snmp leaves untyped. Every cast from the library lives here.
 */
import type { RemoteInfo } from 'node:dgram';
import snmpModule from 'net-snmp';

/** A decoded variable binding; `value` is a Buffer for OCTET STRING and Counter64, a number for integers. */
export interface RawVarbind {
  oid: string;
  type: number;
  value: unknown;
}

/** The socket surface net-snmp sessions, agents and receivers call on what `dgramModule.createSocket` returns. */
export interface SocketLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  send(
    buf: Buffer,
    offset: number,
    length: number,
    port: number,
    address: string,
    cb?: (error: Error | null, bytes?: number) => void,
  ): void;
  bind(...args: unknown[]): unknown;
  close(cb?: () => void): unknown;
  ref(): unknown;
  unref(): unknown;
  address(): { address: string; family: string; port: number };
}

/** The `dgramModule` option: what net-snmp calls instead of `node:dgram`. */
export interface DgramModuleLike {
  createSocket(type: string): SocketLike;
}

/** A net-snmp v3 user as the library stores it. */
export interface NsUser {
  name: string;
  level: number;
  authProtocol?: number;
  authKey?: string;
  privProtocol?: number;
  privKey?: string;
}

/** A manager session (one per agent). `timeout` and `retries` are read for each new request. */
export interface NsSession {
  timeout: number;
  retries: number;
  /** v3: the authoritative engine's ID, boots and time, set once discovery got its report. */
  msgSecurityParameters?: object;
  getBulk(
    oids: string[],
    nonRepeaters: number,
    maxRepetitions: number,
    cb: (error: Error | null, varbinds?: (RawVarbind | RawVarbind[])[]) => void,
  ): void;
  get(oids: string[], cb: (error: Error | null, varbinds?: RawVarbind[]) => void): void;
  trap(
    typeOrOid: string,
    varbinds: { oid: string; type: number; value: unknown }[],
    options: { upTime?: number },
    cb: (error: Error | null) => void,
  ): void;
  cancelRequests(error: Error): void;
  close(): void;
  on(event: 'error', listener: (error: unknown) => void): void;
}

/** Options both session kinds accept. */
export interface NsSessionOptions {
  port: number;
  trapPort?: number;
  retries: number;
  timeout: number;
  version?: number;
  transport?: 'udp4' | 'udp6';
  backwardsGetNexts?: boolean;
  engineID?: string;
  dgramModule?: DgramModuleLike;
}

/** A MIB provider definition (scalar or table). */
export interface NsProvider {
  name: string;
  type: number;
  oid: string;
  maxAccess?: number;
  scalarType?: number;
  tableColumns?: { number: number; name: string; type: number; maxAccess?: number }[];
  tableIndex?: { columnName: string; foreign?: string }[];
  tableAugments?: string;
  handler?: (req: NsMibRequest) => void;
}

/** What a provider handler receives for each variable it serves. */
export interface NsMibRequest {
  oid: string;
  instanceNode: { value: unknown; oid: string };
  done(error?: { errorStatus: number }): void;
}

/** An agent's MIB. */
export interface NsMib {
  registerProvider(p: NsProvider): void;
  setScalarValue(name: string, value: unknown): void;
  addTableRow(name: string, row: unknown[]): void;
  setTableSingleCell(name: string, column: number, rowIndex: number[], value: unknown): void;
  getTableSingleCell(name: string, column: number, rowIndex: number[]): unknown;
}

/** An agent's or receiver's access list. */
export interface NsAuthorizer {
  addCommunity(c: string): void;
  deleteCommunity(c: string): void;
  addUser(u: NsUser): void;
  deleteUser(name: string): void;
  getUser(name: string): NsUser | null;
}

/** A command responder (the simulator's agents). */
export interface NsAgent {
  getMib(): NsMib;
  getAuthorizer(): NsAuthorizer;
  onMsg(socket: SocketLike, buffer: Buffer, rinfo: RemoteInfo): void;
  engine: { engineID: Buffer; engineBoots: number; engineTime: number };
  context: string;
  listener: { send(message: NsMessage, rinfo: RemoteInfo, socket: SocketLike): void };
  close(): void;
}

/** A notification receiver. */
export interface NsReceiver {
  getAuthorizer(): NsAuthorizer;
  onMsg(socket: SocketLike, buffer: Buffer, rinfo: RemoteInfo): void;
}

/** A decoded message (used by the simulator to answer bad v3 digests with a report, as agents do). */
export interface NsMessage {
  version: number;
  buffer: Buffer;
  msgSecurityParameters: {
    msgUserName: string;
    msgAuthoritativeEngineID: Buffer;
    msgAuthenticationParameters: Buffer;
  };
  hasAuthentication(): number | boolean;
  hasPrivacy(): number | boolean;
  isReportable(): number | boolean;
  decryptPdu(user: NsUser, cb: (error: Error) => void): boolean;
  createReportResponseMessage(engine: NsAgent['engine'], context: string, errorType: string): NsMessage;
}

/** net-snmp's Message class statics. */
export interface NsMessageClass {
  createFromBuffer(buffer: Buffer): NsMessage;
}

/** The notification data a receiver passes to its callback. */
export interface NsNotification {
  pdu: { type: number; varbinds: RawVarbind[]; community?: string; user?: string };
  rinfo: RemoteInfo;
}

interface NetSnmp {
  createSession(target: string, community: string, options: NsSessionOptions): NsSession;
  createV3Session(target: string, user: NsUser, options: NsSessionOptions): NsSession;
  createAgent(
    options: {
      port: number;
      address?: string | null;
      dgramModule: DgramModuleLike;
      disableAuthorization?: boolean;
      engineID?: string;
    },
    callback: (error: unknown, data: unknown) => void,
  ): NsAgent;
  createReceiver(
    options: {
      port: number;
      address?: string | null;
      dgramModule: DgramModuleLike;
      includeAuthentication?: boolean;
    },
    callback: (error: (Error & { rinfo?: RemoteInfo; code?: number }) | null, data?: NsNotification) => void,
  ): NsReceiver;
  Authentication: {
    isAuthentic(
      buffer: Buffer,
      authProtocol: number,
      authKey: string,
      engineID: Buffer,
      digest: Buffer,
    ): boolean;
  };
  Version2c: number;
  Version3: number;
  ObjectType: Record<
    | 'Boolean'
    | 'Integer'
    | 'OctetString'
    | 'Null'
    | 'OID'
    | 'IpAddress'
    | 'Counter'
    | 'Gauge'
    | 'TimeTicks'
    | 'Opaque'
    | 'Counter64'
    | 'NoSuchObject'
    | 'NoSuchInstance'
    | 'EndOfMibView',
    number
  >;
  PduType: Record<'Trap' | 'TrapV2' | 'InformRequest', number>;
  SecurityLevel: Record<'noAuthNoPriv' | 'authNoPriv' | 'authPriv', number>;
  AuthProtocols: Record<'none' | 'sha' | 'sha256', number>;
  PrivProtocols: Record<'none' | 'aes', number>;
  MibProviderType: Record<'Scalar' | 'Table', number>;
  MaxAccess: Record<'read-only' | 'read-write' | 'not-accessible', number>;
  ErrorStatus: Record<'TooBig' | 'AuthorizationError' | 'NoSuchName' | 'GeneralError', number> &
    Record<number, string>;
  ResponseInvalidCode: Record<
    | 'EAuthFailure'
    | 'ECouldNotDecrypt'
    | 'ENotInTimeWindow'
    | 'ECommunityNoMatch'
    | 'EUnexpectedReport'
    | 'EVersionNoMatch',
    number
  >;
}

/** The net-snmp module, typed for this engine. */
export const snmp = snmpModule as unknown as NetSnmp;

/** The ObjectType tags. */
export const T = snmp.ObjectType;

/** Whether a varbind carries an exception (noSuchObject, noSuchInstance, endOfMibView) instead of a value. */
export function isException(vb: RawVarbind): boolean {
  return vb.type === T.NoSuchObject || vb.type === T.NoSuchInstance || vb.type === T.EndOfMibView;
}

const nullSocket: SocketLike = {
  on: () => nullSocket,
  send: (_b, _o, _l, _p, _a, cb) => cb?.(null, 0),
  bind: () => nullSocket,
  close: (cb) => cb?.(),
  ref: () => nullSocket,
  unref: () => nullSocket,
  address: () => ({ address: '0.0.0.0', family: 'IPv4', port: 0 }),
};

/** A dgram module whose sockets do nothing (for library objects that must not open a socket). */
export const NULL_DGRAM: DgramModuleLike = { createSocket: () => nullSocket };

let messageClassCache: NsMessageClass | null = null;

/**
 * net-snmp's Message class, which the library does not export: taken from the first message a throw-away
 * session builds, on a socket that sends nothing.
 */
export function messageClass(): NsMessageClass {
  if (messageClassCache) return messageClassCache;
  const session = snmp.createV3Session(
    '127.0.0.1',
    { name: 'probe', level: snmp.SecurityLevel.noAuthNoPriv },
    { port: 1, retries: 0, timeout: 1000, dgramModule: NULL_DGRAM },
  ) as NsSession & { send(req: { message: object }): unknown };
  let captured: object | null = null;
  session.send = (req) => {
    captured = req.message;
    return session;
  };
  session.get(['1.3.6.1.2.1.1.1.0'], () => {});
  session.close();
  if (!captured) throw new Error('net-snmp did not build a message');
  messageClassCache = (captured as { constructor: NsMessageClass }).constructor;
  return messageClassCache;
}
