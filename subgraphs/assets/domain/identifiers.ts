/** How units are named: MACs in any common notation, management IPs, inventory numbers, label payloads. Pure. */
import { isIP } from 'node:net';

/**
 * A MAC in any common notation — `00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`, `001a.2b3c.4d5e` (Cisco),
 * `001A2B3C4D5E` — as `00:1A:2B:3C:4D:5E`; null when it is none.
 */
export function normalizeMac(text: string): string | null {
  const t = text.trim();
  if (
    !/^(?:[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9a-f]{12})$/i.test(
      t,
    )
  ) {
    return null;
  }
  const hex = t.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/../g)?.join(':') ?? null;
}

/**
 * The first bytes of a MAC, as typed in a search (`00:1a:2b`, `001a2b`), as `00:1A:2B`; null when the text
 * is not whole bytes of hex (at least three).
 */
export function macPrefix(text: string): string | null {
  const hex = text.trim().replace(/[:.-]/g, '');
  if (!/^[0-9a-f]+$/i.test(hex) || hex.length < 6 || hex.length > 12 || hex.length % 2) return null;
  return hex.toUpperCase().match(/../g)?.join(':') ?? null;
}

/** An IPv4 or IPv6 address as written, trimmed; null when it is none. */
export const normalizeIp = (text: string): string | null => {
  const t = text.trim();
  return isIP(t) ? t : null;
};

/** The inventory number of the n-th unit: `INV-000123`. */
export const inventoryNumber = (n: number | bigint): string => `INV-${String(n).padStart(6, '0')}`;

/** What a unit's QR carries: `oss:eq:<inventory number>`. */
export const QR_PREFIX = 'oss:eq:';

export const labelPayload = (inventory: string) => ({ code128: inventory, qr: `${QR_PREFIX}${inventory}` });

/** What a scanned code names, in the order `equipmentByCode` tries it. */
export type ScannedCode =
  | { kind: 'inventory'; value: string }
  | { kind: 'mac'; value: string }
  | { kind: 'serial'; value: string };

/**
 * A scanned or typed code: a QR payload (`oss:eq:INV-000123`, also as a URL ending in `/eq/INV-000123`), an
 * inventory number, a MAC, or else a serial.
 */
export function readCode(code: string): ScannedCode[] {
  const t = code.trim();
  const qr = t.toLowerCase().startsWith(QR_PREFIX)
    ? t.slice(QR_PREFIX.length)
    : (/\/eq\/([^/?#]+)$/i.exec(t)?.[1] ?? null);
  const inventory = (qr ?? t).toUpperCase();
  const found: ScannedCode[] = [];
  if (/^INV-\d{6,}$/.test(inventory)) found.push({ kind: 'inventory', value: inventory });
  if (qr) return found;
  const mac = normalizeMac(t);
  if (mac) found.push({ kind: 'mac', value: mac });
  found.push({ kind: 'serial', value: t.toUpperCase() });
  return found;
}
