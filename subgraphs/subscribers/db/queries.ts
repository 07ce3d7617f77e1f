/** The subscribers module's reads: lists (keyset pages), search, and the batched lookups of its loaders. */
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import { type Connection, type KeysetOrder, type PageArgs, tablePage } from '../../shared/pagination.ts';
import { searchCompiler } from '../../shared/search.ts';
import { searchIntent } from '../domain/identifiers.ts';
import {
  type CompanyEventRow,
  companyEvents,
  eventAcknowledgements,
  eventNotes,
  eventNotifications,
  type InteractionRow,
  interactions,
  premises,
  type SubscriberRow,
  searchWords,
  serviceStatusChanges,
  services,
  subscriberStatusChanges,
  subscribers,
} from './tables.ts';

/** A catalog item as a subscribed service names it (the catalog resolves the rest). */
export interface CatalogItemRef {
  id: string;
}

export type NotificationRow = typeof eventNotifications.$inferSelect;

/** ё and е are one letter to the search (the documents' vector folds them too, migration 0001). */
export const foldWord = (w: string) => w.replaceAll('ё', 'е');

const compileSearch = searchCompiler(searchWords, 'subscriber_search_corrections', foldWord);

/** Who is asking, for what company events they are shown: ADMIN sees all, others their roles' and all-staff events. */
export interface Audience {
  roles: readonly string[];
  all: boolean;
}

export const audienceOf = (actor: { roles: readonly string[] }): Audience => ({
  roles: actor.roles,
  all: actor.roles.includes('ADMIN'),
});

const shownTo = (audience: Audience): SQL | undefined =>
  audience.all
    ? undefined
    : sql`(${companyEvents.audience} = '{}' or ${companyEvents.audience} && ${sql.param([...audience.roles])}::text[])`;

// ---- subscribers ---------------------------------------------------------------------------------

export interface SubscriberFilter {
  search?: string | null;
  statuses?: readonly string[] | null;
  kind?: string | null;
  district?: string | null;
}

const newestFirst: KeysetOrder<SubscriberRow> = {
  column: subscribers.createdAt,
  id: subscribers.id,
  descending: true,
  cursor: 'timestamp',
  key: (r) => [r.createdAt, r.id],
};

const byAccount: KeysetOrder<SubscriberRow> = {
  column: subscribers.accountNumber,
  id: subscribers.id,
  descending: false,
  cursor: 'text',
  key: (r) => [r.accountNumber, r.id],
};

/** Exact hits of a search (an account, a phone, a contract number) rank above every fuzzy one. */
const EXACT_RANK = 1000;

/**
 * Subscribers, newest first; with a search, the best match first (see `Query.subscribers`). One statement
 * for the page (two with a fuzzy search: the typo corrections first).
 */
export async function listSubscribers(
  db: Db,
  args: PageArgs,
  filter: SubscriberFilter,
  withCount: boolean,
): Promise<Connection<SubscriberRow & { rank?: number }>> {
  const filters = and(
    filter.statuses?.length ? inArray(subscribers.status, [...filter.statuses]) : undefined,
    filter.kind ? eq(subscribers.kind, filter.kind) : undefined,
    filter.district
      ? sql`exists (select 1 from ${premises} p where p.subscriber_id = ${subscribers.id}
          and p.district_key = lower(btrim(${filter.district})))`
      : undefined,
  );
  const intent = searchIntent(filter.search ?? '');
  if (!intent) return tablePage(db, subscribers, { args, order: newestFirst, where: filters, withCount });
  if (intent.kind === 'account' || intent.kind === 'phone') {
    const match =
      intent.kind === 'account'
        ? eq(subscribers.accountNumber, intent.accountNumber)
        : sql`${subscribers.phones} @> array[${intent.e164}]::text[]`;
    return tablePage(db, subscribers, { args, order: byAccount, where: and(match, filters), withCount });
  }
  const query = await compileSearch(db, intent.text);
  const contract = sql`upper(${subscribers.contractNumber}) = ${intent.contractNumber}`;
  const matches = query
    ? sql`(${contract} or ${subscribers}.search_vector @@ to_tsquery('simple', ${query}))`
    : contract;
  const rank = query
    ? sql<number>`(case when ${contract} then ${EXACT_RANK}
        else ts_rank(${subscribers}.search_vector, to_tsquery('simple', ${query})) end)::float8`
    : sql<number>`${EXACT_RANK}::float8`;
  return tablePage<SubscriberRow & { rank: number }>(db, subscribers, {
    args,
    order: {
      column: rank,
      id: subscribers.id,
      descending: true,
      cursor: 'number',
      key: (r) => [r.rank, r.id],
    },
    where: and(matches, filters),
    columns: { ...getTableColumns(subscribers), rank: rank.mapWith(Number).as('rank') },
    withCount,
  });
}

