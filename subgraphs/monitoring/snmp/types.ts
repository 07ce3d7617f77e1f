/**
 * The SNMP engine's public data shapes: what a poll is asked (target, credentials, profile) and what it
 * answers (a sample or a failure code). Pure types; no runtime code.
 */

/** How to talk to one agent: a v2c community or a v3 USM user. */
export type SnmpCredentials =
  | { version: '2c'; community: string }
  | {
      version: '3';
      user: string;
      level: 'noAuthNoPriv' | 'authNoPriv' | 'authPriv';
      authProtocol?: 'SHA' | 'SHA-256';
      authKey?: string;
      privProtocol?: 'AES';
      privKey?: string;
    };

/** One agent to poll. `timeoutMs` applies to each request, which is sent `retries` more times before giving up. */
export interface SnmpTarget {
  host: string;
  port: number;
  credentials: SnmpCredentials;
  timeoutMs: number;
  retries: number;
}

/** A set of MIB objects a profile fetches. */
export type ProfileGroup = 'system' | 'interfaces' | 'host' | 'sensors' | 'entity';

/** What to fetch from a kind of unit: built-in groups plus extra scalar instance OIDs (fetched with GET). */
export interface PollProfile {
  name: string;
  groups: readonly ProfileGroup[];
  extraOids?: readonly string[];
}

/** One row of IF-MIB ifTable/ifXTable. Counters are null when the agent does not carry the column. */
export interface InterfaceSample {
  index: number;
  name: string;
  adminUp: boolean;
  operUp: boolean;
  inOctets: bigint | null;
  outOctets: bigint | null;
  inErrors: bigint | null;
}

/** What one successful poll read from an agent. */
export interface PollSample {
  /** ms since epoch when the (last) answer arrived */
  at: number;
  /** sysUpTime, centiseconds */
  uptimeCs: number | null;
  sysName: string | null;
  sysDescr: string | null;
  /** IF-MIB ifTable/ifXTable (ifDescr or ifName, ifAdminStatus, ifOperStatus, ifHCInOctets, ifHCOutOctets, ifInErrors), fetched with GETBULK */
  interfaces: InterfaceSample[];
  /** mean of HOST-RESOURCES hrProcessorLoad */
  cpuLoad: number | null;
  /** highest ENTITY-SENSOR-MIB entPhySensorValue whose entPhySensorType is celsius(8), scaled by entPhySensorScale/precision */
  temperatureC: number | null;
  /** ENTITY-MIB entPhysicalSerialNum / entPhysicalModelName of the first (chassis) entry */
  entity: { serial: string | null; model: string | null };
  /** the profile's extra OIDs that the agent answered, by OID */
  extra: Record<string, string | number>;
  /** how many varbinds were read (for values-per-CPU-second figures) */
  values: number;
}

/**
 * Why a poll failed: no answer in time (TIMEOUT), the agent refused our v3 credentials (AUTH_FAILURE), the
 * answer could not be decoded or made no sense (MALFORMED), the host cannot be reached or resolved
 * (UNREACHABLE), anything else, such as an agent error status (ERROR).
 */
export type PollFailure = 'TIMEOUT' | 'AUTH_FAILURE' | 'MALFORMED' | 'UNREACHABLE' | 'ERROR';

/** The result of one poll; `durationMs` is wall time from the first request sent to the outcome. */
export type PollOutcome =
  | { ok: true; sample: PollSample; durationMs: number }
  | { ok: false; failure: PollFailure; message: string; durationMs: number };
