import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EquipmentRow, PortRow, LinkRow, SiteRow, HistoryRow } from '../db/tables.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { Payload } from '../../shared/errors.ts';
import type { EntityRef, PlaceRef, DifferenceRow } from '../db/queries.ts';
import type { AuditRow } from '../../shared/audit.ts';
import type { AssetsContext } from '../context.ts';
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

export type CatalogItem = {
  __typename?: 'CatalogItem';
  id: Scalars['ID']['output'];
  /** Units of this model, newest first. */
  units: EquipmentConnection;
};


export type CatalogItemUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EquipmentStatus>;
};

export type ChangeEquipmentStatusInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: EquipmentStatus;
};

export type ConnectLinkInput = {
  /** The port of the unit below (e.g. an ONT's uplink). */
  downstreamPortId: Scalars['ID']['input'];
  /** The port of the unit above (e.g. an OLT's PON port). */
  upstreamPortId: Scalars['ID']['input'];
};

export type CreateNetworkSiteInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: NetworkSiteKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
};

export type CsvImportMode =
  /** A file with any bad row changes nothing. */
  | 'ALL_OR_NOTHING'
  /** Valid rows are written; bad rows are reported. */
  | 'VALID_ROWS_ONLY';

export type DisconnectLinkInput = {
  id: Scalars['ID']['input'];
};

/** A unit of equipment: subscriber CPE, access and core network equipment, or stock in a warehouse. */
export type Equipment = {
  __typename?: 'Equipment';
  attributes?: Maybe<Scalars['JSON']['output']>;
  cost?: Maybe<Scalars['Money']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The units below it (all levels), nearest first. */
  downstream: EquipmentConnection;
  firmware?: Maybe<Scalars['String']['output']>;
  /** Every change, newest first: place, status, firmware, links, details. */
  history: Array<EquipmentHistoryEntry>;
  id: Scalars['ID']['output'];
  /** Generated, unique, e.g. "INV-000123". */
  inventoryNumber: Scalars['String']['output'];
  /** What its label's Code 128 and QR carry (see README, «Labels»). */
  labelPayload: EquipmentLabel;
  /** The newest history entry. */
  lastChange?: Maybe<EquipmentHistoryEntry>;
  /** As `AA:BB:CC:DD:EE:FF`. */
  macs: Array<Scalars['String']['output']>;
  managementIp?: Maybe<Scalars['String']['output']>;
  /** The catalog's model. */
  model: CatalogItem;
  place?: Maybe<EquipmentPlace>;
  /** Where it is: a warehouse (by id), a subscriber's premises, or a network site; exactly one. */
  placeKind: EquipmentPlaceKind;
  ports: Array<EquipmentPort>;
  purchaseDate?: Maybe<Scalars['Date']['output']>;
  role: EquipmentRole;
  /** Unique per model, upper case. */
  serial: Scalars['String']['output'];
  /**
   * The subscribers it serves (as `servedSubscribers`), a page at a time in id order: up to 100 a page (20
   * by default); `totalCount` is `servedSubscriberCount`.
   */
  servedSubscriberConnection: ServedSubscriberConnection;
  /** How many subscribers it serves (as `servedSubscribers` lists them), counted without listing them. */
  servedSubscriberCount: Scalars['Int']['output'];
  /**
   * Every subscriber with a unit installed below it (or at it), each once, in id order, all in one answer:
   * below an OLT that is thousands, a heavy answer (its time goes to building and passing the objects more
   * than to finding them). For a page use `servedSubscriberConnection`, for the number
   * `servedSubscriberCount`.
   */
  servedSubscribers: Array<Subscriber>;
  status: EquipmentStatus;
  /** For a unit at a premises: the subscriber it is at. */
  subscriber?: Maybe<Subscriber>;
  updatedAt: Scalars['DateTime']['output'];
  /** The units above it, nearest first, up to the core. */
  upstreamPath: Array<Equipment>;
  warrantyUntil?: Maybe<Scalars['Date']['output']>;
};


/** A unit of equipment: subscriber CPE, access and core network equipment, or stock in a warehouse. */
export type EquipmentDownstreamArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of equipment: subscriber CPE, access and core network equipment, or stock in a warehouse. */
export type EquipmentHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of equipment: subscriber CPE, access and core network equipment, or stock in a warehouse. */
export type EquipmentServedSubscriberConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EquipmentChange =
  | 'CREATED'
  | 'DETAILS'
  | 'FIRMWARE'
  | 'LINK'
  | 'PLACE'
  | 'STATUS';

