/** The subscribers module's reads: lists (keyset pages), search, and the batched lookups of its loaders. */
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { anyId, countRows, type Db, preparedOnce } from '../../shared/db.ts';
import {
  type Connection,
  decodeCursor,
  type KeysetOrder,
  lazyCount,
  type PageArgs,
  parsePageArgs,
  tablePage,
  toConnection,
} from '../../shared/pagination.ts';
import { searchWordsOf } from '../../shared/search.ts';
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

/**
 * The account order for a phone search. Phones are unique, so the statistics keep no common elements of
 * `phones` and the planner takes any phone for 0.5 % of the table, at which it prefers walking the
 * account index in order and filtering every row (600 ms). Ordered by an expression that index cannot
 * give (the same order: account numbers are digits), the few rows the phone index finds are sorted.
 */
const byAccountUnindexed: KeysetOrder<SubscriberRow> = {
  ...byAccount,
  column: sql`(${subscribers.accountNumber} collate "C")`,
};

/**
 * Subscribers, newest first; with a search, the best match first (see `Query.subscribers`). One statement
 * for the page (two with a fuzzy search: the known words first).
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
  if (intent.kind === 'account') {
    const match = eq(subscribers.accountNumber, intent.accountNumber);
    return tablePage(db, subscribers, { args, order: byAccount, where: and(match, filters), withCount });
  }
  if (intent.kind === 'phone') {
    const match = sql`${subscribers.phones} @> array[${intent.e164}]::text[]`;
    return tablePage(db, subscribers, {
      args,
      order: byAccountUnindexed,
      where: and(match, filters),
      withCount,
    });
  }
  return searchPage(db, args, intent, filters, withCount);
}

// ---- fuzzy search ------------------------------------------------------------------------------------
//
// Every word of a search must match (AND): as typed, as one of its completions (`долг` → `долгорукова`)
// or, when no known word starts with it, as one of the three known words closest to it (`долгорукво` →
// `долгорукова`). A known word is taken as typed, which spares the trigram lookup; the closest words
// share the first letter, as a typo seldom hits it (among 130,000 surnames thousands share an ending such
// as -ова, so enough trigrams; checking them all took 45 ms, with the first letter 5). The completions and
// corrections come from `search_words` in one statement, so the match is a list of whole words, which
// the GIN index intersects fast: a prefix `w:*` makes it read the posting list of every word with that
// prefix (30–60 ms for `12:*` against 1 ms for the words it stands for), so it stays only for a prefix of
// more than MAX_COMPLETIONS words. A number matches as typed or with a letter after it (12: 12, 12к2; not
// 120); a word of one or two letters (an initial, ул, пр, д) as typed.
//
// Ranking every match means reading every matching row, which a search matching tens of thousands of a
// million subscribers (a common surname, a street) cannot afford. So the page statement first estimates
// the matches from a fixed sample of the table (TABLESAMPLE SYSTEM, about SAMPLE_ROWS rows). Under
// BROAD_MATCHES they are all ranked: the subscribers matching every word as typed first, then by
// ts_rank. From there on the page is the newest matching subscribers, read down the created_at index
// until it is full: with one row in 500 matching, some 10,000 rows in index order for a page of 20, no
// dearer than ranking 2,000 rows spread over the table, and no dearer for more matches. An exact contract
// number comes first either way. The rank in a cursor tells the two orders apart, so a walk keeps its
// order if the estimate changes.

/** A word with more completions than this matches as a prefix (`w:*`) instead. */
const MAX_COMPLETIONS = 30;
/** About how many rows the sample the matches are estimated from holds. */
const SAMPLE_ROWS = 3_000;
/** Estimated matches from which a search is listed newest first instead of ranked. */
const BROAD_MATCHES = 2_000;
/**
 * At most this many matches are ranked: with fewer than BROAD_MATCHES estimated there are no more unless
 * the sample was far off, and the bound keeps the plan's estimated cost low even when the planner thinks
 * the words common (over `jit_above_cost`, PostgreSQL compiles the statement: 40 ms, more than the search).
 */
const RANKED_AT_MOST = 10_000;
/** The rank of an exact contract number; ranks from NEWEST_RANKS up are created_at in epoch ms. */
const CONTRACT_RANK = 1e15;
const NEWEST_RANKS = 1e9;

interface CompiledSearch {
  /** Every word as typed, as a completion or as a correction (tsquery text). */
  full: string;
  /** Every word as typed. */
  exact: string;
  /** The subscribers the statistics count (`pg_class.reltuples`). */
  rows: number;
}

