import { selectsTotalCount } from '../../shared/pagination.ts';
import type {
  AddressResolvers,
  CatalogItemResolvers,
  CompanyEventResolvers,
  CompanyEventScopeResolvers,
  CompanyResolvers,
  EventNotificationResolvers,
  InteractionResolvers,
  PersonResolvers,
  PremisesResolvers,
  SubscribedServiceResolvers,
  SubscriberResolvers,
} from '../__generated__/resolvers-types.ts';
import { personalData } from '../service/personal-data.ts';
import { addressText, phonesOf } from '../service/present.ts';

const notNull = <T>(row: T | null, what: string): T => {
  if (!row) throw new Error(`${what} is missing`);
  return row;
};

export const Subscriber: SubscriberResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.subscriber.load(ref.id),
  person: (row) => (row.kind === 'PERSON' ? row : null),
  company: (row) => (row.kind === 'COMPANY' ? row : null),
  phones: phonesOf,
  contract: (row) =>
    row.contractNumber && row.contractDate && row.contractType
      ? { number: row.contractNumber, date: row.contractDate, type: row.contractType as never }
      : null,
  statusHistory: (row, _, ctx) => ctx.loaders.statusHistory.load(row.id),
  premises: (row, _, ctx) => ctx.loaders.premisesOfSubscriber.load(row.id),
  services: async (row, { current }, ctx) => {
    const list = await ctx.loaders.servicesOfSubscriber.load(row.id);
    return current ? list.filter((s) => s.status !== 'TERMINATED') : list;
  },
  activeEvents: (row, { at }, ctx) =>
    ctx.loaders.activeEvents(at ? new Date(at as Date).toISOString() : null).load(row.id),
  interactions: (row, { first, after, last, before }, ctx, info) =>
    ctx.loaders.lists.interactions(row.id, { first, after, last, before }, selectsTotalCount(info)),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.subscriberTrail(row.id, limit),
};

export const Person: PersonResolvers = {
  surname: (row) => row.surname ?? '',
  name: (row) => row.name ?? '',
  personalData: (row, { reason }, ctx) => personalData(ctx, row, reason ?? null),
};

export const Company: CompanyResolvers = {
  legalName: (row) => row.legalName ?? '',
  inn: (row) => row.inn ?? '',
};

export const Premises: PremisesResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.premises.load(ref.id),
  subscriber: async (row, _, ctx) =>
    notNull(await ctx.loaders.subscriber.load(row.subscriberId), 'subscriber'),
  address: (row) => row,
  addressText,
  services: async (row, { current }, ctx) => {
    const list = await ctx.loaders.servicesOfPremises.load(row.id);
    return current ? list.filter((s) => s.status !== 'TERMINATED') : list;
  },
};

export const Address: AddressResolvers = {};

export const SubscribedService: SubscribedServiceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.service.load(ref.id),
  subscriber: async (row, _, ctx) =>
    notNull(await ctx.loaders.subscriber.load(row.subscriberId), 'subscriber'),
  premises: async (row, _, ctx) => notNull(await ctx.loaders.premises.load(row.premisesId), 'premises'),
  tariff: (row) => ({ id: row.tariffId }),
  replaces: (row, _, ctx) => (row.replacesId ? ctx.loaders.service.load(row.replacesId) : null),
  history: (row, _, ctx) => ctx.loaders.serviceHistory.load(row.id),
};

export const CatalogItem: CatalogItemResolvers = {};

export const CompanyEvent: CompanyEventResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.event.load(ref.id),
  scope: (row) => row,
  affectedSubscribers: (row, { first, after, last, before }, ctx, info) =>
    ctx.loaders.lists.affected(row, { first, after, last, before }, false, selectsTotalCount(info)),
  notInformed: (row, { first, after, last, before }, ctx, info) =>
    ctx.loaders.lists.affected(row, { first, after, last, before }, true, selectsTotalCount(info)),
  notifications: (row, _, ctx) => ctx.loaders.notifications.load(row.id),
  acknowledgements: (row, _, ctx) => ctx.loaders.acknowledgements.load(row.id),
  acknowledgedByMe: async (row, _, ctx) =>
    (await ctx.loaders.acknowledgements.load(row.id)).some((a) => a.by === ctx.actor.id),
  notes: (row, _, ctx) => ctx.loaders.notes.load(row.id),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.eventTrail(row.id, limit),
};

export const CompanyEventScope: CompanyEventScopeResolvers = {
  kind: (row) => row.scopeKind as never,
};

export const EventNotification: EventNotificationResolvers = {
  subscriber: async (row, _, ctx) =>
    notNull(await ctx.loaders.subscriber.load(row.subscriberId), 'subscriber'),
};

export const Interaction: InteractionResolvers = {
  companyEvent: (row, _, ctx) => (row.companyEventId ? ctx.loaders.event.load(row.companyEventId) : null),
};
