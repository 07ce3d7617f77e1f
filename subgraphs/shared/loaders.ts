import DataLoader from 'dataloader';
import { isUuid } from './validation.ts';

/**
 * Per-request DataLoader builders. Each turns the ids asked for during one request into one statement
 * and hands every caller its own part of the answer, in the order asked.
 */

/**
 * One row per id (null when there is none). Ids that cannot be UUIDs are unknown without asking the
 * database, so a malformed id from a client is a null, not a SQL cast fault.
 */
export function entityLoader<T extends { id: string }>(
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const byId = new Map((valid.length ? await fetch(valid) : []).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Every row belonging to each key (children of a parent, barcodes of an item, …), in fetch order. */
export function groupLoader<T, K extends string = string>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Loaders that differ by an argument shared by a whole batch (a currency and moment, a page size): one
 * loader, hence one statement, per distinct shape. `shape` must be a stable string (JSON).
 */
export function loaderFamily<S, K, V>(make: (shape: S) => DataLoader<K, V>): (shape: S) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(shape);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** The rows a loader found for `ids`, in order, leaving out the ids that have none. */
export async function loadExisting<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is Awaited<T> & T => row !== null && !(row instanceof Error));
}
