/**
 * SNMP object identifiers as an equipment model's `sysObjectID` (SNMPv2-MIB, 1.3.6.1.2.1.1.2): the
 * value a device answers that names its vendor (under 1.3.6.1.4.1.<enterprise>) and model. Pure.
 */

/** RFC 2578 §3.5: at most 128 sub-identifiers, each an unsigned 32-bit number. */
export const OID_MAX_ARCS = 128;
const ARC_MAX = 4_294_967_295;

/**
 * An OID in dotted form as net-snmp and most tools print it, with or without a leading dot
 * (".1.3.6.1.4.1.2011.2.248"), in its canonical form without the dot; null when it is not an OID: the
 * first arc is 0, 1 or 2, the second below 40 under 0 and 1, no arc has a leading zero or exceeds
 * 2^32 − 1, and there are at most 128 arcs.
 */
export function normalizeOid(text: string): string | null {
  const trimmed = text.trim().replace(/^\./, '');
  if (!/^\d+(\.\d+)+$/.test(trimmed)) return null;
  const arcs = trimmed.split('.');
  if (arcs.length > OID_MAX_ARCS) return null;
  if (arcs.some((a) => (a.length > 1 && a.startsWith('0')) || Number(a) > ARC_MAX)) return null;
  const [first, second] = arcs.map(Number) as [number, number];
  if (first > 2 || (first < 2 && second >= 40)) return null;
  return trimmed;
}

/** The IANA private enterprise number an OID under 1.3.6.1.4.1 names (2011 Huawei, 3902 ZTE…), else null. */
export function enterpriseOf(oid: string): number | null {
  const match = /^1\.3\.6\.1\.4\.1\.(\d+)(\.|$)/.exec(oid);
  return match ? Number(match[1]) : null;
}
