import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef, NetworkStatusRow, DownUnitRow, MismatchRow } from '../db/queries.ts';
import type { AlarmRow, AlarmCommentRow, TargetRow, UnitStateRow, InterfaceRow } from '../db/tables.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { Payload } from '../../shared/errors.ts';
import type { StatusChangeEvent, AlarmChangeEvent } from '../service/live.ts';
import type { MonitoringContext } from '../context.ts';
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
  /** An ISO 8601 timestamp with a time zone, years 0001–9999, e.g. "2026-03-01T09:30:00+03:00". */
  DateTime: { input: Date; output: Date | string; }
  /** A small JSON value: at most 8 levels deep, 2,000 values, texts of up to 1,000 characters. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Alarm = {
  __typename?: 'Alarm';
  acknowledged: Scalars['Boolean']['output'];
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** A root UNIT_DOWN alarm: the units below it it takes down (the unit itself excluded). */
  affectedEquipment: Array<Equipment>;
  /** A root UNIT_DOWN alarm: the subscribers it takes down (from assets' served subscribers). */
  affectedSubscribers: Array<Subscriber>;
  changedAt: Scalars['DateTime']['output'];
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Acknowledgements, un-acknowledgements and clears by hand, oldest first. */
  comments: Array<AlarmComment>;
  /** The unit it is raised on. */
  equipment: Equipment;
  id: Scalars['ID']['output'];
  /** An interface's index when the alarm is about one. */
  ifIndex?: Maybe<Scalars['Int']['output']>;
  /** Whether raising it notified anyone (not under maintenance, not behind a flapping or root alarm). */
  notified: Scalars['Boolean']['output'];
  /** How many times the condition came back while raised. */
  occurrences: Scalars['Int']['output'];
  probableCause: ProbableCause;
  raisedAt: Scalars['DateTime']['output'];
  /** Symptom of this root alarm on an upstream unit that is down; null when it is a root itself. */
  rootCause?: Maybe<Alarm>;
  severity: AlarmSeverity;
  /** What exactly: the interface's name, the observed serial. */
  specificProblem?: Maybe<Scalars['String']['output']>;
  state: AlarmState;
  /** The root alarm's symptoms: active alarms of units below. */
  symptoms: Array<Alarm>;
  /** Raised while a planned work covers the unit: it notifies nobody. */
  underMaintenance: Scalars['Boolean']['output'];
};

export type AlarmActionInput = {
  alarmId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};

export type AlarmChange = {
  __typename?: 'AlarmChange';
  alarm: Alarm;
  at: Scalars['DateTime']['output'];
  /** RAISED, UPDATED, ACKNOWLEDGED, UNACKNOWLEDGED or CLEARED. */
  change: Scalars['String']['output'];
};

export type AlarmComment = {
  __typename?: 'AlarmComment';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
};

export type AlarmConnection = {
  __typename?: 'AlarmConnection';
  edges: Array<AlarmEdge>;
  nodes: Array<Alarm>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlarmEdge = {
  __typename?: 'AlarmEdge';
  cursor: Scalars['String']['output'];
  node: Alarm;
};

export type AlarmFilter = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only active (not cleared) alarms; default true. false: cleared ones too. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  causes?: InputMaybe<Array<ProbableCause>>;
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Root alarms only (no symptoms). */
  rootOnly?: InputMaybe<Scalars['Boolean']['input']>;
  severities?: InputMaybe<Array<AlarmSeverity>>;
};

export type AlarmPayload = {
  __typename?: 'AlarmPayload';
  alarm?: Maybe<Alarm>;
  userErrors: Array<UserError>;
};

export type AlarmSeverity =
  | 'CRITICAL'
  | 'MAJOR'
  | 'MINOR'
  | 'WARNING';

/** TMF642 alarm states. */
export type AlarmState =
  | 'CLEARED'
  | 'RAISED'
  | 'UPDATED';

