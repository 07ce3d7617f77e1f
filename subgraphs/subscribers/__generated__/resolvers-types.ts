import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubscriberRow, PremisesRow, ServiceRow, SubscriberStatusChangeRow, ServiceStatusChangeRow, CompanyEventRow, InteractionRow } from '../db/tables.ts';
import type { NotificationRow, CatalogItemRef } from '../db/queries.ts';
import type { AuditRow } from '../../shared/audit.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { Payload } from '../../shared/errors.ts';
import type { SubscribersContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD, e.g. "2026-03-01". */
  Date: { input: string; output: string; }
  /** An ISO 8601 timestamp with a time zone, years 0001–9999, e.g. "2026-03-01T09:30:00+03:00". */
  DateTime: { input: Date; output: Date | string; }
  /** A small JSON value: at most 8 levels deep, 2,000 values, texts of up to 1,000 characters. */
  JSON: { input: unknown; output: unknown; }
  /** An amount of money as a string with two decimals, e.g. "1290.00" (no floating-point rounding). */
  Money: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcknowledgeCompanyEventInput = {
  id: Scalars['ID']['input'];
};

export type AddCompanyEventNoteInput = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddPremisesInput = {
  address: AddressInput;
  connectionPoint?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  subscriberId: Scalars['ID']['input'];
};

export type Address = {
  __typename?: 'Address';
  apartment?: Maybe<Scalars['String']['output']>;
  building: Scalars['String']['output'];
  city: Scalars['String']['output'];
  district?: Maybe<Scalars['String']['output']>;
  entrance?: Maybe<Scalars['String']['output']>;
  floor?: Maybe<Scalars['Int']['output']>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  street: Scalars['String']['output'];
};

export type AddressInput = {
  apartment?: InputMaybe<Scalars['String']['input']>;
  building: Scalars['String']['input'];
  city: Scalars['String']['input'];
  district?: InputMaybe<Scalars['String']['input']>;
  entrance?: InputMaybe<Scalars['String']['input']>;
  floor?: InputMaybe<Scalars['Int']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  street: Scalars['String']['input'];
};

/** One recorded change: who, when, what, and the entity before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorId: Scalars['String']['output'];
  actorRoles: Array<Scalars['String']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
};

export type BuildingRef = {
  __typename?: 'BuildingRef';
  building: Scalars['String']['output'];
  city: Scalars['String']['output'];
  street: Scalars['String']['output'];
};

export type BuildingRefInput = {
  building: Scalars['String']['input'];
  city: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

export type CatalogItem = {
  __typename?: 'CatalogItem';
  id: Scalars['ID']['output'];
};

export type ChangeCompanyEventStatusInput = {
  id: Scalars['ID']['input'];
  status: CompanyEventStatus;
};

export type ChangeServiceStatusInput = {
  /** Default today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ServiceStatus;
};

export type ChangeServiceTariffInput = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  promoCode?: InputMaybe<Scalars['String']['input']>;
  tariffId: Scalars['ID']['input'];
};

export type ChangeSubscriberStatusInput = {
  /** Default today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Required for SUSPENDED and TERMINATED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: SubscriberStatus;
};

export type Company = {
  __typename?: 'Company';
  /** 10 digits, checksum verified. */
  inn: Scalars['String']['output'];
  /** 9 characters. */
  kpp?: Maybe<Scalars['String']['output']>;
  legalName: Scalars['String']['output'];
};

/** Something the company does that touches subscribers: planned work, an outage, a visit, a campaign. */
export type CompanyEvent = {
  __typename?: 'CompanyEvent';
  /** Whether the caller has acknowledged it. */
  acknowledgedByMe: Scalars['Boolean']['output'];
  acknowledgements: Array<EventAcknowledgement>;
  /** Subscribers it touches, in account order (for EQUIPMENT, none until assets computes them). */
  affectedSubscribers: SubscriberConnection;
  /** The roles it is shown to; empty: every member of staff. */
  audience: Array<Scalars['String']['output']>;
  auditTrail?: Maybe<Array<AuditEntry>>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Affected subscribers nobody has recorded as informed yet, in account order. */
  notInformed: SubscriberConnection;
  notes: Array<EventNote>;
  notifications: Array<EventNotification>;
  scope: CompanyEventScope;
  startsAt: Scalars['DateTime']['output'];
  status: CompanyEventStatus;
  title: Scalars['String']['output'];
  type: CompanyEventType;
  updatedAt: Scalars['DateTime']['output'];
};


