import { selectsTotalCount } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { profileList } from '../service/present.ts';

export const Query: QueryResolvers = {
  networkStatus: (_, __, ctx) => ctx.loaders.lists.network(),
  alarms: (_, { first, after, last, before, filter }, ctx, info) =>
    ctx.loaders.lists.alarms({ first, after, last, before }, filter ?? {}, selectsTotalCount(info)),
  alarm: (_, { id }, ctx) => ctx.loaders.alarm.load(id),
  observedMismatches: (_, __, ctx) => ctx.loaders.lists.mismatches(),
  pollProfiles: () => profileList(),
};