export const subscribersByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(subscribers).where(anyId(subscribers.id, ids));

export async function subscriberByAccount(db: Db, account: string): Promise<SubscriberRow | null> {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.accountNumber, account.trim()));
  return row ?? null;
}

export const statusChangesOf = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(subscriberStatusChanges)
    .where(anyId(subscriberStatusChanges.subscriberId, ids))
    .orderBy(subscriberStatusChanges.id);

// ---- premises and services -------------------------------------------------------------------------

export const premisesByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(premises).where(anyId(premises.id, ids));

export const premisesOfSubscribers = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(premises)
    .where(anyId(premises.subscriberId, ids))
    .orderBy(premises.createdAt, premises.id);

export const servicesByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(services).where(anyId(services.id, ids));

export const servicesOfSubscribers = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(services)
    .where(anyId(services.subscriberId, ids))
    .orderBy(sql`${services.createdAt} desc`, services.id);

export const servicesOfPremises = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(services)
    .where(anyId(services.premisesId, ids))
    .orderBy(sql`${services.createdAt} desc`, services.id);

export const serviceChangesOf = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(serviceStatusChanges)
    .where(anyId(serviceStatusChanges.serviceId, ids))
    .orderBy(serviceStatusChanges.id);

// ---- company events ----------------------------------------------------------------------------------

/**
 * Whether the event (columns of `companyEvents` in scope) touches the subscriber whose id is `subscriberId`
 * (SQL): everyone, the subscribers listed, or premises in its districts or buildings. EQUIPMENT events
 * touch the subscribers the units serve, which assets computes; none until then.
 */
function touches(subscriberId: SQL): SQL {
  return sql`(${companyEvents.scopeKind} = 'EVERYONE'
    or (${companyEvents.scopeKind} = 'SUBSCRIBERS' and ${subscriberId} = any(${companyEvents.subscriberIds}))
    or (${companyEvents.scopeKind} = 'AREA' and exists (
      select 1 from ${premises} p where p.subscriber_id = ${subscriberId}
        and (p.district_key = any(${companyEvents.districtKeys}) or p.building_key = any(${companyEvents.buildingKeys})))))`;
}

/** Not over: PLANNED or ACTIVE and not ended; with `at`, not cancelled and its window holds `at`. */
function openAt(at: Date | null): SQL {
  return at
    ? sql`${companyEvents.status} <> 'CANCELLED' and ${companyEvents.startsAt} <= ${at} and ${companyEvents.endsAt} > ${at}`
    : sql`${companyEvents.status} in ('PLANNED', 'ACTIVE') and ${companyEvents.endsAt} > now()`;
}

/** The open events touching each subscriber, shown to `audience`, soonest first: one statement for all. */
export function activeEventsOf(
  db: Db,
  subscriberIds: readonly string[],
  audience: Audience,
  at: Date | null,
): Promise<(CompanyEventRow & { subscriberId: string })[]> {
  const sid = sql`s.sid`;
  return db
    .select({ ...getTableColumns(companyEvents), subscriberId: sql<string>`s.sid`.as('subscriber_id') })
    .from(companyEvents)
    .innerJoin(sql`unnest(${sql.param([...subscriberIds])}::uuid[]) as s(sid)`, sql`true`)
    .where(and(openAt(at), shownTo(audience), touches(sid)))
    .orderBy(companyEvents.startsAt, companyEvents.id);
}

export interface CompanyEventFilter {
  types?: readonly string[] | null;
  statuses?: readonly string[] | null;
  activeAt?: Date | null;
  affecting?: string | null;
}