/** Something the company does that touches subscribers: planned work, an outage, a visit, a campaign. */
export type CompanyEventAffectedSubscribersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the company does that touches subscribers: planned work, an outage, a visit, a campaign. */
export type CompanyEventAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the company does that touches subscribers: planned work, an outage, a visit, a campaign. */
export type CompanyEventNotInformedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CompanyEventConnection = {
  __typename?: 'CompanyEventConnection';
  edges: Array<CompanyEventEdge>;
  nodes: Array<CompanyEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEventEdge = {
  __typename?: 'CompanyEventEdge';
  cursor: Scalars['String']['output'];
  node: CompanyEvent;
};

export type CompanyEventFilter = {
  /** Events whose window holds this moment and that are not CANCELLED. */
  activeAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events touching this subscriber. */
  affecting?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CompanyEventStatus>>;
  types?: InputMaybe<Array<CompanyEventType>>;
};

export type CompanyEventPayload = {
  __typename?: 'CompanyEventPayload';
  event?: Maybe<CompanyEvent>;
  userErrors: Array<UserError>;
};

export type CompanyEventScope = {
  __typename?: 'CompanyEventScope';
  buildings: Array<BuildingRef>;
  districts: Array<Scalars['String']['output']>;
  /** Units of equipment (assets' `Equipment` ids). */
  equipmentIds: Array<Scalars['ID']['output']>;
  kind: CompanyEventScopeKind;
  /** EQUIPMENT: when the subscribers the units serve were last read from assets; null until they are. */
  servedAt?: Maybe<Scalars['DateTime']['output']>;
  subscriberIds: Array<Scalars['ID']['output']>;
};

export type CompanyEventScopeInput = {
  buildings?: InputMaybe<Array<BuildingRefInput>>;
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: CompanyEventScopeKind;
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CompanyEventScopeKind =
  /** Subscribers with premises in the districts or buildings named. */
  | 'AREA'
  /**
   * The subscribers the units of equipment listed serve (assets' `servedSubscribers`), read when the event is
   * created or changed and again whenever assets reports a change of topology or of a unit's place.
   */
  | 'EQUIPMENT'
  /** Every subscriber. */
  | 'EVERYONE'
  /** The subscribers listed. */
  | 'SUBSCRIBERS';

export type CompanyEventStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED';

export type CompanyEventType =
  | 'ANNOUNCEMENT'
  | 'APPOINTMENT'
  | 'CAMPAIGN'
  | 'OUTAGE'
  | 'PLANNED_WORK';

export type CompanyInput = {
  inn: Scalars['String']['input'];
  kpp?: InputMaybe<Scalars['String']['input']>;
  legalName: Scalars['String']['input'];
};

export type ContactChannel =
  | 'EMAIL'
  | 'MESSENGER'
  | 'PHONE'
  | 'POST'
  | 'SMS';

export type Contract = {
  __typename?: 'Contract';
  date: Scalars['Date']['output'];
  number: Scalars['String']['output'];
  type: ContractType;
};

export type ContractInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Left out: generated, «Д-<year>-<account number>». */
  number?: InputMaybe<Scalars['String']['input']>;
  type: ContractType;
};

export type ContractType =
  | 'CORPORATE'
  | 'INDIVIDUAL'
  | 'OFFER';

export type CreateCompanyEventInput = {
  /** Roles it is shown to; left out or empty: every member of staff. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  scope: CompanyEventScopeInput;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  type: CompanyEventType;
};

export type CreateSubscriberInput = {
  /** Required for COMPANY. */
  company?: InputMaybe<CompanyInput>;
  contract?: InputMaybe<ContractInput>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SubscriberKind;
  /** Required for PERSON. */
  person?: InputMaybe<PersonInput>;
  /** Any format a person writes; stored as E.164 (Russian numbers may start with 8). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<ContactChannel>;
  /** Default PROSPECT; ACTIVE for a client signed at once. */
  status?: InputMaybe<SubscriberStatus>;
};

export type EventAcknowledgement = {
  __typename?: 'EventAcknowledgement';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
};

export type EventNote = {
  __typename?: 'EventNote';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type EventNotification = {
  __typename?: 'EventNotification';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  channel: ContactChannel;
  subscriber: Subscriber;
};

export type IdentityDocument = {
  __typename?: 'IdentityDocument';
  /** null when masked. */
  issuedBy?: Maybe<Scalars['String']['output']>;
  /** null when masked. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** «••••34» when masked. */
  number: Scalars['String']['output'];
  /** «••••» when masked. */
  series?: Maybe<Scalars['String']['output']>;
  type: IdentityDocumentType;
};

export type IdentityDocumentInput = {
  issuedBy?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  number: Scalars['String']['input'];
  series?: InputMaybe<Scalars['String']['input']>;
  type: IdentityDocumentType;
};

export type IdentityDocumentType =
  | 'FOREIGN_PASSPORT'
  | 'OTHER'
  | 'PASSPORT_RF'
  | 'RESIDENCE_PERMIT';

export type Interaction = {
  __typename?: 'Interaction';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  channel?: Maybe<ContactChannel>;
  /** The company event it was about. */
  companyEvent?: Maybe<CompanyEvent>;
  direction?: Maybe<InteractionDirection>;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  text: Scalars['String']['output'];
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  nodes: Array<Interaction>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InteractionDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type InteractionKind =
  | 'CALL'
  | 'MESSAGE'
  | 'NOTE'
  | 'VISIT';

export type InteractionPayload = {
  __typename?: 'InteractionPayload';
  interaction?: Maybe<Interaction>;
  userErrors: Array<UserError>;
};

export type LogInteractionInput = {
  /** Default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  channel?: InputMaybe<ContactChannel>;
  companyEventId?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<InteractionDirection>;
  kind: InteractionKind;
  subscriberId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The caller has seen the event (once per person; again is a no-op). */
  acknowledgeCompanyEvent: CompanyEventPayload;
  addCompanyEventNote: CompanyEventPayload;
  addPremises: PremisesPayload;
  /** PLANNED → ACTIVE → COMPLETED; PLANNED or ACTIVE → CANCELLED. */
  changeCompanyEventStatus: CompanyEventPayload;
  /**
   * PENDING → ACTIVE (activate); ACTIVE → SUSPENDED; SUSPENDED → ACTIVE (resume); any of them → TERMINATED.
   * TERMINATED is final.
   */
  changeServiceStatus: SubscribedServicePayload;
  /**
   * Moves an active service to another tariff: the old one is TERMINATED, a new ACTIVE one at the new
   * tariff's quoted price takes its place (`replaces` names the old).
   */
  changeServiceTariff: SubscribedServicePayload;
  /** PROSPECT → ACTIVE; ACTIVE ⇄ SUSPENDED; any of them → TERMINATED (with a reason). TERMINATED is final. */
  changeSubscriberStatus: SubscriberPayload;
  createCompanyEvent: CompanyEventPayload;
  createSubscriber: SubscriberPayload;
  /** A call, visit, message or note in a subscriber's interaction log. */
  logInteraction: InteractionPayload;
  /** That an affected subscriber was told of the event: by which channel, when, by whom. */
  recordEventNotification: CompanyEventPayload;
  /**
   * A catalog SERVICE item (a tariff) at one of the subscriber's premises, PENDING, at the price the catalog
   * quotes now (kept: a later price change does not touch it).
   */
  subscribeService: SubscribedServicePayload;
  updateCompanyEvent: CompanyEventPayload;
  updatePremises: PremisesPayload;
  /** Changes a subscriber's details; fields left out stay as they are, lists given replace the old ones. */
  updateSubscriber: SubscriberPayload;
};


export type MutationAcknowledgeCompanyEventArgs = {
  input: AcknowledgeCompanyEventInput;
};


export type MutationAddCompanyEventNoteArgs = {
  input: AddCompanyEventNoteInput;
};


export type MutationAddPremisesArgs = {
  input: AddPremisesInput;
};


export type MutationChangeCompanyEventStatusArgs = {
  input: ChangeCompanyEventStatusInput;
};


export type MutationChangeServiceStatusArgs = {
  input: ChangeServiceStatusInput;
};


export type MutationChangeServiceTariffArgs = {
  input: ChangeServiceTariffInput;
};


export type MutationChangeSubscriberStatusArgs = {
  input: ChangeSubscriberStatusInput;
};


export type MutationCreateCompanyEventArgs = {
  input: CreateCompanyEventInput;
};


export type MutationCreateSubscriberArgs = {
  input: CreateSubscriberInput;
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationRecordEventNotificationArgs = {
  input: RecordEventNotificationInput;
};


export type MutationSubscribeServiceArgs = {
  input: SubscribeServiceInput;
};


export type MutationUpdateCompanyEventArgs = {
  input: UpdateCompanyEventInput;
};


export type MutationUpdatePremisesArgs = {
  input: UpdatePremisesInput;
};


export type MutationUpdateSubscriberArgs = {
  input: UpdateSubscriberInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Person = {
  __typename?: 'Person';
  name: Scalars['String']['output'];
  patronymic?: Maybe<Scalars['String']['output']>;
  /**
   * Birth date and identity document. With the `subscribers:pii` scope and a `reason` (kept in the audit log
   * with who read it), as they are; for everyone else masked (`masked: true`, no birth date, the document's
   * number but its last two digits hidden).
   */
  personalData: PersonalData;
  surname: Scalars['String']['output'];
};


export type PersonPersonalDataArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PersonInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  identityDocument?: InputMaybe<IdentityDocumentInput>;
  name: Scalars['String']['input'];
  patronymic?: InputMaybe<Scalars['String']['input']>;
  surname: Scalars['String']['input'];
};

export type PersonalData = {
  __typename?: 'PersonalData';
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Only the year when masked. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  identityDocument?: Maybe<IdentityDocument>;
  masked: Scalars['Boolean']['output'];
};

export type Phone = {
  __typename?: 'Phone';
  /** As people read it, e.g. "+7 921 555 12 34". */
  display: Scalars['String']['output'];
  /** E.164, e.g. "+79215551234". */
  number: Scalars['String']['output'];
};

/** A place a subscriber is served at: a structured address and where it connects to the network. */
export type Premises = {
  __typename?: 'Premises';
  address: Address;
  /** The address in one line, «Санкт-Петербург, Приморский р-н, ул. Савушкина, д. 12, кв. 45». */
  addressText: Scalars['String']['output'];
  /** Where it connects: an OLT port, a splitter, a switch port, as the network names it. */
  connectionPoint?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  services: Array<SubscribedService>;
  subscriber: Subscriber;
};


/** A place a subscriber is served at: a structured address and where it connects to the network. */
export type PremisesServicesArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PremisesPayload = {
  __typename?: 'PremisesPayload';
  premises?: Maybe<Premises>;
  userErrors: Array<UserError>;
};

export type PricePeriod =
  | 'MONTH'
  | 'ONCE'
  | 'QUARTER'
  | 'YEAR';

export type Query = {
  __typename?: 'Query';
  /** One company event; null when there is none or it is not shown to the caller's roles. */
  companyEvent?: Maybe<CompanyEvent>;
  /** Company events shown to the caller's roles (ADMIN sees all), by start time, newest first. */
  companyEvents: CompanyEventConnection;
  /** One premises by id. */
  premises?: Maybe<Premises>;
  /** One subscribed service by id. */
  subscribedService?: Maybe<SubscribedService>;
  /** One subscriber by id; null when there is none. */
  subscriber?: Maybe<Subscriber>;
  /** A subscriber by account number, e.g. "10000016"; null when there is none. */
  subscriberByAccount?: Maybe<Subscriber>;
  /**
   * Subscribers. Without `filter.search`: newest first. With it, one box for everything: a phone in any
   * format (`89215551234`, `+7 (921) 555-12-34`), an account number or a contract number finds that
   * subscriber exactly; any other text is a fuzzy search over names and addresses — every word must match:
   * as typed, as the start of known words (a number matches as typed or followed by a letter: `12` finds
   * `12` and `12к2`, not `120`; words of one or two letters only as typed), or, for a word nothing starts
   * with, as one of the closest known words with the same first letter (Russian or English; ё is е). A
   * search matching up to about 2,000 subscribers is listed best match first (words as typed, then rank); a
   * broader one newest first.
   */
  subscribers: SubscriberConnection;
};


export type QueryCompanyEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPremisesArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscribedServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriberByAccountArgs = {
  accountNumber: Scalars['String']['input'];
};


export type QuerySubscribersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SubscriberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordEventNotificationInput = {
  /** Default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  channel: ContactChannel;
  eventId: Scalars['ID']['input'];
  subscriberId: Scalars['ID']['input'];
};

export type ServiceStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED'
  | 'TERMINATED';

export type ServiceStatusChange = {
  __typename?: 'ServiceStatusChange';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: ServiceStatus;
};

export type SubscribeServiceInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  premisesId: Scalars['ID']['input'];
  /** A promotion code for the catalog's quote. */
  promoCode?: InputMaybe<Scalars['String']['input']>;
  /** A catalog item of kind SERVICE. */
  tariffId: Scalars['ID']['input'];
};

/** A tariff (a catalog SERVICE item) a subscriber has at a premises, at the price agreed when subscribing. */
export type SubscribedService = {
  __typename?: 'SubscribedService';
  activatedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Every status it had, oldest first. */
  history: Array<ServiceStatusChange>;
  id: Scalars['ID']['output'];
  premises: Premises;
  /** The price agreed when subscribing (with VAT when the catalog's price includes it). */
  price: Scalars['Money']['output'];
  pricePeriod: PricePeriod;
  /** The service this one replaced by a change of tariff. */
  replaces?: Maybe<SubscribedService>;
  status: ServiceStatus;
  subscriber: Subscriber;
  tariff: CatalogItem;
  /** The tariff's name and SKU when subscribed. */
  tariffName: Scalars['String']['output'];
  tariffSku: Scalars['String']['output'];
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

export type SubscribedServicePayload = {
  __typename?: 'SubscribedServicePayload';
  service?: Maybe<SubscribedService>;
  userErrors: Array<UserError>;
};

/** A client of the operator: a person or a company, its contacts, contract and status. */
export type Subscriber = {
  __typename?: 'Subscriber';
  /** Generated, unique, eight digits (the last a check digit), e.g. "10000016". */
  accountNumber: Scalars['String']['output'];
  /**
   * Company events touching this subscriber that are not over: PLANNED or ACTIVE and not yet ended (or, with
   * `at`, whose window holds that moment), shown to the caller's roles, soonest first.
   */
  activeEvents: Array<CompanyEvent>;
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** A company's legal details; null for a person. */
  company?: Maybe<Company>;
  contract?: Maybe<Contract>;
  createdAt: Scalars['DateTime']['output'];
  /** «Иванов Пётр Сергеевич» or the legal name. */
  displayName: Scalars['String']['output'];
  emails: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Calls, visits, messages and notes, newest first. */
  interactions: InteractionConnection;
  kind: SubscriberKind;
  /** A person's names and personal data; null for a company. */
  person?: Maybe<Person>;
  phones: Array<Phone>;
  preferredChannel?: Maybe<ContactChannel>;
  premises: Array<Premises>;
  /** Services at every premises, newest first; TERMINATED ones too unless `current`. */
  services: Array<SubscribedService>;
  status: SubscriberStatus;
  statusDate?: Maybe<Scalars['Date']['output']>;
  /** Every status it had, oldest first. */
  statusHistory: Array<SubscriberStatusChange>;
  /** Why it is SUSPENDED or TERMINATED, and since when. */
  statusReason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A client of the operator: a person or a company, its contacts, contract and status. */
export type SubscriberActiveEventsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A client of the operator: a person or a company, its contacts, contract and status. */
export type SubscriberAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A client of the operator: a person or a company, its contacts, contract and status. */
export type SubscriberInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A client of the operator: a person or a company, its contacts, contract and status. */
export type SubscriberServicesArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SubscriberConnection = {
  __typename?: 'SubscriberConnection';
  edges: Array<SubscriberEdge>;
  nodes: Array<Subscriber>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubscriberEdge = {
  __typename?: 'SubscriberEdge';
  cursor: Scalars['String']['output'];
  node: Subscriber;
};

export type SubscriberFilter = {
  /** Subscribers with premises in this district (as the addresses spell it, any letter case). */
  district?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<SubscriberKind>;
  /** A phone, account or contract number, or words of a name or address (see `Query.subscribers`). */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<SubscriberStatus>>;
};

export type SubscriberKind =
  | 'COMPANY'
  | 'PERSON';

export type SubscriberPayload = {
  __typename?: 'SubscriberPayload';
  subscriber?: Maybe<Subscriber>;
  userErrors: Array<UserError>;
};

export type SubscriberStatus =
  | 'ACTIVE'
  | 'PROSPECT'
  | 'SUSPENDED'
  | 'TERMINATED';

export type SubscriberStatusChange = {
  __typename?: 'SubscriberStatusChange';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: SubscriberStatus;
};

export type UpdateCompanyEventInput = {
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  scope?: InputMaybe<CompanyEventScopeInput>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePremisesInput = {
  address?: InputMaybe<AddressInput>;
  connectionPoint?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateSubscriberInput = {
  company?: InputMaybe<CompanyInput>;
  contract?: InputMaybe<ContractInput>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  person?: InputMaybe<PersonInput>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<ContactChannel>;
};

/** A domain failure of a mutation: `field` is the path into the input, `code` is stable for programs. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CompanyEvent: CompanyEvent;
  Premises: Premises;
  SubscribedService: SubscribedService;
  Subscriber: Subscriber;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CompanyEvent:
    ( { __typename: 'CompanyEvent' }
    & GraphQLRecursivePick<FederationTypes['CompanyEvent'], {"id":true}> );
  Premises:
    ( { __typename: 'Premises' }
    & GraphQLRecursivePick<FederationTypes['Premises'], {"id":true}> );
  SubscribedService:
    ( { __typename: 'SubscribedService' }
    & GraphQLRecursivePick<FederationTypes['SubscribedService'], {"id":true}> );
  Subscriber:
    ( { __typename: 'Subscriber' }
    & GraphQLRecursivePick<FederationTypes['Subscriber'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcknowledgeCompanyEventInput: AcknowledgeCompanyEventInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCompanyEventNoteInput: AddCompanyEventNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddPremisesInput: AddPremisesInput;
  Address: ResolverTypeWrapper<PremisesRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AddressInput: AddressInput;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  BuildingRef: ResolverTypeWrapper<BuildingRef>;
  BuildingRefInput: BuildingRefInput;
  CatalogItem: ResolverTypeWrapper<CatalogItemRef>;
  ChangeCompanyEventStatusInput: ChangeCompanyEventStatusInput;
  ChangeServiceStatusInput: ChangeServiceStatusInput;
  ChangeServiceTariffInput: ChangeServiceTariffInput;
  ChangeSubscriberStatusInput: ChangeSubscriberStatusInput;
  Company: ResolverTypeWrapper<SubscriberRow>;
  CompanyEvent: ResolverTypeWrapper<CompanyEventRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CompanyEventConnection: ResolverTypeWrapper<Connection<CompanyEventRow>>;
  CompanyEventEdge: ResolverTypeWrapper<Omit<CompanyEventEdge, 'node'> & { node: ResolversTypes['CompanyEvent'] }>;
  CompanyEventFilter: CompanyEventFilter;
  CompanyEventPayload: ResolverTypeWrapper<Payload<'event', CompanyEventRow>>;
  CompanyEventScope: ResolverTypeWrapper<CompanyEventRow>;
  CompanyEventScopeInput: CompanyEventScopeInput;
  CompanyEventScopeKind: CompanyEventScopeKind;
  CompanyEventStatus: CompanyEventStatus;
  CompanyEventType: CompanyEventType;
  CompanyInput: CompanyInput;
  ContactChannel: ContactChannel;
  Contract: ResolverTypeWrapper<Contract>;
  ContractInput: ContractInput;
  ContractType: ContractType;
  CreateCompanyEventInput: CreateCompanyEventInput;
  CreateSubscriberInput: CreateSubscriberInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventAcknowledgement: ResolverTypeWrapper<EventAcknowledgement>;
  EventNote: ResolverTypeWrapper<EventNote>;
  EventNotification: ResolverTypeWrapper<NotificationRow>;
  IdentityDocument: ResolverTypeWrapper<IdentityDocument>;
  IdentityDocumentInput: IdentityDocumentInput;
  IdentityDocumentType: IdentityDocumentType;
  Interaction: ResolverTypeWrapper<InteractionRow>;
  InteractionConnection: ResolverTypeWrapper<Connection<InteractionRow>>;
  InteractionDirection: InteractionDirection;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionKind: InteractionKind;
  InteractionPayload: ResolverTypeWrapper<Payload<'interaction', InteractionRow>>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LogInteractionInput: LogInteractionInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<SubscriberRow>;
  PersonInput: PersonInput;
  PersonalData: ResolverTypeWrapper<PersonalData>;
  Phone: ResolverTypeWrapper<Phone>;
  Premises: ResolverTypeWrapper<PremisesRow>;
  PremisesPayload: ResolverTypeWrapper<Payload<'premises', PremisesRow>>;
  PricePeriod: PricePeriod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordEventNotificationInput: RecordEventNotificationInput;
  ServiceStatus: ServiceStatus;
  ServiceStatusChange: ResolverTypeWrapper<ServiceStatusChangeRow>;
  SubscribeServiceInput: SubscribeServiceInput;
  SubscribedService: ResolverTypeWrapper<ServiceRow>;
  SubscribedServicePayload: ResolverTypeWrapper<Payload<'service', ServiceRow>>;
  Subscriber: ResolverTypeWrapper<SubscriberRow>;
  SubscriberConnection: ResolverTypeWrapper<Connection<SubscriberRow>>;
  SubscriberEdge: ResolverTypeWrapper<Omit<SubscriberEdge, 'node'> & { node: ResolversTypes['Subscriber'] }>;
  SubscriberFilter: SubscriberFilter;
  SubscriberKind: SubscriberKind;
  SubscriberPayload: ResolverTypeWrapper<Payload<'subscriber', SubscriberRow>>;
  SubscriberStatus: SubscriberStatus;
  SubscriberStatusChange: ResolverTypeWrapper<SubscriberStatusChangeRow>;
  UpdateCompanyEventInput: UpdateCompanyEventInput;
  UpdatePremisesInput: UpdatePremisesInput;
  UpdateSubscriberInput: UpdateSubscriberInput;
  UserError: ResolverTypeWrapper<UserError>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcknowledgeCompanyEventInput: AcknowledgeCompanyEventInput;
  ID: Scalars['ID']['output'];
  AddCompanyEventNoteInput: AddCompanyEventNoteInput;
  String: Scalars['String']['output'];
  AddPremisesInput: AddPremisesInput;
  Address: PremisesRow;
  Float: Scalars['Float']['output'];
  AddressInput: AddressInput;
  AuditEntry: AuditRow;
  BuildingRef: BuildingRef;
  BuildingRefInput: BuildingRefInput;
  CatalogItem: CatalogItemRef;
  ChangeCompanyEventStatusInput: ChangeCompanyEventStatusInput;
  ChangeServiceStatusInput: ChangeServiceStatusInput;
  ChangeServiceTariffInput: ChangeServiceTariffInput;
  ChangeSubscriberStatusInput: ChangeSubscriberStatusInput;
  Company: SubscriberRow;
  CompanyEvent: CompanyEventRow;
  Boolean: Scalars['Boolean']['output'];
  CompanyEventConnection: Connection<CompanyEventRow>;
  CompanyEventEdge: Omit<CompanyEventEdge, 'node'> & { node: ResolversParentTypes['CompanyEvent'] };
  CompanyEventFilter: CompanyEventFilter;
  CompanyEventPayload: Payload<'event', CompanyEventRow>;
  CompanyEventScope: CompanyEventRow;
  CompanyEventScopeInput: CompanyEventScopeInput;
  CompanyInput: CompanyInput;
  Contract: Contract;
  ContractInput: ContractInput;
  CreateCompanyEventInput: CreateCompanyEventInput;
  CreateSubscriberInput: CreateSubscriberInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EventAcknowledgement: EventAcknowledgement;
  EventNote: EventNote;
  EventNotification: NotificationRow;
  IdentityDocument: IdentityDocument;
  IdentityDocumentInput: IdentityDocumentInput;
  Interaction: InteractionRow;
  InteractionConnection: Connection<InteractionRow>;
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  InteractionPayload: Payload<'interaction', InteractionRow>;
  JSON: Scalars['JSON']['output'];
  LogInteractionInput: LogInteractionInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: SubscriberRow;
  PersonInput: PersonInput;
  PersonalData: PersonalData;
  Phone: Phone;
  Premises: PremisesRow;
  PremisesPayload: Payload<'premises', PremisesRow>;
  Query: Record<PropertyKey, never>;
  RecordEventNotificationInput: RecordEventNotificationInput;
  ServiceStatusChange: ServiceStatusChangeRow;
  SubscribeServiceInput: SubscribeServiceInput;
  SubscribedService: ServiceRow;
  SubscribedServicePayload: Payload<'service', ServiceRow>;
  Subscriber: SubscriberRow;
  SubscriberConnection: Connection<SubscriberRow>;
  SubscriberEdge: Omit<SubscriberEdge, 'node'> & { node: ResolversParentTypes['Subscriber'] };
  SubscriberFilter: SubscriberFilter;
  SubscriberPayload: Payload<'subscriber', SubscriberRow>;
  SubscriberStatusChange: SubscriberStatusChangeRow;
  UpdateCompanyEventInput: UpdateCompanyEventInput;
  UpdatePremisesInput: UpdatePremisesInput;
  UpdateSubscriberInput: UpdateSubscriberInput;
  UserError: UserError;
  Int: Scalars['Int']['output'];
}>;

export type BulkInputDirectiveArgs = {
  maxBytes: Scalars['Int']['input'];
};

export type BulkInputDirectiveResolver<Result, Parent, ContextType = SubscribersContext, Args = BulkInputDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = SubscribersContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  apartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  building?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entrance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  floor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BuildingRefResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['BuildingRef'] = ResolversParentTypes['BuildingRef']> = ResolversObject<{
  building?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CatalogItemResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CatalogItem'] = ResolversParentTypes['CatalogItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  inn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kpp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompanyEventResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CompanyEvent'] = ResolversParentTypes['CompanyEvent'], FederationReferenceType extends FederationReferenceTypes['CompanyEvent'] = FederationReferenceTypes['CompanyEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CompanyEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgements?: Resolver<Array<ResolversTypes['EventAcknowledgement']>, ParentType, ContextType>;
  affectedSubscribers?: Resolver<ResolversTypes['SubscriberConnection'], ParentType, ContextType, Partial<CompanyEventAffectedSubscribersArgs>>;
  audience?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<CompanyEventAuditTrailArgs, 'limit'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notInformed?: Resolver<ResolversTypes['SubscriberConnection'], ParentType, ContextType, Partial<CompanyEventNotInformedArgs>>;
  notes?: Resolver<Array<ResolversTypes['EventNote']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['EventNotification']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CompanyEventScope'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CompanyEventStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CompanyEventType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CompanyEventConnectionResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CompanyEventConnection'] = ResolversParentTypes['CompanyEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompanyEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompanyEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyEventEdgeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CompanyEventEdge'] = ResolversParentTypes['CompanyEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompanyEvent'], ParentType, ContextType>;
}>;

export type CompanyEventPayloadResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CompanyEventPayload'] = ResolversParentTypes['CompanyEventPayload']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['CompanyEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CompanyEventScopeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['CompanyEventScope'] = ResolversParentTypes['CompanyEventScope']> = ResolversObject<{
  buildings?: Resolver<Array<ResolversTypes['BuildingRef']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  equipmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompanyEventScopeKind'], ParentType, ContextType>;
  servedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subscriberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ContractResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventAcknowledgementResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['EventAcknowledgement'] = ResolversParentTypes['EventAcknowledgement']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventNoteResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['EventNote'] = ResolversParentTypes['EventNote']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventNotificationResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['EventNotification'] = ResolversParentTypes['EventNotification']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  subscriber?: Resolver<ResolversTypes['Subscriber'], ParentType, ContextType>;
}>;

export type IdentityDocumentResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument']> = ResolversObject<{
  issuedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdentityDocumentType'], ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  companyEvent?: Resolver<Maybe<ResolversTypes['CompanyEvent']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['InteractionDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InteractionConnectionResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InteractionEdgeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
}>;

export type InteractionPayloadResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['InteractionPayload'] = ResolversParentTypes['InteractionPayload']> = ResolversObject<{
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeCompanyEvent?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeCompanyEventArgs, 'input'>>;
  addCompanyEventNote?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationAddCompanyEventNoteArgs, 'input'>>;
  addPremises?: Resolver<ResolversTypes['PremisesPayload'], ParentType, ContextType, RequireFields<MutationAddPremisesArgs, 'input'>>;
  changeCompanyEventStatus?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationChangeCompanyEventStatusArgs, 'input'>>;
  changeServiceStatus?: Resolver<ResolversTypes['SubscribedServicePayload'], ParentType, ContextType, RequireFields<MutationChangeServiceStatusArgs, 'input'>>;
  changeServiceTariff?: Resolver<ResolversTypes['SubscribedServicePayload'], ParentType, ContextType, RequireFields<MutationChangeServiceTariffArgs, 'input'>>;
  changeSubscriberStatus?: Resolver<ResolversTypes['SubscriberPayload'], ParentType, ContextType, RequireFields<MutationChangeSubscriberStatusArgs, 'input'>>;
  createCompanyEvent?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyEventArgs, 'input'>>;
  createSubscriber?: Resolver<ResolversTypes['SubscriberPayload'], ParentType, ContextType, RequireFields<MutationCreateSubscriberArgs, 'input'>>;
  logInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  recordEventNotification?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationRecordEventNotificationArgs, 'input'>>;
  subscribeService?: Resolver<ResolversTypes['SubscribedServicePayload'], ParentType, ContextType, RequireFields<MutationSubscribeServiceArgs, 'input'>>;
  updateCompanyEvent?: Resolver<ResolversTypes['CompanyEventPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyEventArgs, 'input'>>;
  updatePremises?: Resolver<ResolversTypes['PremisesPayload'], ParentType, ContextType, RequireFields<MutationUpdatePremisesArgs, 'input'>>;
  updateSubscriber?: Resolver<ResolversTypes['SubscriberPayload'], ParentType, ContextType, RequireFields<MutationUpdateSubscriberArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patronymic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personalData?: Resolver<ResolversTypes['PersonalData'], ParentType, ContextType, Partial<PersonPersonalDataArgs>>;
  surname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalDataResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData']> = ResolversObject<{
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  identityDocument?: Resolver<Maybe<ResolversTypes['IdentityDocument']>, ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremisesResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Premises'] = ResolversParentTypes['Premises'], FederationReferenceType extends FederationReferenceTypes['Premises'] = FederationReferenceTypes['Premises']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Premises']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  addressText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connectionPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['SubscribedService']>, ParentType, ContextType, RequireFields<PremisesServicesArgs, 'current'>>;
  subscriber?: Resolver<ResolversTypes['Subscriber'], ParentType, ContextType>;
}>;

export type PremisesPayloadResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['PremisesPayload'] = ResolversParentTypes['PremisesPayload']> = ResolversObject<{
  premises?: Resolver<Maybe<ResolversTypes['Premises']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companyEvent?: Resolver<Maybe<ResolversTypes['CompanyEvent']>, ParentType, ContextType, RequireFields<QueryCompanyEventArgs, 'id'>>;
  companyEvents?: Resolver<ResolversTypes['CompanyEventConnection'], ParentType, ContextType, Partial<QueryCompanyEventsArgs>>;
  premises?: Resolver<Maybe<ResolversTypes['Premises']>, ParentType, ContextType, RequireFields<QueryPremisesArgs, 'id'>>;
  subscribedService?: Resolver<Maybe<ResolversTypes['SubscribedService']>, ParentType, ContextType, RequireFields<QuerySubscribedServiceArgs, 'id'>>;
  subscriber?: Resolver<Maybe<ResolversTypes['Subscriber']>, ParentType, ContextType, RequireFields<QuerySubscriberArgs, 'id'>>;
  subscriberByAccount?: Resolver<Maybe<ResolversTypes['Subscriber']>, ParentType, ContextType, RequireFields<QuerySubscriberByAccountArgs, 'accountNumber'>>;
  subscribers?: Resolver<ResolversTypes['SubscriberConnection'], ParentType, ContextType, Partial<QuerySubscribersArgs>>;
}>;

export type ServiceStatusChangeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['ServiceStatusChange'] = ResolversParentTypes['ServiceStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
}>;

export type SubscribedServiceResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscribedService'] = ResolversParentTypes['SubscribedService'], FederationReferenceType extends FederationReferenceTypes['SubscribedService'] = FederationReferenceTypes['SubscribedService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubscribedService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ServiceStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premises?: Resolver<ResolversTypes['Premises'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pricePeriod?: Resolver<ResolversTypes['PricePeriod'], ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['SubscribedService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
  subscriber?: Resolver<ResolversTypes['Subscriber'], ParentType, ContextType>;
  tariff?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  tariffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tariffSku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type SubscribedServicePayloadResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscribedServicePayload'] = ResolversParentTypes['SubscribedServicePayload']> = ResolversObject<{
  service?: Resolver<Maybe<ResolversTypes['SubscribedService']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SubscriberResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['Subscriber'] = ResolversParentTypes['Subscriber'], FederationReferenceType extends FederationReferenceTypes['Subscriber'] = FederationReferenceTypes['Subscriber']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subscriber']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activeEvents?: Resolver<Array<ResolversTypes['CompanyEvent']>, ParentType, ContextType, Partial<SubscriberActiveEventsArgs>>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<SubscriberAuditTrailArgs, 'limit'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, Partial<SubscriberInteractionsArgs>>;
  kind?: Resolver<ResolversTypes['SubscriberKind'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  preferredChannel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Premises']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['SubscribedService']>, ParentType, ContextType, RequireFields<SubscriberServicesArgs, 'current'>>;
  status?: Resolver<ResolversTypes['SubscriberStatus'], ParentType, ContextType>;
  statusDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['SubscriberStatusChange']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SubscriberConnectionResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscriberConnection'] = ResolversParentTypes['SubscriberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SubscriberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriberEdgeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscriberEdge'] = ResolversParentTypes['SubscriberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subscriber'], ParentType, ContextType>;
}>;

export type SubscriberPayloadResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscriberPayload'] = ResolversParentTypes['SubscriberPayload']> = ResolversObject<{
  subscriber?: Resolver<Maybe<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SubscriberStatusChangeResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['SubscriberStatusChange'] = ResolversParentTypes['SubscriberStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriberStatus'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubscribersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubscribersContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  BuildingRef?: BuildingRefResolvers<ContextType>;
  CatalogItem?: CatalogItemResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyEvent?: CompanyEventResolvers<ContextType>;
  CompanyEventConnection?: CompanyEventConnectionResolvers<ContextType>;
  CompanyEventEdge?: CompanyEventEdgeResolvers<ContextType>;
  CompanyEventPayload?: CompanyEventPayloadResolvers<ContextType>;
  CompanyEventScope?: CompanyEventScopeResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EventAcknowledgement?: EventAcknowledgementResolvers<ContextType>;
  EventNote?: EventNoteResolvers<ContextType>;
  EventNotification?: EventNotificationResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  InteractionPayload?: InteractionPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Premises?: PremisesResolvers<ContextType>;
  PremisesPayload?: PremisesPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceStatusChange?: ServiceStatusChangeResolvers<ContextType>;
  SubscribedService?: SubscribedServiceResolvers<ContextType>;
  SubscribedServicePayload?: SubscribedServicePayloadResolvers<ContextType>;
  Subscriber?: SubscriberResolvers<ContextType>;
  SubscriberConnection?: SubscriberConnectionResolvers<ContextType>;
  SubscriberEdge?: SubscriberEdgeResolvers<ContextType>;
  SubscriberPayload?: SubscriberPayloadResolvers<ContextType>;
  SubscriberStatusChange?: SubscriberStatusChangeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubscribersContext> = ResolversObject<{
  bulkInput?: BulkInputDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
