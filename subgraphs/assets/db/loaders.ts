import DataLoader from 'dataloader';
import { entityLoader, groupLoader, loaderFamily } from '../../shared/loaders.ts';
import {
  type Connection,
  decodeCursor,
  type KeysetOrder,
  type PageArgs,
  parsePageArgs,
  toConnection,
} from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import {
  type EntityRef,
  type EquipmentFilter,
  equipmentAtPlaces,
  equipmentByCode,
  equipmentByIds,
  equipmentOfSubscribers,
  historyOf,
  linksOfPorts,
  listDownstream,
  listEquipment,
  portsByIds,
  portsOf,
  type ServedRow,
  servedCountsOf,
  servedPagesOf,
  servedSubscribersOf,
  siteList,
  sitesByIds,
  upstreamOf,
} from './queries.ts';
import { equipment, type HistoryRow, type LinkRow } from './tables.ts';

/**
 * The order of the subscribers a unit serves, by id, for their cursors (the sort value is the id itself);
 * `servedPagesOf` reads the pages.
 */
const servedOrder: KeysetOrder<EntityRef> = {
  column: equipment.subscriberId,
  id: equipment.subscriberId,
  descending: false,
  cursor: 'text',
  key: (r) => [r.id, r.id],
};

/** Everything the assets module reads for one operation, batched across the operation's fields. */
export function createAssetsLoaders(scope: ReadScope) {
  const db = scope.db;
  const historyByLimit = loaderFamily(
    (limit: number) =>
      new DataLoader<string, HistoryRow[]>(async (ids) => {
        const rows = await historyOf(db, ids, limit);
        const groups = new Map<string, HistoryRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.equipmentId)?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }),
  );
  const servedCount = new DataLoader<string, number>(async (ids) => {
    const counts = await servedCountsOf(db, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
  // Units asking for the same page of their subscribers batch into one statement.
  const servedPage = loaderFamily((key: { after: string | null; limit: number }) =>
    groupLoader(
      (ids) => servedPagesOf(db, ids, key.after, key.limit),
      (row: ServedRow) => row.root,
    ),
  );
  /** A page of the subscribers a unit serves, in id order; `totalCount` is `servedCount`. */
  const servedConnection = async (root: string, args: PageArgs): Promise<Connection<EntityRef>> => {
    const window = parsePageArgs(args);
    // The sort value is the subscriber's id itself.
    const after = window.cursor ? decodeCursor(window.cursor, 'after', 'text')[1] : null;
    const rows = await servedPage({ after, limit: window.limit + 1 }).load(root);
    return toConnection(
      rows.map((r) => ({ id: r.subscriberId })),
      window,
      servedOrder,
      () => servedCount.load(root),
    );
  };
  return {
    equipment: entityLoader((ids) => equipmentByIds(db, ids)),
    site: entityLoader((ids) => sitesByIds(db, ids)),
    port: entityLoader((ids) => portsByIds(db, ids)),
    portsOf: groupLoader(
      (ids) => portsOf(db, ids),
      (p) => p.equipmentId,
    ),
    /** The link on each port (either end), null when none. */
    linkOfPort: new DataLoader<string, LinkRow | null>(async (ids) => {
      const rows = await linksOfPorts(db, ids);
      const byPort = new Map<string, LinkRow>();
      for (const l of rows) {
        byPort.set(l.upstreamPortId, l);
        byPort.set(l.downstreamPortId, l);
      }
      return ids.map((id) => byPort.get(id) ?? null);
    }),
    history: (id: string, limit: number | null | undefined) =>
      historyByLimit(Math.min(Math.max(limit ?? 50, 1), 500)).load(id),
    /** Every subscriber id each unit serves (one statement per operation). */
    served: new DataLoader<string, string[]>(async (ids) => {
      const rows = await servedSubscribersOf(db, ids);
      const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const r of rows) groups.get(r.root)?.push(r.subscriberId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** How many subscribers each unit serves, counted in SQL (the ids never leave the database). */
    servedCount,
    ofSubscriber: groupLoader(
      (ids) => equipmentOfSubscribers(db, ids),
      (e) => e.subscriberId as string,
    ),
    atSite: groupLoader(
      (ids) => equipmentAtPlaces(db, 'SITE', ids),
      (e) => e.placeId as string,
    ),
    lists: {
      equipment: (args: PageArgs, filter: EquipmentFilter, withCount: boolean) =>
        listEquipment(db, args, filter, withCount),
      downstream: (root: string, args: PageArgs, withCount: boolean) =>
        listDownstream(db, root, args, withCount),
      upstream: (id: string) => upstreamOf(db, id),
      served: servedConnection,
      byCode: (code: string) => equipmentByCode(db, code),
      sites: (kind: string | null) => siteList(db, kind),
    },
  };
}

export type AssetsLoaders = ReturnType<typeof createAssetsLoaders>;