export type ConfigureMonitoringInput = {
  /** v3: the authentication passphrase, at least 8 characters (write-only). */
  authKey?: InputMaybe<Scalars['String']['input']>;
  authProtocol?: InputMaybe<SnmpAuthProtocol>;
  /** v2c: the community (write-only). */
  community?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  equipmentId: Scalars['ID']['input'];
  /** Scalar OIDs to read besides the profile's: numeric and dotted (1.3.6.1.2.1.1.6.0), at most 32. */
  extraOids?: InputMaybe<Array<Scalars['String']['input']>>;
  failureThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** An IPv4/IPv6 address or host name. */
  host: Scalars['String']['input'];
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  /** v3: the privacy passphrase, at least 8 characters (write-only). */
  privKey?: InputMaybe<Scalars['String']['input']>;
  privProtocol?: InputMaybe<SnmpPrivProtocol>;
  profile?: InputMaybe<Scalars['String']['input']>;
  securityLevel?: InputMaybe<SnmpSecurityLevel>;
  user?: InputMaybe<Scalars['String']['input']>;
  version: SnmpVersion;
};

export type DownUnit = {
  __typename?: 'DownUnit';
  /** Seconds down so far. */
  downForSeconds: Scalars['Int']['output'];
  equipment: Equipment;
  since?: Maybe<Scalars['DateTime']['output']>;
};

export type Equipment = {
  __typename?: 'Equipment';
  /** Active alarms of the unit, most severe first. */
  alarms: Array<Alarm>;
  id: Scalars['ID']['output'];
  /** Interfaces with their state and current rates, by index. */
  interfaces: Array<MonitoredInterface>;
  /**
   * The unit's metrics from `from` to `to` in buckets of `step` seconds (at least 60): raw samples serve the
   * last days, hourly series older ranges. At most 2,000 points.
   */
  metrics: Array<MetricPoint>;
  /** How the unit is monitored; null when it is not. Never its credentials. */
  monitoring?: Maybe<MonitoringSettings>;
  /** Reachability and health as last polled; UNKNOWN until polled. */
  operationalStatus: EquipmentMonitoringStatus;
};


export type EquipmentMetricsArgs = {
  from: Scalars['DateTime']['input'];
  ifIndex?: InputMaybe<Scalars['Int']['input']>;
  step?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};

export type EquipmentMonitoringStatus = {
  __typename?: 'EquipmentMonitoringStatus';
  consecutiveFailures: Scalars['Int']['output'];
  cpuLoad?: Maybe<Scalars['Float']['output']>;
  /** Changing state too often: its changes stand behind one FLAPPING alarm. */
  flapping: Scalars['Boolean']['output'];
  lastAnsweredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last poll's failure: TIMEOUT, AUTH_FAILURE, MALFORMED, UNREACHABLE, ERROR; null after an answer. */
  lastFailure?: Maybe<Scalars['String']['output']>;
  lastPolledAt?: Maybe<Scalars['DateTime']['output']>;
  observedModel?: Maybe<Scalars['String']['output']>;
  /** What the unit reports of itself (ENTITY-MIB). */
  observedSerial?: Maybe<Scalars['String']['output']>;
  /** When the status last changed. */
  since?: Maybe<Scalars['DateTime']['output']>;
  status: MonitoringStatus;
  temperatureC?: Maybe<Scalars['Float']['output']>;
  uptimeSeconds?: Maybe<Scalars['Int']['output']>;
};

export type EquipmentStatusChange = {
  __typename?: 'EquipmentStatusChange';
  at: Scalars['DateTime']['output'];
  equipment: Equipment;
  previous: MonitoringStatus;
  /** Why: a poll, a trap, a failure count. */
  reason: Scalars['String']['output'];
  status: MonitoringStatus;
};

