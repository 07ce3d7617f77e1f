import { selectsTotalCount } from '../../shared/pagination.ts';
import type {
  CatalogItemResolvers,
  EquipmentPlaceResolvers,
  EquipmentPortResolvers,
  EquipmentResolvers,
  LinkResolvers,
  NetworkSiteResolvers,
  SubscriberResolvers,
  WarehouseResolvers,
} from '../__generated__/resolvers-types.ts';
import { labelOf, placeRef } from '../service/present.ts';

const must = <T>(row: T | null, what: string): T => {
  if (!row) throw new Error(`${what} is missing`);
  return row;
};

export const Equipment: EquipmentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.equipment.load(ref.id),
  model: (row) => ({ id: row.modelId }),
  place: (row, _, ctx) => placeRef(row, (id) => ctx.loaders.site.load(id)),
  subscriber: (row) => (row.subscriberId ? { id: row.subscriberId } : null),
  managementIp: (row) => row.managementIp ?? null,
  ports: (row, _, ctx) => ctx.loaders.portsOf.load(row.id),
  labelPayload: (row) => labelOf(row),
  history: (row, { limit }, ctx) => ctx.loaders.history(row.id, limit),
  lastChange: async (row, _, ctx) => (await ctx.loaders.history(row.id, 1))[0] ?? null,
  upstreamPath: (row, _, ctx) => ctx.loaders.lists.upstream(row.id),
  downstream: (row, { first, after }, ctx, info) =>
    ctx.loaders.lists.downstream(row.id, { first, after }, selectsTotalCount(info)),
  servedSubscribers: async (row, _, ctx) => (await ctx.loaders.served.load(row.id)).map((id) => ({ id })),
  servedSubscriberCount: (row, _, ctx) => ctx.loaders.servedCount.load(row.id),
  servedSubscriberConnection: (row, { first, after }, ctx) =>
    ctx.loaders.lists.served(row.id, { first, after }),
};

export const EquipmentPlace: EquipmentPlaceResolvers = {
  __resolveType: (ref) => ref.__typename,
};

export const EquipmentPort: EquipmentPortResolvers = {
  link: (row, _, ctx) => ctx.loaders.linkOfPort.load(row.id),
};

export const Link: LinkResolvers = {
  upstream: async (row, _, ctx) => must(await ctx.loaders.equipment.load(row.upstreamId), 'unit'),
  downstream: async (row, _, ctx) => must(await ctx.loaders.equipment.load(row.downstreamId), 'unit'),
  upstreamPort: async (row, _, ctx) => must(await ctx.loaders.port.load(row.upstreamPortId), 'port'),
  downstreamPort: async (row, _, ctx) => must(await ctx.loaders.port.load(row.downstreamPortId), 'port'),
};

export const NetworkSite: NetworkSiteResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.site.load(ref.id),
  equipment: (row, _, ctx) => ctx.loaders.atSite.load(row.id),
};

export const Warehouse: WarehouseResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  equipment: (row, { first, after }, ctx, info) =>
    ctx.loaders.lists.equipment({ first, after }, { warehouseId: row.id }, selectsTotalCount(info)),
};

export const Subscriber: SubscriberResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  equipment: (row, _, ctx) => ctx.loaders.ofSubscriber.load(row.id),
};

export const CatalogItem: CatalogItemResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  units: (row, { status, first, after }, ctx, info) =>
    ctx.loaders.lists.equipment(
      { first, after },
      { modelId: row.id, statuses: status ? [status] : null },
      selectsTotalCount(info),
    ),
};