/** The first string after every string starting with `w` (in byte order, as text_pattern_ops sorts). */
function prefixEnd(w: string): string {
  const chars = Array.from(w);
  const last = chars.pop() as string;
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) as number) + 1);
}

/** The completions and closest known words of each word `w` (`e`: its prefixEnd), and the table's size. */
const knownWords = (db: Db) =>
  preparedOnce(db, 'subscriber_search_words', (d) =>
    d
      .select({
        query: sql<string>`q.w`,
        word: sql<string | null>`s.word`,
        closest: sql<boolean | null>`s.closest`,
        rows: sql<number>`(select reltuples from pg_class where oid = to_regclass('subscribers.subscribers'))`,
      })
      .from(sql`unnest(${sql.placeholder('words')}::text[], ${sql.placeholder('ends')}::text[]) as q(w, e)`)
      .leftJoinLateral(
        sql`((select word, true as closest from ${searchWords}
              where length(q.w) >= 3 and q.w !~ '^[0-9]+$'
                and not exists (select 1 from ${searchWords} k where k.word ~>=~ q.w and k.word ~<~ q.e)
                and word % q.w and word like left(q.w, 1) || '%'
              order by similarity(word, q.w) desc, word limit 3)
            union all
            (select word, false from ${searchWords}
              where (length(q.w) >= 3 or q.w ~ '^[0-9]+$') and word ~>=~ q.w and word ~<~ q.e
                and (q.w !~ '^[0-9]+$' or substr(word, length(q.w) + 1, 1) !~ '[0-9]')
              limit ${sql.raw(String(MAX_COMPLETIONS + 1))})) s`,
        sql`true`,
      )
      .prepare('subscriber_search_words'),
  );

/** The full-text queries of a search, or null when it has no words. One statement. */
async function compileSearch(db: Db, text: string): Promise<CompiledSearch | null> {
  const words = searchWordsOf(text, foldWord);
  if (!words.length) return null;
  const found = await knownWords(db).execute({ words, ends: words.map(prefixEnd) });
  const groups = words.map((w) => {
    const mine = found.filter((f) => f.query === w && f.word !== null);
    const completions = mine.filter((f) => !f.closest).map((f) => f.word as string);
    const alternatives = new Set([
      w,
      ...(completions.length > MAX_COMPLETIONS ? [`${w}:*`] : completions),
      ...mine.filter((f) => f.closest).map((f) => f.word as string),
    ]);
    return `(${[...alternatives].join(' | ')})`;
  });
  return { full: groups.join(' & '), exact: words.join(' & '), rows: Number(found[0]?.rows ?? 0) };
}

const tsquery = (q: string) => sql`to_tsquery('simple', ${q})`;
const vector = sql`${subscribers}.search_vector`;

/** The sample's share of the table in per cent, in two significant digits (it is part of the statement's text). */
const samplePercent = (rows: number) =>
  Number(Math.min(100, (100 * SAMPLE_ROWS) / Math.max(rows, 1)).toPrecision(2));