export type MetricPoint = {
  __typename?: 'MetricPoint';
  at: Scalars['DateTime']['output'];
  cpuLoad?: Maybe<Scalars['Float']['output']>;
  errorsPerSecond?: Maybe<Scalars['Float']['output']>;
  inBps?: Maybe<Scalars['Float']['output']>;
  outBps?: Maybe<Scalars['Float']['output']>;
  temperatureC?: Maybe<Scalars['Float']['output']>;
};

export type MonitoredInterface = {
  __typename?: 'MonitoredInterface';
  adminUp: Scalars['Boolean']['output'];
  /** When its operational state last changed. */
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  errorsPerSecond?: Maybe<Scalars['Float']['output']>;
  /** Bits per second in and out, errors per second: null until two polls in a row (or after a restart). */
  inBps?: Maybe<Scalars['Float']['output']>;
  index: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  operUp: Scalars['Boolean']['output'];
  outBps?: Maybe<Scalars['Float']['output']>;
};

export type MonitoringPayload = {
  __typename?: 'MonitoringPayload';
  monitoring?: Maybe<MonitoringSettings>;
  userErrors: Array<UserError>;
};

export type MonitoringSettings = {
  __typename?: 'MonitoringSettings';
  authProtocol?: Maybe<SnmpAuthProtocol>;
  enabled: Scalars['Boolean']['output'];
  /** Scalar OIDs read besides the profile's (answers in a poll's extra values). */
  extraOids: Array<Scalars['String']['output']>;
  /** Consecutive failed polls before the unit is DOWN. */
  failureThreshold: Scalars['Int']['output'];
  /** Whether credentials are stored (they are never shown). */
  hasCredentials: Scalars['Boolean']['output'];
  host: Scalars['String']['output'];
  intervalSeconds: Scalars['Int']['output'];
  port: Scalars['Int']['output'];
  privProtocol?: Maybe<SnmpPrivProtocol>;
  profile: Scalars['String']['output'];
  securityLevel?: Maybe<SnmpSecurityLevel>;
  updatedAt: Scalars['DateTime']['output'];
  /** v3: the USM user and its security level and protocols (never its keys). */
  user?: Maybe<Scalars['String']['output']>;
  version: SnmpVersion;
};

export type MonitoringStatus =
  /** Reachable, but an interface that should be up is down or a threshold is crossed. */
  | 'DEGRADED'
  /** No answer after the unit's failure threshold of consecutive polls. */
  | 'DOWN'
  /** Never polled (or its credentials are refused). */
  | 'UNKNOWN'
  | 'UP';

export type Mutation = {
  __typename?: 'Mutation';
  /** Acknowledges an active alarm: who and why are kept with it. */
  acknowledgeAlarm: AlarmPayload;
  /** Clears an alarm by hand (the condition is known to be gone); a condition still present raises it again. */
  clearAlarm: AlarmPayload;
  /**
   * Sets how a unit is monitored: its management address, SNMP version and credentials, interval and profile.
   * Credentials are stored encrypted and never returned; omitted on a change, the stored ones are kept.
   */
  configureMonitoring: MonitoringPayload;
  /** Takes back an acknowledgement. */
  unacknowledgeAlarm: AlarmPayload;
};


export type MutationAcknowledgeAlarmArgs = {
  input: AlarmActionInput;
};


export type MutationClearAlarmArgs = {
  input: AlarmActionInput;
};


export type MutationConfigureMonitoringArgs = {
  input: ConfigureMonitoringInput;
};


export type MutationUnacknowledgeAlarmArgs = {
  input: AlarmActionInput;
};

export type NetworkStatus = {
  __typename?: 'NetworkStatus';
  activeAlarms: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  byRole: Array<RoleStatus>;
  bySite: Array<SiteStatus>;
  byStatus: Array<StatusCount>;
  /** Units down, longest first (at most 200). */
  down: Array<DownUnit>;
  /** Monitored units. */
  total: Scalars['Int']['output'];
};