export type EquipmentConnection = {
  __typename?: 'EquipmentConnection';
  edges: Array<EquipmentEdge>;
  nodes: Array<Equipment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EquipmentCsvImportInput = {
  /** The file's text (UTF-8; `,` or `;` separated; a header line); at most 20 MB. */
  csv: Scalars['String']['input'];
  /** Check everything and report, write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<CsvImportMode>;
};

export type EquipmentCsvImportPayload = {
  __typename?: 'EquipmentCsvImportPayload';
  errors: Array<EquipmentCsvRowError>;
  registered: Scalars['Int']['output'];
  /** Rows not written (bad rows, or all rows when the file was refused). */
  skipped: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type EquipmentCsvRowError = {
  __typename?: 'EquipmentCsvRowError';
  code: Scalars['String']['output'];
  column?: Maybe<Scalars['String']['output']>;
  /** 1-based line in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type EquipmentDifference = {
  __typename?: 'EquipmentDifference';
  /** The unit assets records for the serial; null when it has none. */
  equipment?: Maybe<Equipment>;
  model: CatalogItem;
  placeId?: Maybe<Scalars['ID']['output']>;
  /** What assets records (null when it has no unit). */
  placeKind?: Maybe<EquipmentPlaceKind>;
  problem: Scalars['String']['output'];
  serial: Scalars['String']['output'];
  status?: Maybe<EquipmentStatus>;
  /** Where the warehouse has the serial (a location id), null when it does not know it. */
  warehouseLocationId?: Maybe<Scalars['ID']['output']>;
};

export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  cursor: Scalars['String']['output'];
  node: Equipment;
};

export type EquipmentFilter = {
  modelId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<EquipmentRole>>;
  search?: InputMaybe<Scalars['String']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<EquipmentStatus>>;
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type EquipmentHistoryEntry = {
  __typename?: 'EquipmentHistoryEntry';
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  by: Scalars['String']['output'];
  change: EquipmentChange;
  /** The warehouse document that caused it. */
  documentId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type EquipmentLabel = {
  __typename?: 'EquipmentLabel';
  /** What the Code 128 encodes: the inventory number. */
  code128: Scalars['String']['output'];
  /** What the QR encodes: `oss:eq:<inventory number>`. */
  qr: Scalars['String']['output'];
};

export type EquipmentPayload = {
  __typename?: 'EquipmentPayload';
  equipment?: Maybe<Equipment>;
  userErrors: Array<UserError>;
};

export type EquipmentPlace = NetworkSite | Premises | Warehouse;

export type EquipmentPlaceKind =
  | 'PREMISES'
  | 'SITE'
  | 'WAREHOUSE';

export type EquipmentPort = {
  __typename?: 'EquipmentPort';
  id: Scalars['ID']['output'];
  index: Scalars['Int']['output'];
  /** The link on it, if any. */
  link?: Maybe<Link>;
  name: Scalars['String']['output'];
  /** Mbit/s. */
  speed?: Maybe<Scalars['Int']['output']>;
  type: Scalars['String']['output'];
};

export type EquipmentReconciliation = {
  __typename?: 'EquipmentReconciliation';
  /** Units compared with the warehouse's record of their serial. */
  checked: Scalars['Int']['output'];
  differences: Array<EquipmentDifference>;
};

export type EquipmentRole =
  /** OLT, DSLAM, access switch. */
  | 'ACCESS'
  | 'AGGREGATION'
  | 'CORE'
  /** Customer premises equipment: ONT, router. */
  | 'CPE'
  /** Splitters, patch panels. */
  | 'PASSIVE';

export type EquipmentStatus =
  | 'DECOMMISSIONED'
  | 'INSTALLED'
  | 'IN_REPAIR'
  | 'IN_STOCK'
  | 'LOST'
  | 'RESERVED'
  | 'WRITTEN_OFF';

export type InstallEquipmentInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  siteId: Scalars['ID']['input'];
};

/** A connection between a downstream unit's port and an upstream unit's port. */
export type Link = {
  __typename?: 'Link';
  createdAt: Scalars['DateTime']['output'];
  downstream: Equipment;
  downstreamPort: EquipmentPort;
  id: Scalars['ID']['output'];
  upstream: Equipment;
  upstreamPort: EquipmentPort;
};

export type LinkPayload = {
  __typename?: 'LinkPayload';
  link?: Maybe<Link>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Allowed transitions only: IN_STOCK → RESERVED, INSTALLED, IN_REPAIR, WRITTEN_OFF, LOST; RESERVED →
   * IN_STOCK, INSTALLED; INSTALLED → IN_REPAIR, DECOMMISSIONED, LOST; IN_REPAIR → IN_STOCK, WRITTEN_OFF;
   * DECOMMISSIONED → IN_STOCK, WRITTEN_OFF; LOST → IN_STOCK (found). WRITTEN_OFF is final.
   */
  changeEquipmentStatus: EquipmentPayload;
  /** Connects a downstream unit's port to an upstream unit's port; a port holds one link, and no loop is allowed. */
  connectLink: LinkPayload;
  createNetworkSite: NetworkSitePayload;
  disconnectLink: LinkPayload;
  /**
   * Registers units from CSV (columns: serial, model_sku or model_id, role, status, site_code, management_ip,
   * macs (space separated), firmware, purchase_date, warranty_until, cost); ALL_OR_NOTHING or VALID_ROWS_ONLY,
   * with every row's errors.
   */
  importEquipmentCsv: EquipmentCsvImportPayload;
  /**
   * Installs a unit at a network site. A unit the warehouse holds must first be issued from it (RESERVED by an
   * issue document): installing one still IN_STOCK in a warehouse is NOT_ISSUED.
   */
  installEquipment: EquipmentPayload;
  /** A unit that predates the system (network equipment), or one the warehouse has not seen; IN_STOCK or INSTALLED. */
  registerEquipment: EquipmentPayload;
  /** Takes a unit off its site: DECOMMISSIONED, its links disconnected. */
  removeEquipment: EquipmentPayload;
  /** Firmware, management IP, MACs, ports, dates, cost, attributes; fields left out stay. */
  updateEquipment: EquipmentPayload;
};


export type MutationChangeEquipmentStatusArgs = {
  input: ChangeEquipmentStatusInput;
};


export type MutationConnectLinkArgs = {
  input: ConnectLinkInput;
};


export type MutationCreateNetworkSiteArgs = {
  input: CreateNetworkSiteInput;
};


export type MutationDisconnectLinkArgs = {
  input: DisconnectLinkInput;
};


export type MutationImportEquipmentCsvArgs = {
  input: EquipmentCsvImportInput;
};


export type MutationInstallEquipmentArgs = {
  input: InstallEquipmentInput;
};


export type MutationRegisterEquipmentArgs = {
  input: RegisterEquipmentInput;
};


export type MutationRemoveEquipmentArgs = {
  input: RemoveEquipmentInput;
};


export type MutationUpdateEquipmentArgs = {
  input: UpdateEquipmentInput;
};

/** A place network equipment stands: a point of presence, a street cabinet, a building, a tower. */
export type NetworkSite = {
  __typename?: 'NetworkSite';
  address?: Maybe<Scalars['String']['output']>;
  /** Short unique code, e.g. "SPB-PRM-POP1". */
  code: Scalars['String']['output'];
  equipment: Array<Equipment>;
  id: Scalars['ID']['output'];
  kind: NetworkSiteKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
};

export type NetworkSiteFilter = {
  kind?: InputMaybe<NetworkSiteKind>;
};

export type NetworkSiteKind =
  | 'BUILDING'
  | 'CABINET'
  | 'POP'
  | 'TOWER';

export type NetworkSitePayload = {
  __typename?: 'NetworkSitePayload';
  site?: Maybe<NetworkSite>;
  userErrors: Array<UserError>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PortInput = {
  index: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  speed?: InputMaybe<Scalars['Int']['input']>;
  type: Scalars['String']['input'];
};

export type Premises = {
  __typename?: 'Premises';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One unit by id; null when there is none. */
  equipment?: Maybe<Equipment>;
  /**
   * The unit a scanned code names: its label's Code 128 or QR (see `Equipment.labelPayload`), an inventory
   * number, a serial, or a MAC. null when none.
   */
  equipmentByCode?: Maybe<Equipment>;
  /**
   * Units, newest first, filtered. `search` matches a serial, an inventory number or a management IP exactly
   * or as a prefix, and a MAC in any common notation (`00:1A:2B:3C:4D:5E`, `001a.2b3c.4d5e`, `001A2B3C4D5E`)
   * exactly or by its first bytes.
   */
  equipmentList: EquipmentConnection;
  /**
   * Units whose place or status disagrees with the warehouse's record of their serial: the report of what the
   * two modules disagree on (empty when they agree).
   */
  equipmentReconciliation: EquipmentReconciliation;
  networkSite?: Maybe<NetworkSite>;
  /** Network sites in code order. */
  networkSites: Array<NetworkSite>;
};


export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquipmentByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryEquipmentListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EquipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkSiteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkSitesArgs = {
  filter?: InputMaybe<NetworkSiteFilter>;
};

export type RegisterEquipmentInput = {
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  cost?: InputMaybe<Scalars['Money']['input']>;
  firmware?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  macs?: InputMaybe<Array<Scalars['String']['input']>>;
  managementIp?: InputMaybe<Scalars['String']['input']>;
  modelId: Scalars['ID']['input'];
  placeId: Scalars['ID']['input'];
  placeKind: EquipmentPlaceKind;
  ports?: InputMaybe<Array<PortInput>>;
  purchaseDate?: InputMaybe<Scalars['Date']['input']>;
  role: EquipmentRole;
  serial: Scalars['String']['input'];
  /** IN_STOCK (at a warehouse) or INSTALLED (at a site or premises); default by place: a warehouse IN_STOCK, else INSTALLED. */
  status?: InputMaybe<EquipmentStatus>;
  /** For PREMISES: the subscriber whose premises it is. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  warrantyUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type RemoveEquipmentInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Subscribers a unit serves. */
export type ServedSubscriberConnection = {
  __typename?: 'ServedSubscriberConnection';
  edges: Array<ServedSubscriberEdge>;
  nodes: Array<Subscriber>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServedSubscriberEdge = {
  __typename?: 'ServedSubscriberEdge';
  cursor: Scalars['String']['output'];
  node: Subscriber;
};

export type Subscriber = {
  __typename?: 'Subscriber';
  /** Units installed at the subscriber's premises. */
  equipment: Array<Equipment>;
  id: Scalars['ID']['output'];
};

export type UpdateEquipmentInput = {
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  cost?: InputMaybe<Scalars['Money']['input']>;
  firmware?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  macs?: InputMaybe<Array<Scalars['String']['input']>>;
  managementIp?: InputMaybe<Scalars['String']['input']>;
  /** Ports given replace those without a link; a port with a link stays. */
  ports?: InputMaybe<Array<PortInput>>;
  purchaseDate?: InputMaybe<Scalars['Date']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  warrantyUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A domain failure of a mutation: `field` is the path into the input, `code` is stable for programs. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type Warehouse = {
  __typename?: 'Warehouse';
  /** Units at this warehouse or van, by serial. */
  equipment: EquipmentConnection;
  id: Scalars['ID']['output'];
};


export type WarehouseEquipmentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  CatalogItem: CatalogItem;
  Equipment: Equipment;
  NetworkSite: NetworkSite;
  Subscriber: Subscriber;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CatalogItem:
    ( { __typename: 'CatalogItem' }
    & GraphQLRecursivePick<FederationTypes['CatalogItem'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  NetworkSite:
    ( { __typename: 'NetworkSite' }
    & GraphQLRecursivePick<FederationTypes['NetworkSite'], {"id":true}> );
  Subscriber:
    ( { __typename: 'Subscriber' }
    & GraphQLRecursivePick<FederationTypes['Subscriber'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CatalogItem: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeEquipmentStatusInput: ChangeEquipmentStatusInput;
  ConnectLinkInput: ConnectLinkInput;
  CreateNetworkSiteInput: CreateNetworkSiteInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CsvImportMode: CsvImportMode;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisconnectLinkInput: DisconnectLinkInput;
  Equipment: ResolverTypeWrapper<EquipmentRow>;
  EquipmentChange: EquipmentChange;
  EquipmentConnection: ResolverTypeWrapper<Connection<EquipmentRow>>;
  EquipmentCsvImportInput: EquipmentCsvImportInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EquipmentCsvImportPayload: ResolverTypeWrapper<EquipmentCsvImportPayload>;
  EquipmentCsvRowError: ResolverTypeWrapper<EquipmentCsvRowError>;
  EquipmentDifference: ResolverTypeWrapper<DifferenceRow>;
  EquipmentEdge: ResolverTypeWrapper<Omit<EquipmentEdge, 'node'> & { node: ResolversTypes['Equipment'] }>;
  EquipmentFilter: EquipmentFilter;
  EquipmentHistoryEntry: ResolverTypeWrapper<HistoryRow>;
  EquipmentLabel: ResolverTypeWrapper<EquipmentLabel>;
  EquipmentPayload: ResolverTypeWrapper<Payload<'equipment', EquipmentRow>>;
  EquipmentPlace: ResolverTypeWrapper<PlaceRef>;
  EquipmentPlaceKind: EquipmentPlaceKind;
  EquipmentPort: ResolverTypeWrapper<PortRow>;
  EquipmentReconciliation: ResolverTypeWrapper<Omit<EquipmentReconciliation, 'differences'> & { differences: Array<ResolversTypes['EquipmentDifference']> }>;
  EquipmentRole: EquipmentRole;
  EquipmentStatus: EquipmentStatus;
  InstallEquipmentInput: InstallEquipmentInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Link: ResolverTypeWrapper<LinkRow>;
  LinkPayload: ResolverTypeWrapper<Payload<'link', LinkRow>>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkSite: ResolverTypeWrapper<SiteRow>;
  NetworkSiteFilter: NetworkSiteFilter;
  NetworkSiteKind: NetworkSiteKind;
  NetworkSitePayload: ResolverTypeWrapper<Payload<'site', SiteRow>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PortInput: PortInput;
  Premises: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterEquipmentInput: RegisterEquipmentInput;
  RemoveEquipmentInput: RemoveEquipmentInput;
  ServedSubscriberConnection: ResolverTypeWrapper<Connection<EntityRef>>;
  ServedSubscriberEdge: ResolverTypeWrapper<Omit<ServedSubscriberEdge, 'node'> & { node: ResolversTypes['Subscriber'] }>;
  Subscriber: ResolverTypeWrapper<EntityRef>;
  UpdateEquipmentInput: UpdateEquipmentInput;
  UserError: ResolverTypeWrapper<UserError>;
  Warehouse: ResolverTypeWrapper<EntityRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditRow;
  String: Scalars['String']['output'];
  CatalogItem: EntityRef;
  ID: Scalars['ID']['output'];
  ChangeEquipmentStatusInput: ChangeEquipmentStatusInput;
  ConnectLinkInput: ConnectLinkInput;
  CreateNetworkSiteInput: CreateNetworkSiteInput;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisconnectLinkInput: DisconnectLinkInput;
  Equipment: EquipmentRow;
  EquipmentConnection: Connection<EquipmentRow>;
  EquipmentCsvImportInput: EquipmentCsvImportInput;
  Boolean: Scalars['Boolean']['output'];
  EquipmentCsvImportPayload: EquipmentCsvImportPayload;
  EquipmentCsvRowError: EquipmentCsvRowError;
  EquipmentDifference: DifferenceRow;
  EquipmentEdge: Omit<EquipmentEdge, 'node'> & { node: ResolversParentTypes['Equipment'] };
  EquipmentFilter: EquipmentFilter;
  EquipmentHistoryEntry: HistoryRow;
  EquipmentLabel: EquipmentLabel;
  EquipmentPayload: Payload<'equipment', EquipmentRow>;
  EquipmentPlace: PlaceRef;
  EquipmentPort: PortRow;
  EquipmentReconciliation: Omit<EquipmentReconciliation, 'differences'> & { differences: Array<ResolversParentTypes['EquipmentDifference']> };
  InstallEquipmentInput: InstallEquipmentInput;
  JSON: Scalars['JSON']['output'];
  Link: LinkRow;
  LinkPayload: Payload<'link', LinkRow>;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NetworkSite: SiteRow;
  NetworkSiteFilter: NetworkSiteFilter;
  NetworkSitePayload: Payload<'site', SiteRow>;
  PageInfo: PageInfo;
  PortInput: PortInput;
  Premises: EntityRef;
  Query: Record<PropertyKey, never>;
  RegisterEquipmentInput: RegisterEquipmentInput;
  RemoveEquipmentInput: RemoveEquipmentInput;
  ServedSubscriberConnection: Connection<EntityRef>;
  ServedSubscriberEdge: Omit<ServedSubscriberEdge, 'node'> & { node: ResolversParentTypes['Subscriber'] };
  Subscriber: EntityRef;
  UpdateEquipmentInput: UpdateEquipmentInput;
  UserError: UserError;
  Warehouse: EntityRef;
  Int: Scalars['Int']['output'];
}>;

export type BulkInputDirectiveArgs = {
  maxBytes: Scalars['Int']['input'];
};

export type BulkInputDirectiveResolver<Result, Parent, ContextType = AssetsContext, Args = BulkInputDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = AssetsContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CatalogItemResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['CatalogItem'] = ResolversParentTypes['CatalogItem'], FederationReferenceType extends FederationReferenceTypes['CatalogItem'] = FederationReferenceTypes['CatalogItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CatalogItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['EquipmentConnection'], ParentType, ContextType, Partial<CatalogItemUnitsArgs>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attributes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downstream?: Resolver<ResolversTypes['EquipmentConnection'], ParentType, ContextType, Partial<EquipmentDownstreamArgs>>;
  firmware?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['EquipmentHistoryEntry']>, ParentType, ContextType, RequireFields<EquipmentHistoryArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventoryNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelPayload?: Resolver<ResolversTypes['EquipmentLabel'], ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['EquipmentHistoryEntry']>, ParentType, ContextType>;
  macs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  managementIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['EquipmentPlace']>, ParentType, ContextType>;
  placeKind?: Resolver<ResolversTypes['EquipmentPlaceKind'], ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['EquipmentPort']>, ParentType, ContextType>;
  purchaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['EquipmentRole'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  servedSubscriberConnection?: Resolver<ResolversTypes['ServedSubscriberConnection'], ParentType, ContextType, Partial<EquipmentServedSubscriberConnectionArgs>>;
  servedSubscriberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servedSubscribers?: Resolver<Array<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EquipmentStatus'], ParentType, ContextType>;
  subscriber?: Resolver<Maybe<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  upstreamPath?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  warrantyUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type EquipmentConnectionResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentConnection'] = ResolversParentTypes['EquipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EquipmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EquipmentCsvImportPayloadResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentCsvImportPayload'] = ResolversParentTypes['EquipmentCsvImportPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['EquipmentCsvRowError']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EquipmentCsvRowErrorResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentCsvRowError'] = ResolversParentTypes['EquipmentCsvRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EquipmentDifferenceResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentDifference'] = ResolversParentTypes['EquipmentDifference']> = ResolversObject<{
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  placeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  placeKind?: Resolver<Maybe<ResolversTypes['EquipmentPlaceKind']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EquipmentStatus']>, ParentType, ContextType>;
  warehouseLocationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type EquipmentEdgeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentEdge'] = ResolversParentTypes['EquipmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
}>;

export type EquipmentHistoryEntryResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentHistoryEntry'] = ResolversParentTypes['EquipmentHistoryEntry']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['EquipmentChange'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EquipmentLabelResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentLabel'] = ResolversParentTypes['EquipmentLabel']> = ResolversObject<{
  code128?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EquipmentPayloadResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentPayload'] = ResolversParentTypes['EquipmentPayload']> = ResolversObject<{
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EquipmentPlaceResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentPlace'] = ResolversParentTypes['EquipmentPlace']> = ResolversObject<{
  __resolveType: TypeResolveFn<'NetworkSite' | 'Premises' | 'Warehouse', ParentType, ContextType>;
}>;

export type EquipmentPortResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentPort'] = ResolversParentTypes['EquipmentPort']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EquipmentReconciliationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['EquipmentReconciliation'] = ResolversParentTypes['EquipmentReconciliation']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['EquipmentDifference']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downstream?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  downstreamPort?: Resolver<ResolversTypes['EquipmentPort'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  upstreamPort?: Resolver<ResolversTypes['EquipmentPort'], ParentType, ContextType>;
}>;

export type LinkPayloadResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['LinkPayload'] = ResolversParentTypes['LinkPayload']> = ResolversObject<{
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeEquipmentStatus?: Resolver<ResolversTypes['EquipmentPayload'], ParentType, ContextType, RequireFields<MutationChangeEquipmentStatusArgs, 'input'>>;
  connectLink?: Resolver<ResolversTypes['LinkPayload'], ParentType, ContextType, RequireFields<MutationConnectLinkArgs, 'input'>>;
  createNetworkSite?: Resolver<ResolversTypes['NetworkSitePayload'], ParentType, ContextType, RequireFields<MutationCreateNetworkSiteArgs, 'input'>>;
  disconnectLink?: Resolver<ResolversTypes['LinkPayload'], ParentType, ContextType, RequireFields<MutationDisconnectLinkArgs, 'input'>>;
  importEquipmentCsv?: Resolver<ResolversTypes['EquipmentCsvImportPayload'], ParentType, ContextType, RequireFields<MutationImportEquipmentCsvArgs, 'input'>>;
  installEquipment?: Resolver<ResolversTypes['EquipmentPayload'], ParentType, ContextType, RequireFields<MutationInstallEquipmentArgs, 'input'>>;
  registerEquipment?: Resolver<ResolversTypes['EquipmentPayload'], ParentType, ContextType, RequireFields<MutationRegisterEquipmentArgs, 'input'>>;
  removeEquipment?: Resolver<ResolversTypes['EquipmentPayload'], ParentType, ContextType, RequireFields<MutationRemoveEquipmentArgs, 'input'>>;
  updateEquipment?: Resolver<ResolversTypes['EquipmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateEquipmentArgs, 'input'>>;
}>;

export type NetworkSiteResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['NetworkSite'] = ResolversParentTypes['NetworkSite'], FederationReferenceType extends FederationReferenceTypes['NetworkSite'] = FederationReferenceTypes['NetworkSite']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NetworkSite']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkSiteKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkSitePayloadResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['NetworkSitePayload'] = ResolversParentTypes['NetworkSitePayload']> = ResolversObject<{
  site?: Resolver<Maybe<ResolversTypes['NetworkSite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremisesResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Premises'] = ResolversParentTypes['Premises']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentArgs, 'id'>>;
  equipmentByCode?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentByCodeArgs, 'code'>>;
  equipmentList?: Resolver<ResolversTypes['EquipmentConnection'], ParentType, ContextType, Partial<QueryEquipmentListArgs>>;
  equipmentReconciliation?: Resolver<ResolversTypes['EquipmentReconciliation'], ParentType, ContextType>;
  networkSite?: Resolver<Maybe<ResolversTypes['NetworkSite']>, ParentType, ContextType, RequireFields<QueryNetworkSiteArgs, 'id'>>;
  networkSites?: Resolver<Array<ResolversTypes['NetworkSite']>, ParentType, ContextType, Partial<QueryNetworkSitesArgs>>;
}>;

export type ServedSubscriberConnectionResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['ServedSubscriberConnection'] = ResolversParentTypes['ServedSubscriberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServedSubscriberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServedSubscriberEdgeResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['ServedSubscriberEdge'] = ResolversParentTypes['ServedSubscriberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subscriber'], ParentType, ContextType>;
}>;

export type SubscriberResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Subscriber'] = ResolversParentTypes['Subscriber'], FederationReferenceType extends FederationReferenceTypes['Subscriber'] = FederationReferenceTypes['Subscriber']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subscriber']> | FederationReferenceType, FederationReferenceType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = AssetsContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  equipment?: Resolver<ResolversTypes['EquipmentConnection'], ParentType, ContextType, Partial<WarehouseEquipmentArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AssetsContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CatalogItem?: CatalogItemResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentConnection?: EquipmentConnectionResolvers<ContextType>;
  EquipmentCsvImportPayload?: EquipmentCsvImportPayloadResolvers<ContextType>;
  EquipmentCsvRowError?: EquipmentCsvRowErrorResolvers<ContextType>;
  EquipmentDifference?: EquipmentDifferenceResolvers<ContextType>;
  EquipmentEdge?: EquipmentEdgeResolvers<ContextType>;
  EquipmentHistoryEntry?: EquipmentHistoryEntryResolvers<ContextType>;
  EquipmentLabel?: EquipmentLabelResolvers<ContextType>;
  EquipmentPayload?: EquipmentPayloadResolvers<ContextType>;
  EquipmentPlace?: EquipmentPlaceResolvers<ContextType>;
  EquipmentPort?: EquipmentPortResolvers<ContextType>;
  EquipmentReconciliation?: EquipmentReconciliationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  LinkPayload?: LinkPayloadResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NetworkSite?: NetworkSiteResolvers<ContextType>;
  NetworkSitePayload?: NetworkSitePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Premises?: PremisesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServedSubscriberConnection?: ServedSubscriberConnectionResolvers<ContextType>;
  ServedSubscriberEdge?: ServedSubscriberEdgeResolvers<ContextType>;
  Subscriber?: SubscriberResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AssetsContext> = ResolversObject<{
  bulkInput?: BulkInputDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
