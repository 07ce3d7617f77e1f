import { selectsTotalCount } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  subscriber: (_, { id }, ctx) => ctx.loaders.subscriber.load(id),
  subscriberByAccount: (_, { accountNumber }, ctx) => ctx.loaders.lists.byAccount(accountNumber),
  subscribers: (_, { first, after, last, before, filter }, ctx, info) =>
    ctx.loaders.lists.subscribers({ first, after, last, before }, filter ?? {}, selectsTotalCount(info)),
  premises: (_, { id }, ctx) => ctx.loaders.premises.load(id),
  subscribedService: (_, { id }, ctx) => ctx.loaders.service.load(id),
  companyEvents: (_, { first, after, last, before, filter }, ctx, info) =>
    ctx.loaders.lists.events({ first, after, last, before }, filter ?? {}, selectsTotalCount(info)),
  companyEvent: (_, { id }, ctx) => ctx.loaders.event.load(id),
};