/** Events shown to `audience`, newest start first. */
export function listCompanyEvents(
  db: Db,
  args: PageArgs,
  filter: CompanyEventFilter,
  audience: Audience,
  withCount: boolean,
): Promise<Connection<CompanyEventRow>> {
  return tablePage<CompanyEventRow>(db, companyEvents, {
    args,
    order: {
      column: companyEvents.startsAt,
      id: companyEvents.id,
      descending: true,
      cursor: 'timestamp',
      key: (r) => [r.startsAt, r.id],
    },
    where: and(
      filter.types?.length ? inArray(companyEvents.type, [...filter.types]) : undefined,
      filter.statuses?.length ? inArray(companyEvents.status, [...filter.statuses]) : undefined,
      filter.activeAt ? openAt(filter.activeAt) : undefined,
      filter.affecting ? touches(sql`${filter.affecting}::uuid`) : undefined,
      shownTo(audience),
    ),
    withCount,
  });
}

export async function companyEventsByIds(db: Db, ids: readonly string[]) {
  return db.select().from(companyEvents).where(anyId(companyEvents.id, ids));
}

/** Whether each event is shown to `audience` (filters a lookup by id). */
export const isShownTo = (row: CompanyEventRow, audience: Audience) =>
  audience.all || row.audience.length === 0 || row.audience.some((r) => audience.roles.includes(r));

/** The subscribers an event touches (SQL over `subscribers`), for its lists and for `recordEventNotification`. */
export function affectedWhere(event: CompanyEventRow): SQL {
  switch (event.scopeKind) {
    case 'EVERYONE':
      return sql`${subscribers.status} <> 'TERMINATED'`;
    case 'SUBSCRIBERS':
      return event.subscriberIds.length ? anyId(subscribers.id, event.subscriberIds) : sql`false`;
    case 'AREA':
      return sql`exists (select 1 from ${premises} p where p.subscriber_id = ${subscribers.id}
        and (p.district_key = any(${sql.param(event.districtKeys)}::text[])
          or p.building_key = any(${sql.param(event.buildingKeys)}::text[])))`;
    default:
      return sql`false`;
  }
}

/** The subscribers an event touches, in account order; `notInformed`: those nobody has recorded as told. */
export function listAffected(
  db: Db,
  event: CompanyEventRow,
  args: PageArgs,
  notInformed: boolean,
  withCount: boolean,
): Promise<Connection<SubscriberRow>> {
  return tablePage<SubscriberRow>(db, subscribers, {
    args,
    order: byAccount,
    where: and(
      affectedWhere(event),
      notInformed
        ? sql`not exists (select 1 from ${eventNotifications} n
            where n.event_id = ${event.id} and n.subscriber_id = ${subscribers.id})`
        : undefined,
    ),
    withCount,
  });
}

export async function isAffected(db: Db, event: CompanyEventRow, subscriberId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(and(eq(subscribers.id, subscriberId), affectedWhere(event)));
  return Boolean(row);
}

export const notificationsOf = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(eventNotifications)
    .where(anyId(eventNotifications.eventId, ids))
    .orderBy(eventNotifications.id);

export const acknowledgementsOf = (db: Db, ids: readonly string[]) =>
  db
    .select()
    .from(eventAcknowledgements)
    .where(anyId(eventAcknowledgements.eventId, ids))
    .orderBy(eventAcknowledgements.at);

export const notesOf = (db: Db, ids: readonly string[]) =>
  db.select().from(eventNotes).where(anyId(eventNotes.eventId, ids)).orderBy(eventNotes.id);

// ---- interactions ----------------------------------------------------------------------------------

/** A subscriber's interactions, newest first. */
export function listInteractions(
  db: Db,
  subscriberId: string,
  args: PageArgs,
  withCount: boolean,
): Promise<Connection<InteractionRow>> {
  return tablePage<InteractionRow>(db, interactions, {
    args,
    order: {
      column: interactions.at,
      id: interactions.id,
      descending: true,
      cursor: 'timestamp',
      key: (r) => [r.at, r.id],
    },
    where: eq(interactions.subscriberId, subscriberId),
    withCount,
  });
}
