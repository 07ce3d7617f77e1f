/**
 * What a poll fetches: the MIB object identifiers the engine reads, the built-in poll profiles per kind of
 * unit, and the checks a user-defined profile must pass. Pure.
 */
import type { PollProfile, ProfileGroup } from './types.ts';

/** SNMPv2-MIB system group scalars (without the `.0` instance arc). */
export const SYSTEM_OIDS = {
  sysDescr: '1.3.6.1.2.1.1.1',
  sysObjectID: '1.3.6.1.2.1.1.2',
  sysUpTime: '1.3.6.1.2.1.1.3',
  sysContact: '1.3.6.1.2.1.1.4',
  sysName: '1.3.6.1.2.1.1.5',
  sysLocation: '1.3.6.1.2.1.1.6',
} as const;

/** IF-MIB ifTable (1.3.6.1.2.1.2.2) and ifXTable (1.3.6.1.2.1.31.1.1) columns. */
export const IF_OIDS = {
  ifNumber: '1.3.6.1.2.1.2.1',
  ifTable: '1.3.6.1.2.1.2.2',
  ifIndex: '1.3.6.1.2.1.2.2.1.1',
  ifDescr: '1.3.6.1.2.1.2.2.1.2',
  ifType: '1.3.6.1.2.1.2.2.1.3',
  ifMtu: '1.3.6.1.2.1.2.2.1.4',
  ifSpeed: '1.3.6.1.2.1.2.2.1.5',
  ifAdminStatus: '1.3.6.1.2.1.2.2.1.7',
  ifOperStatus: '1.3.6.1.2.1.2.2.1.8',
  ifInOctets: '1.3.6.1.2.1.2.2.1.10',
  ifInErrors: '1.3.6.1.2.1.2.2.1.14',
  ifOutOctets: '1.3.6.1.2.1.2.2.1.16',
  ifOutErrors: '1.3.6.1.2.1.2.2.1.20',
  ifXTable: '1.3.6.1.2.1.31.1.1',
  ifName: '1.3.6.1.2.1.31.1.1.1.1',
  ifHCInOctets: '1.3.6.1.2.1.31.1.1.1.6',
  ifHCOutOctets: '1.3.6.1.2.1.31.1.1.1.10',
  ifHighSpeed: '1.3.6.1.2.1.31.1.1.1.15',
  ifAlias: '1.3.6.1.2.1.31.1.1.1.18',
} as const;

/** HOST-RESOURCES-MIB hrProcessorTable. */
export const HOST_OIDS = {
  hrProcessorTable: '1.3.6.1.2.1.25.3.3',
  hrProcessorFrwID: '1.3.6.1.2.1.25.3.3.1.1',
  hrProcessorLoad: '1.3.6.1.2.1.25.3.3.1.2',
} as const;

/** ENTITY-MIB entPhysicalTable (1.3.6.1.2.1.47.1.1.1) columns. */
export const ENTITY_OIDS = {
  entPhysicalTable: '1.3.6.1.2.1.47.1.1.1',
  entPhysicalDescr: '1.3.6.1.2.1.47.1.1.1.1.2',
  entPhysicalContainedIn: '1.3.6.1.2.1.47.1.1.1.1.4',
  entPhysicalClass: '1.3.6.1.2.1.47.1.1.1.1.5',
  entPhysicalName: '1.3.6.1.2.1.47.1.1.1.1.7',
  entPhysicalSerialNum: '1.3.6.1.2.1.47.1.1.1.1.11',
  entPhysicalModelName: '1.3.6.1.2.1.47.1.1.1.1.13',
} as const;

/** ENTITY-SENSOR-MIB entPhySensorTable (1.3.6.1.2.1.99.1.1) columns. */
export const SENSOR_OIDS = {
  entPhySensorTable: '1.3.6.1.2.1.99.1.1',
  entPhySensorType: '1.3.6.1.2.1.99.1.1.1.1',
  entPhySensorScale: '1.3.6.1.2.1.99.1.1.1.2',
  entPhySensorPrecision: '1.3.6.1.2.1.99.1.1.1.3',
  entPhySensorValue: '1.3.6.1.2.1.99.1.1.1.4',
  entPhySensorOperStatus: '1.3.6.1.2.1.99.1.1.1.5',
} as const;

/** SNMPv2-MIB notification objects and the standard traps (RFC 3418, IF-MIB). */
export const TRAP_OIDS = {
  snmpTrapOID: '1.3.6.1.6.3.1.1.4.1.0',
  sysUpTimeInstance: '1.3.6.1.2.1.1.3.0',
  coldStart: '1.3.6.1.6.3.1.1.5.1',
  warmStart: '1.3.6.1.6.3.1.1.5.2',
  linkDown: '1.3.6.1.6.3.1.1.5.3',
  linkUp: '1.3.6.1.6.3.1.1.5.4',
} as const;

/** entPhySensorType value for degrees Celsius. */
export const SENSOR_TYPE_CELSIUS = 8;

/**
 * entPhySensorScale (SensorDataScale) enumeration value → power of ten. The MIB lists exa(14) before
 * peta(15), so the table is not monotonic.
 */
