import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTable } from '../../shared/audit.ts';
import { createdAt, moment, updatedAt } from '../../shared/columns.ts';
import { idempotencyTable } from '../../shared/idempotency.ts';
import { inboxTable } from '../../shared/inbox.ts';

export const subscribersSchema = pgSchema('subscribers');

/**
 * A client: a person or a company. Phones are kept as E.164 (searched exactly through a GIN index); the
 * search document (`search_text`: names and every premises' address, written by the verbs) feeds a
 * generated `search_vector` kept out of this table's Drizzle columns (migration 0001), and the words of
 * it feed `search_words`, which corrects typos in a search.
 */
export const subscribers = subscribersSchema.table(
  'subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountNumber: text('account_number').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    statusDate: date('status_date', { mode: 'string' }).notNull(),
    displayName: text('display_name').notNull(),
    surname: text('surname'),
    name: text('name'),
    patronymic: text('patronymic'),
    birthDate: date('birth_date', { mode: 'string' }),
    documentType: text('document_type'),
    documentSeries: text('document_series'),
    documentNumber: text('document_number'),
    documentIssuedBy: text('document_issued_by'),
    documentIssuedOn: date('document_issued_on', { mode: 'string' }),
    legalName: text('legal_name'),
    inn: text('inn'),
    kpp: text('kpp'),
    phones: text('phones').array().notNull().default(sql`'{}'`),
    emails: text('emails').array().notNull().default(sql`'{}'`),
    preferredChannel: text('preferred_channel'),
    contractNumber: text('contract_number'),
    contractDate: date('contract_date', { mode: 'string' }),
    contractType: text('contract_type'),
    searchText: text('search_text').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('subscribers_account_number_uniq').on(t.accountNumber),
    uniqueIndex('subscribers_contract_number_uniq').on(sql`upper(${t.contractNumber})`),
    index('subscribers_phones_idx').using('gin', t.phones),
    index('subscribers_created_idx').on(t.createdAt, t.id),
    index('subscribers_status_idx').on(t.status),
    check('subscribers_kind_check', sql`${t.kind} in ('PERSON', 'COMPANY')`),
    check('subscribers_status_check', sql`${t.status} in ('PROSPECT', 'ACTIVE', 'SUSPENDED', 'TERMINATED')`),
  ],
);

export type SubscriberRow = typeof subscribers.$inferSelect;

/** Every status a subscriber had, in order. */
export const subscriberStatusChanges = subscribersSchema.table(
  'subscriber_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    status: text('status').notNull(),
    reason: text('reason'),
    date: date('date', { mode: 'string' }).notNull(),
    at: moment('at').notNull().defaultNow(),
    by: text('by').notNull(),
  },
  (t) => [index('subscriber_status_changes_subscriber_idx').on(t.subscriberId, t.id)],
);

export type SubscriberStatusChangeRow = typeof subscriberStatusChanges.$inferSelect;

/**
 * A place a subscriber is served at. `district_key` and `building_key` (generated, lower case) are what
 * company events of scope AREA name.
 */
export const premises = subscribersSchema.table(
  'premises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    city: text('city').notNull(),
    district: text('district'),
    street: text('street').notNull(),
    building: text('building').notNull(),
    apartment: text('apartment'),
    entrance: text('entrance'),
    floor: integer('floor'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    connectionPoint: text('connection_point'),
    districtKey: text('district_key').generatedAlwaysAs(sql`lower(btrim(district))`),
    buildingKey: text('building_key').generatedAlwaysAs(
      sql`lower(btrim(city)) || '|' || lower(btrim(street)) || '|' || lower(btrim(building))`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('premises_subscriber_idx').on(t.subscriberId),
    index('premises_district_key_idx').on(t.districtKey, t.subscriberId),
    index('premises_building_key_idx').on(t.buildingKey, t.subscriberId),
  ],
);

export type PremisesRow = typeof premises.$inferSelect;

/** A tariff at a premises, at the price agreed when it was subscribed. */
export const services = subscribersSchema.table(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    premisesId: uuid('premises_id')
      .notNull()
      .references(() => premises.id),
    tariffId: uuid('tariff_id').notNull(),
    tariffName: text('tariff_name').notNull(),
    tariffSku: text('tariff_sku').notNull(),
    status: text('status').notNull(),
    price: numeric('price', { precision: 14, scale: 2 }).notNull(),
    pricePeriod: text('price_period').notNull(),
    currency: text('currency').notNull(),
    activatedOn: date('activated_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    replacesId: uuid('replaces_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('services_subscriber_idx').on(t.subscriberId, t.createdAt),
    index('services_premises_idx').on(t.premisesId),
    check('services_status_check', sql`${t.status} in ('PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED')`),
  ],
);

export type ServiceRow = typeof services.$inferSelect;

export const serviceStatusChanges = subscribersSchema.table(
  'service_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    status: text('status').notNull(),
    reason: text('reason'),
    date: date('date', { mode: 'string' }).notNull(),
    at: moment('at').notNull().defaultNow(),
    by: text('by').notNull(),
  },
  (t) => [index('service_status_changes_service_idx').on(t.serviceId, t.id)],
);

