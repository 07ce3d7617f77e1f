import DataLoader from 'dataloader';
import { auditTrailLoader, personalDataReads } from '../../shared/audit.ts';
import type { Actor } from '../../shared/auth.ts';
import type { Database } from '../../shared/db.ts';
import { entityLoader, groupLoader, loaderFamily } from '../../shared/loaders.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import {
  acknowledgementsOf,
  activeEventsOf,
  audienceOf,
  type CompanyEventFilter,
  companyEventsByIds,
  isShownTo,
  listAffected,
  listCompanyEvents,
  listInteractions,
  listSubscribers,
  notesOf,
  notificationsOf,
  premisesByIds,
  premisesOfSubscribers,
  type SubscriberFilter,
  serviceChangesOf,
  servicesByIds,
  servicesOfPremises,
  servicesOfSubscribers,
  statusChangesOf,
  subscriberByAccount,
  subscribersByIds,
} from './queries.ts';
import { auditLog, type CompanyEventRow } from './tables.ts';

/** What the loaders read as: the operation's scope, its caller (events are shown by role) and request. */
export type SubscribersScope = ReadScope & {
  readonly actor: Actor;
  readonly requestId?: string | undefined;
  readonly database: Database;
};

/** Everything the subscribers module reads for one operation, batched across the operation's fields. */
export function createSubscribersLoaders(scope: ReadScope) {
  const s = scope as SubscribersScope;
  const audience = audienceOf(s.actor);
  return {
    subscriber: entityLoader((ids) => subscribersByIds(scope.db, ids)),
    premises: entityLoader((ids) => premisesByIds(scope.db, ids)),
    service: entityLoader((ids) => servicesByIds(scope.db, ids)),
    /** Events by id, as the caller may see them (an event not meant for their roles is none). */
    event: entityLoader(async (ids) =>
      (await companyEventsByIds(scope.db, ids)).filter((e) => isShownTo(e, audience)),
    ),
    premisesOfSubscriber: groupLoader(
      (ids) => premisesOfSubscribers(scope.db, ids),
      (p) => p.subscriberId,
    ),
    servicesOfSubscriber: groupLoader(
      (ids) => servicesOfSubscribers(scope.db, ids),
      (r) => r.subscriberId,
    ),
    servicesOfPremises: groupLoader(
      (ids) => servicesOfPremises(scope.db, ids),
      (r) => r.premisesId,
    ),
    statusHistory: groupLoader(
      (ids) => statusChangesOf(scope.db, ids),
      (r) => r.subscriberId,
    ),
    serviceHistory: groupLoader(
      (ids) => serviceChangesOf(scope.db, ids),
      (r) => r.serviceId,
    ),
    /** Open events touching each subscriber, per moment asked (`activeEvents(at)`). */
    activeEvents: loaderFamily(
      (at: string | null) =>
        new DataLoader<string, CompanyEventRow[]>(async (ids) => {
          const rows = await activeEventsOf(scope.db, ids, audience, at ? new Date(at) : null);
          const groups = new Map<string, CompanyEventRow[]>(ids.map((id) => [id, []]));
          for (const { subscriberId, ...row } of rows) groups.get(subscriberId)?.push(row);
          return ids.map((id) => groups.get(id) ?? []);
        }),
    ),
    notifications: groupLoader(
      (ids) => notificationsOf(scope.db, ids),
      (r) => r.eventId,
    ),
    acknowledgements: groupLoader(
      (ids) => acknowledgementsOf(scope.db, ids),
      (r) => r.eventId,
    ),
    notes: groupLoader(
      (ids) => notesOf(scope.db, ids),
      (r) => r.eventId,
    ),
    subscriberTrail: auditTrailLoader(scope, auditLog, 'Subscriber'),
    eventTrail: auditTrailLoader(scope, auditLog, 'CompanyEvent'),
    /** Writes the audit row of each read of a subscriber's personal data (one statement per operation). */
    personalDataRead: personalDataReads(s, auditLog, 'Subscriber'),
    lists: {
      subscribers: (args: PageArgs, filter: SubscriberFilter, withCount: boolean) =>
        listSubscribers(scope.db, args, filter, withCount),
      byAccount: (account: string) => subscriberByAccount(scope.db, account),
      events: (args: PageArgs, filter: CompanyEventFilter, withCount: boolean) =>
        listCompanyEvents(scope.db, args, filter, audience, withCount),
      affected: (event: CompanyEventRow, args: PageArgs, notInformed: boolean, withCount: boolean) =>
        listAffected(scope.db, event, args, notInformed, withCount),
      interactions: (subscriberId: string, args: PageArgs, withCount: boolean) =>
        listInteractions(scope.db, subscriberId, args, withCount),
    },
  };
}

export type SubscribersLoaders = ReturnType<typeof createSubscribersLoaders>;