/** A page of a text search: see above. Two statements: the known words, then the page (with its count). */
async function searchPage(
  db: Db,
  args: PageArgs,
  intent: { text: string; contractNumber: string },
  filters: SQL | undefined,
  withCount: boolean,
): Promise<Connection<SubscriberRow & { rank: number }>> {
  const window = parsePageArgs(args);
  const cursor = window.cursor ? decodeCursor(window.cursor, window.cursorField, 'number') : null;
  const [value, cursorId] = cursor ? [cursor[0] as number, cursor[1]] : [0, ''];
  const descending = !window.backward;
  const cmp = sql.raw(descending ? '<' : '>');
  const dir = sql.raw(descending ? 'desc' : 'asc');
  const limit = window.limit + 1;
  const past = (rank: SQL, id: SQL) =>
    cursor ? sql`(${rank}, ${id}) ${cmp} (${value}::float8, ${cursorId}::uuid)` : undefined;
  const query = await compileSearch(db, intent.text);
  const contract = sql`upper(${subscribers.contractNumber}) = ${intent.contractNumber}`;
  const notContract = sql`upper(${subscribers.contractNumber}) is distinct from ${intent.contractNumber}`;

  const branches: SQL[] = [
    sql`(select ${subscribers.id} as id, ${CONTRACT_RANK}::float8 as rank from ${subscribers}
      where ${and(contract, filters, past(sql`${CONTRACT_RANK}::float8`, sql`${subscribers.id}`))})`,
  ];
  let probe: SQL | undefined;
  if (query) {
    const matches = sql`${vector} @@ ${tsquery(query.full)}`;
    // A cursor continues in its page's order; a first page, or the one after the contract, asks the sample.
    const mode = !cursor || value >= CONTRACT_RANK ? 'estimate' : value >= NEWEST_RANKS ? 'newest' : 'ranked';
    const broad = mode === 'estimate' ? sql`(select broad from probe)` : sql.raw(String(mode === 'newest'));
    if (mode === 'estimate') {
      probe = sql`with probe as (
          select count(*) filter (where ${and(matches, filters)}) * ${query.rows}::float8
            / greatest(count(*), 1) >= ${BROAD_MATCHES}::float8 as broad
          from ${subscribers} tablesample system (${sql.raw(String(samplePercent(query.rows)))}) repeatable (0))`;
    }
    if (mode !== 'ranked') {
      // Hidden from the index and from the statistics (coalesce), so the plan reads down created_at.
      const newer = !cursor
        ? undefined
        : value >= CONTRACT_RANK
          ? descending
            ? undefined
            : sql`false`
          : sql`(${subscribers.createdAt}, ${subscribers.id}) ${cmp}
              (${new Date(value).toISOString()}::timestamptz, ${cursorId}::uuid)`;
      branches.push(sql`(select ${subscribers.id} as id,
          (extract(epoch from ${subscribers.createdAt}) * 1000)::float8 as rank
        from ${subscribers}
        where ${and(broad, sql`coalesce(${matches}, false)`, filters, notContract, newer)}
        order by ${subscribers.createdAt} ${dir}, ${subscribers.id} ${dir} limit ${limit})`);
    }
    if (mode !== 'newest') {
      const rank = sql`((c.v @@ ${tsquery(query.exact)})::int + ts_rank(c.v, ${tsquery(query.full)}))::float8`;
      branches.push(sql`(select r.id, r.rank from (
          select c.id, ${rank} as rank from (
            select ${subscribers.id} as id, ${vector} as v from ${subscribers}
            where ${and(sql`not ${broad}`, matches, filters, notContract)} limit ${RANKED_AT_MOST}) c) r
        where ${past(sql`r.rank`, sql`r.id`) ?? sql`true`}
        order by r.rank ${dir}, r.id ${dir} limit ${limit})`);
    }
  }
  const page = sql`${probe ?? sql``} ${sql.join(branches, sql` union all `)}
    order by rank ${dir}, id ${dir} limit ${limit}`;
  const everything = and(
    query ? sql`(${contract} or ${vector} @@ ${tsquery(query.full)})` : contract,
    filters,
  );
  const total = sql<number>`(select count(*) from ${subscribers} where ${everything})`.mapWith(Number);
  const rows = await db
    .select({
      ...getTableColumns(subscribers),
      rank: sql<number>`m.rank`.mapWith(Number),
      ...(withCount ? { total } : {}),
    })
    .from(subscribers)
    .innerJoin(sql`(${page}) as m`, sql`m.id = ${subscribers.id}`)
    .orderBy(sql`m.rank ${dir}`, sql`m.id ${dir}`);
  // An empty page after a cursor carries no count: only then is it asked for on its own.
  const counted = withCount ? (rows[0]?.total ?? (cursor ? undefined : 0)) : undefined;
  return toConnection(
    rows.map(({ total: _, ...row }) => row as SubscriberRow & { rank: number }),
    window,
    {
      column: sql`m.rank`,
      id: subscribers.id,
      descending: true,
      cursor: 'number',
      key: (r) => [r.rank, r.id],
    },
    lazyCount(() =>
      counted === undefined ? countRows(db, subscribers, everything) : Promise.resolve(counted),
    ),
  );
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
 * (SQL): everyone, the subscribers listed, premises in its districts or buildings, or — for units of
 * equipment — the subscribers the units serve (as last read from assets, see `service/served.ts`).
 */
function touches(subscriberId: SQL): SQL {
  return sql`(${companyEvents.scopeKind} = 'EVERYONE'
    or (${companyEvents.scopeKind} = 'SUBSCRIBERS' and ${subscriberId} = any(${companyEvents.subscriberIds}))
    or (${companyEvents.scopeKind} = 'EQUIPMENT' and ${subscriberId} = any(${companyEvents.servedIds}))
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
    case 'EQUIPMENT':
      return event.servedIds.length ? anyId(subscribers.id, event.servedIds) : sql`false`;
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
