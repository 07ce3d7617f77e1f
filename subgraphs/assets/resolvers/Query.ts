import { selectsTotalCount } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { reconcile } from '../service/reconcile.ts';

export const Query: QueryResolvers = {
  equipment: (_, { id }, ctx) => ctx.loaders.equipment.load(id),
  equipmentList: (_, { first, after, last, before, filter }, ctx, info) =>
    ctx.loaders.lists.equipment({ first, after, last, before }, filter ?? {}, selectsTotalCount(info)),
  equipmentByCode: (_, { code }, ctx) => ctx.loaders.lists.byCode(code),
  networkSites: (_, { filter }, ctx) => ctx.loaders.lists.sites(filter?.kind ?? null),
  networkSite: (_, { id }, ctx) => ctx.loaders.site.load(id),
  equipmentReconciliation: (_, __, ctx) => reconcile(ctx),
};