export const SENSOR_SCALE_EXPONENT: Readonly<Record<number, number>> = {
  1: -24,
  2: -21,
  3: -18,
  4: -15,
  5: -12,
  6: -9,
  7: -6,
  8: -3,
  9: 0,
  10: 3,
  11: 6,
  12: 9,
  13: 12,
  14: 18,
  15: 15,
  16: 21,
  17: 24,
};

/** Every group a profile may name. */
export const PROFILE_GROUPS: readonly ProfileGroup[] = ['system', 'interfaces', 'host', 'sensors', 'entity'];

/**
 * Built-in profiles by kind of unit: a subscriber CPE answers system, interfaces and its chassis entity;
 * access, aggregation and core units answer everything (CPU load and temperature included).
 */
export const DEFAULT_PROFILES: Readonly<Record<'cpe' | 'access' | 'aggregation' | 'core', PollProfile>> = {
  cpe: { name: 'cpe', groups: ['system', 'interfaces', 'entity'] },
  access: { name: 'access', groups: ['system', 'interfaces', 'host', 'sensors', 'entity'] },
  aggregation: { name: 'aggregation', groups: ['system', 'interfaces', 'host', 'sensors', 'entity'] },
  core: { name: 'core', groups: ['system', 'interfaces', 'host', 'sensors', 'entity'] },
};

const ARC_MAX = 4_294_967_295;
const MAX_ARCS = 128;
/** How many extra OIDs one profile may carry (they travel in one GET). */
export const MAX_EXTRA_OIDS = 32;

/**
 * Whether `text` is a numeric dotted OID: at least 2 arcs, each a non-negative integer without leading
 * zeros and below 2^32, the first 0, 1 or 2 (and then the second below 40 under 0 and 1, as BER needs), at
 * most 128 arcs. No leading dot, no names.
 */
export function validateOid(text: string): boolean {
  if (typeof text !== 'string' || !/^\d+(\.\d+)+$/.test(text)) return false;
  const arcs = text.split('.');
  if (arcs.length > MAX_ARCS) return false;
  for (const arc of arcs) {
    if (arc.length > 1 && arc.startsWith('0')) return false;
    if (arc.length > 10 || Number(arc) > ARC_MAX) return false;
  }
  const first = Number(arcs[0]);
  const second = Number(arcs[1]);
  if (first > 2) return false;
  if (first < 2 && second >= 40) return false;
  return true;
}

/**
 * The problems with a user-defined profile, each with the path of the offending field (`name`,
 * `groups[2]`, `extraOids[0]`…); empty when the profile can be polled.
 */
export function validateProfile(p: unknown): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (typeof p !== 'object' || p === null || Array.isArray(p)) {
    return [{ path: '', message: 'a profile is an object with name, groups and optional extraOids' }];
  }
  const profile = p as Record<string, unknown>;
  const name = profile.name;
  if (typeof name !== 'string' || name.trim() === '') {
    errors.push({ path: 'name', message: 'name must be a non-empty string' });
  } else if (name.length > 64) {
    errors.push({ path: 'name', message: 'name must be at most 64 characters' });
  }
  const groups = profile.groups;
  let groupCount = 0;
  if (!Array.isArray(groups)) {
    errors.push({ path: 'groups', message: `groups must be an array of ${PROFILE_GROUPS.join(', ')}` });
  } else {
    groupCount = groups.length;
    const seen = new Set<unknown>();
    groups.forEach((g, i) => {
      if (!PROFILE_GROUPS.includes(g as ProfileGroup)) {
        errors.push({
          path: `groups[${i}]`,
          message: `unknown group ${JSON.stringify(g)}; expected one of ${PROFILE_GROUPS.join(', ')}`,
        });
      } else if (seen.has(g)) {
        errors.push({ path: `groups[${i}]`, message: `group ${g} is listed twice` });
      }
      seen.add(g);
    });
  }
  const extra = profile.extraOids;
  let extraCount = 0;
  if (extra !== undefined) {
    if (!Array.isArray(extra)) {
      errors.push({ path: 'extraOids', message: 'extraOids must be an array of numeric OIDs' });
    } else {
      extraCount = extra.length;
      if (extra.length > MAX_EXTRA_OIDS) {
        errors.push({ path: 'extraOids', message: `at most ${MAX_EXTRA_OIDS} extra OIDs` });
      }
      const seen = new Set<unknown>();
      extra.forEach((oid, i) => {
        if (typeof oid !== 'string' || !validateOid(oid)) {
          errors.push({
            path: `extraOids[${i}]`,
            message: `${JSON.stringify(oid)} is not a numeric OID such as 1.3.6.1.2.1.1.4.0`,
          });
        } else if (seen.has(oid)) {
          errors.push({ path: `extraOids[${i}]`, message: `${oid} is listed twice` });
        }
        seen.add(oid);
      });
    }
  }
  if (Array.isArray(groups) && groupCount === 0 && extraCount === 0) {
    errors.push({ path: 'groups', message: 'a profile must name at least one group or extra OID' });
  }
  return errors;
}
