import DataLoader from 'dataloader';
import { entityLoader, groupLoader, loaderFamily } from '../../shared/loaders.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import {
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
  servedSubscribersOf,
  siteList,
  sitesByIds,
  upstreamOf,
} from './queries.ts';
import type { HistoryRow, LinkRow } from './tables.ts';

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
    /** Subscriber ids each unit serves (one recursive statement per operation). */
    served: new DataLoader<string, string[]>(async (ids) => {
      const rows = await servedSubscribersOf(db, ids);
      const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const r of rows) groups.get(r.root)?.push(r.subscriberId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
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
      byCode: (code: string) => equipmentByCode(db, code),
      sites: (kind: string | null) => siteList(db, kind),
    },
  };
}

export type AssetsLoaders = ReturnType<typeof createAssetsLoaders>;