export type ServiceStatusChangeRow = typeof serviceStatusChanges.$inferSelect;

/**
 * Something the company does that touches subscribers. Its scope: EVERYONE; AREA — `district_keys` and
 * `building_keys` as premises spell them (lower case, `city|street|building`), `buildings` as given;
 * SUBSCRIBERS — `subscriber_ids`; EQUIPMENT — `equipment_ids` (assets' units). `audience`: the roles it is
 * shown to, empty for all staff.
 */
export const companyEvents = subscribersSchema.table(
  'company_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsAt: moment('starts_at').notNull(),
    endsAt: moment('ends_at').notNull(),
    status: text('status').notNull(),
    scopeKind: text('scope_kind').notNull(),
    districts: text('districts').array().notNull().default(sql`'{}'`),
    districtKeys: text('district_keys').array().notNull().default(sql`'{}'`),
    buildings: jsonb('buildings').$type<{ city: string; street: string; building: string }[]>().notNull(),
    buildingKeys: text('building_keys').array().notNull().default(sql`'{}'`),
    subscriberIds: uuid('subscriber_ids').array().notNull().default(sql`'{}'`),
    equipmentIds: text('equipment_ids').array().notNull().default(sql`'{}'`),
    /** EQUIPMENT: the subscribers the units serve (assets' `servedSubscribers`), and when that was read. */
    servedIds: uuid('served_ids').array().notNull().default(sql`'{}'`),
    servedAt: moment('served_at'),
    audience: text('audience').array().notNull().default(sql`'{}'`),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('company_events_starts_idx').on(t.startsAt, t.id),
    index('company_events_open_idx').on(t.endsAt).where(sql`${t.status} in ('PLANNED', 'ACTIVE')`),
    check('company_events_window_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export type CompanyEventRow = typeof companyEvents.$inferSelect;

export const eventAcknowledgements = subscribersSchema.table(
  'event_acknowledgements',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => companyEvents.id),
    by: text('by').notNull(),
    at: moment('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.by] })],
);

export const eventNotes = subscribersSchema.table(
  'event_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => companyEvents.id),
    text: text('text').notNull(),
    by: text('by').notNull(),
    at: moment('at').notNull().defaultNow(),
  },
  (t) => [index('event_notes_event_idx').on(t.eventId, t.id)],
);

/** That an affected subscriber was told of an event; a subscriber may be told by several channels. */
export const eventNotifications = subscribersSchema.table(
  'event_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => companyEvents.id),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    channel: text('channel').notNull(),
    at: moment('at').notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('event_notifications_event_idx').on(t.eventId, t.subscriberId)],
);

/** A subscriber's interaction log: calls, visits, messages, notes. */
export const interactions = subscribersSchema.table(
  'interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    kind: text('kind').notNull(),
    direction: text('direction'),
    channel: text('channel'),
    text: text('text').notNull(),
    companyEventId: uuid('company_event_id').references(() => companyEvents.id),
    by: text('by').notNull(),
    at: moment('at').notNull(),
  },
  (t) => [index('interactions_subscriber_idx').on(t.subscriberId, t.at, t.id)],
);

export type InteractionRow = typeof interactions.$inferSelect;

/** Every word of every search document (3 to 60 letters), for completing and correcting the words of a search. */
export const searchWords = subscribersSchema.table(
  'search_words',
  { word: text('word').primaryKey() },
  (t) => [
    // The closest words by trigram similarity: GIN finds the few sharing enough trigrams in a fraction
    // of a millisecond where GiST's nearest-neighbour walk took 12 ms among 130,000 words.
    index('search_words_word_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
    // The completions of a prefix, by range in byte order whatever the database's collation.
    index('search_words_word_pattern_idx').on(t.word.op('text_pattern_ops')),
  ],
);

export const auditLog = auditTable(subscribersSchema);
export const idempotencyKeys = idempotencyTable(subscribersSchema);
export const inbox = inboxTable(subscribersSchema);
