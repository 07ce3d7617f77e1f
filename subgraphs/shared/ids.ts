/** Name-based UUIDs (RFC 9562 §5.5, version 5: SHA-1): the same name always gives the same id. Pure. */
import { createHash } from 'node:crypto';

/** RFC 9562 Appendix C: the namespace for names that are URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  if (ns.length !== 16) throw new RangeError(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id the demo data gives the `n`-th thing of a kind (`subscriber`, `premises`), so modules can name it. */
export const demoId = (kind: string, n: number): string =>
  uuidV5(`${kind}/${n}`, uuidV5('https://oss-graph.dev/demo', NAMESPACE_URL));

/** The namespace of the demo catalog's item ids: UUID v5 of the URL naming it. */
export const DEMO_ITEM_NAMESPACE = uuidV5('https://oss-graph.dev/catalog/items', NAMESPACE_URL);

/** The id the demo catalog gives the item with this SKU, so every module's demo data can name it. */
export const demoItemId = (sku: string): string => uuidV5(sku, DEMO_ITEM_NAMESPACE);