export type ObservedMismatch = {
  __typename?: 'ObservedMismatch';
  equipment: Equipment;
  observedModel?: Maybe<Scalars['String']['output']>;
  observedSerial?: Maybe<Scalars['String']['output']>;
  recordedModel?: Maybe<Scalars['String']['output']>;
  recordedSerial?: Maybe<Scalars['String']['output']>;
  seenAt: Scalars['DateTime']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PollProfile = {
  __typename?: 'PollProfile';
  /** The MIB groups it reads: system, interfaces, host, sensors, entity. */
  groups: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type ProbableCause =
  /** The unit refuses the configured SNMP credentials. */
  | 'AUTHENTICATION_FAILURE'
  /** The unit changes state too often. */
  | 'FLAPPING'
  | 'HIGH_CPU'
  | 'HIGH_TEMPERATURE'
  /** An interface that is administratively up is operationally down. */
  | 'LINK_DOWN'
  /** The unit answers with what is not SNMP. */
  | 'MALFORMED_RESPONSE'
  /** The unit restarted (cold start). */
  | 'RESTARTED'
  /** The serial or model the unit reports is not what assets records. */
  | 'SERIAL_MISMATCH'
  /** The unit does not answer. */
  | 'UNIT_DOWN';

export type Query = {
  __typename?: 'Query';
  /** One alarm; null when there is none. */
  alarm?: Maybe<Alarm>;
  /**
   * Alarms, newest raised first; by default the active ones (not cleared). TM Forum TMF642 shape: state,
   * perceived severity, probable cause, acknowledgement.
   */
  alarms: AlarmConnection;
  /** The whole network at once: units by status, by site and by role, and the units down with how long. */
  networkStatus: NetworkStatus;
  /** Units whose reported serial or model disagrees with what assets records (a swapped unit). */
  observedMismatches: Array<ObservedMismatch>;
  /** The poll profiles a unit's monitoring may name. */
  pollProfiles: Array<PollProfile>;
};


export type QueryAlarmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlarmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlarmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RoleStatus = {
  __typename?: 'RoleStatus';
  degraded: Scalars['Int']['output'];
  down: Scalars['Int']['output'];
  role: Scalars['String']['output'];
  unknown: Scalars['Int']['output'];
  up: Scalars['Int']['output'];
};

export type SiteStatus = {
  __typename?: 'SiteStatus';
  degraded: Scalars['Int']['output'];
  down: Scalars['Int']['output'];
  /** The network site's id (units not at a site count under null). */
  siteId?: Maybe<Scalars['ID']['output']>;
  siteName?: Maybe<Scalars['String']['output']>;
  unknown: Scalars['Int']['output'];
  up: Scalars['Int']['output'];
};

export type SnmpAuthProtocol =
  | 'SHA'
  | 'SHA256';

export type SnmpPrivProtocol =
  | 'AES';

export type SnmpSecurityLevel =
  | 'AUTH_NO_PRIV'
  | 'AUTH_PRIV'
  | 'NO_AUTH_NO_PRIV';

export type SnmpVersion =
  | 'V2C'
  | 'V3';

export type StatusChangeFilter = {
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<MonitoringStatus>>;
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: MonitoringStatus;
};

export type Subscriber = {
  __typename?: 'Subscriber';
  id: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every alarm raised, updated, acknowledged or cleared. */
  alarmChanged: AlarmChange;
  /** Every status change of a unit (a flapping unit's changes stand behind its one FLAPPING alarm). */
  equipmentStatusChanged: EquipmentStatusChange;
  /** The network's counts, after each change of any unit's status. */
  networkStatusChanged: NetworkStatus;
};


export type SubscriptionAlarmChangedArgs = {
  filter?: InputMaybe<AlarmFilter>;
};


export type SubscriptionEquipmentStatusChangedArgs = {
  filter?: InputMaybe<StatusChangeFilter>;
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
  Alarm: Alarm;
  Equipment: Equipment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Alarm:
    ( { __typename: 'Alarm' }
    & GraphQLRecursivePick<FederationTypes['Alarm'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alarm: ResolverTypeWrapper<AlarmRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AlarmActionInput: AlarmActionInput;
  AlarmChange: ResolverTypeWrapper<AlarmChangeEvent>;
  AlarmComment: ResolverTypeWrapper<AlarmCommentRow>;
  AlarmConnection: ResolverTypeWrapper<Connection<AlarmRow>>;
  AlarmEdge: ResolverTypeWrapper<Omit<AlarmEdge, 'node'> & { node: ResolversTypes['Alarm'] }>;
  AlarmFilter: AlarmFilter;
  AlarmPayload: ResolverTypeWrapper<Payload<'alarm', AlarmRow>>;
  AlarmSeverity: AlarmSeverity;
  AlarmState: AlarmState;
  ConfigureMonitoringInput: ConfigureMonitoringInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DownUnit: ResolverTypeWrapper<DownUnitRow>;
  Equipment: ResolverTypeWrapper<EntityRef>;
  EquipmentMonitoringStatus: ResolverTypeWrapper<UnitStateRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EquipmentStatusChange: ResolverTypeWrapper<StatusChangeEvent>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  MonitoredInterface: ResolverTypeWrapper<InterfaceRow>;
  MonitoringPayload: ResolverTypeWrapper<Payload<'monitoring', TargetRow>>;
  MonitoringSettings: ResolverTypeWrapper<TargetRow>;
  MonitoringStatus: MonitoringStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkStatus: ResolverTypeWrapper<NetworkStatusRow>;
  ObservedMismatch: ResolverTypeWrapper<MismatchRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PollProfile: ResolverTypeWrapper<PollProfile>;
  ProbableCause: ProbableCause;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoleStatus: ResolverTypeWrapper<RoleStatus>;
  SiteStatus: ResolverTypeWrapper<SiteStatus>;
  SnmpAuthProtocol: SnmpAuthProtocol;
  SnmpPrivProtocol: SnmpPrivProtocol;
  SnmpSecurityLevel: SnmpSecurityLevel;
  SnmpVersion: SnmpVersion;
  StatusChangeFilter: StatusChangeFilter;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  Subscriber: ResolverTypeWrapper<EntityRef>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alarm: AlarmRow;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AlarmActionInput: AlarmActionInput;
  AlarmChange: AlarmChangeEvent;
  AlarmComment: AlarmCommentRow;
  AlarmConnection: Connection<AlarmRow>;
  AlarmEdge: Omit<AlarmEdge, 'node'> & { node: ResolversParentTypes['Alarm'] };
  AlarmFilter: AlarmFilter;
  AlarmPayload: Payload<'alarm', AlarmRow>;
  ConfigureMonitoringInput: ConfigureMonitoringInput;
  DateTime: Scalars['DateTime']['output'];
  DownUnit: DownUnitRow;
  Equipment: EntityRef;
  EquipmentMonitoringStatus: UnitStateRow;
  Float: Scalars['Float']['output'];
  EquipmentStatusChange: StatusChangeEvent;
  JSON: Scalars['JSON']['output'];
  MetricPoint: MetricPoint;
  MonitoredInterface: InterfaceRow;
  MonitoringPayload: Payload<'monitoring', TargetRow>;
  MonitoringSettings: TargetRow;
  Mutation: Record<PropertyKey, never>;
  NetworkStatus: NetworkStatusRow;
  ObservedMismatch: MismatchRow;
  PageInfo: PageInfo;
  PollProfile: PollProfile;
  Query: Record<PropertyKey, never>;
  RoleStatus: RoleStatus;
  SiteStatus: SiteStatus;
  StatusChangeFilter: StatusChangeFilter;
  StatusCount: StatusCount;
  Subscriber: EntityRef;
  Subscription: Record<PropertyKey, never>;
  UserError: UserError;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = MonitoringContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AlarmResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Alarm'] = ResolversParentTypes['Alarm'], FederationReferenceType extends FederationReferenceTypes['Alarm'] = FederationReferenceTypes['Alarm']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Alarm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  affectedEquipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  affectedSubscribers?: Resolver<Array<ResolversTypes['Subscriber']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['AlarmComment']>, ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ifIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probableCause?: Resolver<ResolversTypes['ProbableCause'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['Alarm']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlarmSeverity'], ParentType, ContextType>;
  specificProblem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AlarmState'], ParentType, ContextType>;
  symptoms?: Resolver<Array<ResolversTypes['Alarm']>, ParentType, ContextType>;
  underMaintenance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AlarmChangeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['AlarmChange'] = ResolversParentTypes['AlarmChange']> = ResolversObject<{
  alarm?: Resolver<ResolversTypes['Alarm'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlarmCommentResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['AlarmComment'] = ResolversParentTypes['AlarmComment']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AlarmConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['AlarmConnection'] = ResolversParentTypes['AlarmConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlarmEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Alarm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlarmEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['AlarmEdge'] = ResolversParentTypes['AlarmEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alarm'], ParentType, ContextType>;
}>;

export type AlarmPayloadResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['AlarmPayload'] = ResolversParentTypes['AlarmPayload']> = ResolversObject<{
  alarm?: Resolver<Maybe<ResolversTypes['Alarm']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DownUnitResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['DownUnit'] = ResolversParentTypes['DownUnit']> = ResolversObject<{
  downForSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type EquipmentResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alarms?: Resolver<Array<ResolversTypes['Alarm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interfaces?: Resolver<Array<ResolversTypes['MonitoredInterface']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType, RequireFields<EquipmentMetricsArgs, 'from' | 'step' | 'to'>>;
  monitoring?: Resolver<Maybe<ResolversTypes['MonitoringSettings']>, ParentType, ContextType>;
  operationalStatus?: Resolver<ResolversTypes['EquipmentMonitoringStatus'], ParentType, ContextType>;
}>;

export type EquipmentMonitoringStatusResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['EquipmentMonitoringStatus'] = ResolversParentTypes['EquipmentMonitoringStatus']> = ResolversObject<{
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cpuLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  flapping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastAnsweredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastFailure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPolledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  observedModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedSerial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MonitoringStatus'], ParentType, ContextType>;
  temperatureC?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  uptimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type EquipmentStatusChangeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['EquipmentStatusChange'] = ResolversParentTypes['EquipmentStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['MonitoringStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MonitoringStatus'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MetricPointResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cpuLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errorsPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  temperatureC?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MonitoredInterfaceResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MonitoredInterface'] = ResolversParentTypes['MonitoredInterface']> = ResolversObject<{
  adminUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorsPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MonitoringPayloadResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MonitoringPayload'] = ResolversParentTypes['MonitoringPayload']> = ResolversObject<{
  monitoring?: Resolver<Maybe<ResolversTypes['MonitoringSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MonitoringSettingsResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MonitoringSettings'] = ResolversParentTypes['MonitoringSettings']> = ResolversObject<{
  authProtocol?: Resolver<Maybe<ResolversTypes['SnmpAuthProtocol']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extraOids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failureThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasCredentials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  privProtocol?: Resolver<Maybe<ResolversTypes['SnmpPrivProtocol']>, ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityLevel?: Resolver<Maybe<ResolversTypes['SnmpSecurityLevel']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['SnmpVersion'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAlarm?: Resolver<ResolversTypes['AlarmPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeAlarmArgs, 'input'>>;
  clearAlarm?: Resolver<ResolversTypes['AlarmPayload'], ParentType, ContextType, RequireFields<MutationClearAlarmArgs, 'input'>>;
  configureMonitoring?: Resolver<ResolversTypes['MonitoringPayload'], ParentType, ContextType, RequireFields<MutationConfigureMonitoringArgs, 'input'>>;
  unacknowledgeAlarm?: Resolver<ResolversTypes['AlarmPayload'], ParentType, ContextType, RequireFields<MutationUnacknowledgeAlarmArgs, 'input'>>;
}>;

export type NetworkStatusResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['NetworkStatus'] = ResolversParentTypes['NetworkStatus']> = ResolversObject<{
  activeAlarms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byRole?: Resolver<Array<ResolversTypes['RoleStatus']>, ParentType, ContextType>;
  bySite?: Resolver<Array<ResolversTypes['SiteStatus']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  down?: Resolver<Array<ResolversTypes['DownUnit']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ObservedMismatchResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ObservedMismatch'] = ResolversParentTypes['ObservedMismatch']> = ResolversObject<{
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  observedModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedSerial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedSerial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PollProfileResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['PollProfile'] = ResolversParentTypes['PollProfile']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alarm?: Resolver<Maybe<ResolversTypes['Alarm']>, ParentType, ContextType, RequireFields<QueryAlarmArgs, 'id'>>;
  alarms?: Resolver<ResolversTypes['AlarmConnection'], ParentType, ContextType, Partial<QueryAlarmsArgs>>;
  networkStatus?: Resolver<ResolversTypes['NetworkStatus'], ParentType, ContextType>;
  observedMismatches?: Resolver<Array<ResolversTypes['ObservedMismatch']>, ParentType, ContextType>;
  pollProfiles?: Resolver<Array<ResolversTypes['PollProfile']>, ParentType, ContextType>;
}>;

export type RoleStatusResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['RoleStatus'] = ResolversParentTypes['RoleStatus']> = ResolversObject<{
  degraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  down?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  up?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SiteStatusResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SiteStatus'] = ResolversParentTypes['SiteStatus']> = ResolversObject<{
  degraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  down?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  siteName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  up?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MonitoringStatus'], ParentType, ContextType>;
}>;

export type SubscriberResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Subscriber'] = ResolversParentTypes['Subscriber']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  alarmChanged?: SubscriptionResolver<ResolversTypes['AlarmChange'], "alarmChanged", ParentType, ContextType, Partial<SubscriptionAlarmChangedArgs>>;
  equipmentStatusChanged?: SubscriptionResolver<ResolversTypes['EquipmentStatusChange'], "equipmentStatusChanged", ParentType, ContextType, Partial<SubscriptionEquipmentStatusChangedArgs>>;
  networkStatusChanged?: SubscriptionResolver<ResolversTypes['NetworkStatus'], "networkStatusChanged", ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MonitoringContext> = ResolversObject<{
  Alarm?: AlarmResolvers<ContextType>;
  AlarmChange?: AlarmChangeResolvers<ContextType>;
  AlarmComment?: AlarmCommentResolvers<ContextType>;
  AlarmConnection?: AlarmConnectionResolvers<ContextType>;
  AlarmEdge?: AlarmEdgeResolvers<ContextType>;
  AlarmPayload?: AlarmPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DownUnit?: DownUnitResolvers<ContextType>;
  Equipment?: EquipmentResolvers<ContextType>;
  EquipmentMonitoringStatus?: EquipmentMonitoringStatusResolvers<ContextType>;
  EquipmentStatusChange?: EquipmentStatusChangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MonitoredInterface?: MonitoredInterfaceResolvers<ContextType>;
  MonitoringPayload?: MonitoringPayloadResolvers<ContextType>;
  MonitoringSettings?: MonitoringSettingsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkStatus?: NetworkStatusResolvers<ContextType>;
  ObservedMismatch?: ObservedMismatchResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PollProfile?: PollProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoleStatus?: RoleStatusResolvers<ContextType>;
  SiteStatus?: SiteStatusResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Subscriber?: SubscriberResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MonitoringContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
