import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocationRow, DocumentRow, DocumentLineRow, MoveRow, BalanceRow, ReservationRow, SerialRow, CatalogItemRef } from '../db/tables.ts';
import type { AuditRow } from '../../shared/audit.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { Payload } from '../../shared/errors.ts';
import type { StockLevelChangeEvent } from '../service/live.ts';
import type { WarehouseContext } from '../context.ts';
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
  /** A quantity as a string with up to three decimals, e.g. "2" or "120.5" (metres of cable). */
  Quantity: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdjustmentDirection =
  /** Found more than the books say: stock comes in. */
  | 'IN'
  /** Found less: stock goes out. */
  | 'OUT';

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

/** A catalog item's stock, from the warehouse. */
export type CatalogItem = {
  __typename?: 'CatalogItem';
  id: Scalars['ID']['output'];
  /** What each warehouse holds of it (warehouses holding none are left out). */
  stock: Array<StockBalance>;
  /** The totals over every warehouse. */
  stockTotals: StockTotals;
};

export type CreateStockDocumentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Default: today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** RECEIPT, TRANSFER, RETURN: the warehouse stock arrives at. */
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  fieldTaskId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<StockDocumentLineInput>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** ISSUE: required. */
  purpose?: InputMaybe<IssuePurpose>;
  /** WRITE_OFF: required. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** ISSUE, TRANSFER, WRITE_OFF: the warehouse stock leaves. ADJUSTMENT: the warehouse counted. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  type: StockDocumentType;
  /** TRANSFER: keep the stock in IN_TRANSIT until the destination receives it. */
  viaTransit?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateWarehouseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: WarehouseKind;
  name: Scalars['String']['input'];
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  /** Required for a VAN. */
  technicianId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeleteStockDocumentInput = {
  id: Scalars['ID']['input'];
};

export type IssuePurpose =
  | 'FIELD_TASK'
  | 'INTERNAL_USE'
  | 'SUBSCRIBER';

export type Mutation = {
  __typename?: 'Mutation';
  /** A draft document, numbered at once. A technician may draft an ISSUE from their own van only. */
  createStockDocument: StockDocumentPayload;
  createWarehouse: WarehousePayload;
  /** Deletes a draft (its number is not reused). */
  deleteStockDocument: StockDocumentPayload;
  /**
   * Posts a draft: its moves and the balances they change are written in one transaction, or nothing is
   * (INSUFFICIENT_STOCK, SERIAL_NOT_HERE, …). The same `idempotencyKey` replays the first answer.
   */
  postStockDocument: StockDocumentPayload;
  /** Receives a transfer that went through IN_TRANSIT into its destination. */
  receiveStockTransfer: StockDocumentPayload;
  releaseStockReservation: StockReservationPayload;
  /** Holds a quantity, or specific serials, at a warehouse for an order or a field task until it expires. */
  reserveStock: StockReservationPayload;
  /**
   * Posts the mirror of a posted document (moves back, balances restored, costs as they went) and marks the
   * original REVERSED; the answer is the mirror. A reversed document, or a reversal, is not reversed again.
   */
  reverseStockDocument: StockDocumentPayload;
  /** Sets the prefix of a document type's numbers (ASCII letters and digits, so its Code 128 prints). */
  setStockDocumentPrefix: StockDocumentPrefixPayload;
  /** Sets the minimum level of an item at a warehouse (null clears it). */
  setStockMinimum: StockBalancePayload;
  /** Changes a draft; the lines given replace the draft's lines. A posted document is never changed. */
  updateStockDocument: StockDocumentPayload;
  updateWarehouse: WarehousePayload;
};


export type MutationCreateStockDocumentArgs = {
  input: CreateStockDocumentInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationDeleteStockDocumentArgs = {
  input: DeleteStockDocumentInput;
};


export type MutationPostStockDocumentArgs = {
  input: PostStockDocumentInput;
};


export type MutationReceiveStockTransferArgs = {
  input: ReceiveStockTransferInput;
};


export type MutationReleaseStockReservationArgs = {
  input: ReleaseStockReservationInput;
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationReverseStockDocumentArgs = {
  input: ReverseStockDocumentInput;
};


export type MutationSetStockDocumentPrefixArgs = {
  input: SetStockDocumentPrefixInput;
};


export type MutationSetStockMinimumArgs = {
  input: SetStockMinimumInput;
};


export type MutationUpdateStockDocumentArgs = {
  input: UpdateStockDocumentInput;
};


export type MutationUpdateWarehouseArgs = {
  input: UpdateWarehouseInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PostStockDocumentInput = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * What warehouses hold, one row per warehouse and item, in warehouse code then SKU order. A technician sees
   * their own van only.
   */
  stockBalances: StockBalanceConnection;
  /** Items whose available quantity at a warehouse is below the minimum set for it. */
  stockBelowMinimum: Array<StockBalance>;
  stockDocument?: Maybe<StockDocument>;
  /** A document by its number, e.g. "RC-2026-000001" (as scanned from its barcode). */
  stockDocumentByNumber?: Maybe<StockDocument>;
  /** Documents, newest first. A technician sees the documents of their own van only. */
  stockDocuments: StockDocumentConnection;
  /**
   * Proves the balances equal the ledger: every (location, item) whose on-hand quantity or value differs from
   * the sum of its moves, every serial whose place differs from its last move. `consistent` is true when
   * there is no difference.
   */
  stockLedgerCheck: StockLedgerCheck;
  /** The moves of an item, or of one serial-tracked unit, newest first. */
  stockMoves: StockMoveConnection;
  /** Reservations, newest first. */
  stockReservations: StockReservationConnection;
  /** Where a serial-tracked unit is now; null when the warehouse never saw it. */
  stockSerial?: Maybe<StockSerial>;
  /**
   * Every serial-tracked unit the warehouse has seen and where it is now (a warehouse, a van, in transit, or
   * a system location: issued to a customer, lost, back at the supplier), in serial order.
   */
  stockSerials: StockSerialConnection;
  /** The value of what each warehouse holds at moving-average cost, and the total. */
  stockValuation: StockValuation;
  /** One warehouse or van by id; null when there is none (or, for a technician, when it is not their van). */
  warehouse?: Maybe<Warehouse>;
  /** Warehouses and vans (not the system locations), in code order. */
  warehouses: Array<Warehouse>;
};


export type QueryStockBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockBalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockBelowMinimumArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStockDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockDocumentByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryStockDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockDocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockMovesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter: StockMoveFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockReservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockSerialArgs = {
  itemId: Scalars['ID']['input'];
  serial: Scalars['String']['input'];
};


export type QueryStockSerialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockSerialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehousesArgs = {
  filter?: InputMaybe<WarehouseFilter>;
};

export type ReceiveStockTransferInput = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type ReleaseStockReservationInput = {
  id: Scalars['ID']['input'];
};

export type ReservationFor =
  | 'FIELD_TASK'
  | 'ORDER';

export type ReservationStatus =
  | 'ACTIVE'
  | 'CONSUMED'
  | 'EXPIRED'
  | 'RELEASED';

export type ReserveStockInput = {
  /** Default: 7 days from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  forId: Scalars['ID']['input'];
  forType: ReservationFor;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** Default: the number of serials given. */
  quantity?: InputMaybe<Scalars['Quantity']['input']>;
  /** Specific units to hold (serial-tracked items). */
  serials?: InputMaybe<Array<Scalars['String']['input']>>;
  warehouseId: Scalars['ID']['input'];
};

export type ReturnCondition =
  | 'FAULTY'
  | 'NEW'
  | 'USED';

export type ReverseStockDocumentInput = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SetStockDocumentPrefixInput = {
  prefix: Scalars['String']['input'];
  type: StockDocumentType;
};

export type SetStockMinimumInput = {
  itemId: Scalars['ID']['input'];
  minimum?: InputMaybe<Scalars['Quantity']['input']>;
  warehouseId: Scalars['ID']['input'];
};

/** What a warehouse holds of an item. */
export type StockBalance = {
  __typename?: 'StockBalance';
  /** On hand less reserved: what can be issued or reserved. */
  available: Scalars['Quantity']['output'];
  /** Moving-average cost of one unit (0 when nothing is on hand). */
  averageCost: Scalars['Money']['output'];
  /** The warehouse's and the item's ids, e.g. "<warehouse id>:<item id>". */
  id: Scalars['ID']['output'];
  item: CatalogItem;
  minimum?: Maybe<Scalars['Quantity']['output']>;
  name: Scalars['String']['output'];
  onHand: Scalars['Quantity']['output'];
  reserved: Scalars['Quantity']['output'];
  /** The item's SKU, name and unit as the warehouse knows them. */
  sku: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** Value of what is on hand. */
  value: Scalars['Money']['output'];
  warehouse: Warehouse;
};

export type StockBalanceConnection = {
  __typename?: 'StockBalanceConnection';
  edges: Array<StockBalanceEdge>;
  nodes: Array<StockBalance>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockBalanceEdge = {
  __typename?: 'StockBalanceEdge';
  cursor: Scalars['String']['output'];
  node: StockBalance;
};

export type StockBalanceFilter = {
  /** Items of this catalog category and its descendants. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out rows with nothing on hand (default true). */
  nonZero?: InputMaybe<Scalars['Boolean']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockBalancePayload = {
  __typename?: 'StockBalancePayload';
  balance?: Maybe<StockBalance>;
  userErrors: Array<UserError>;
};

/** A warehouse document; its PDF is at `pdfUrl`. */
export type StockDocument = {
  __typename?: 'StockDocument';
  auditTrail?: Maybe<Array<AuditEntry>>;
  authorId: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  /** Where the stock arrives; null for issues and write-offs. */
  destination?: Maybe<Warehouse>;
  fieldTaskId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<StockDocumentLine>;
  /** The moves posting wrote. */
  moves: Array<StockMove>;
  /** Per type and year, e.g. "RC-2026-000001". */
  number: Scalars['String']['output'];
  orderId?: Maybe<Scalars['ID']['output']>;
  /**
   * A signed link to the document's PDF on the gateway that a browser or a printer opens without a header;
   * it names this document and expires after 10 minutes.
   */
  pdfUrl: Scalars['String']['output'];
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  postedBy?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<IssuePurpose>;
  reason?: Maybe<Scalars['String']['output']>;
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The document this one reverses. */
  reversalOf?: Maybe<StockDocument>;
  /** The document that reversed this one. */
  reversedBy?: Maybe<StockDocument>;
  /** Where the stock leaves; null for receipts and returns. */
  source?: Maybe<Warehouse>;
  status: StockDocumentStatus;
  subscriberId?: Maybe<Scalars['ID']['output']>;
  supplierReference?: Maybe<Scalars['String']['output']>;
  /** The sum of the lines' costs. */
  total: Scalars['Money']['output'];
  type: StockDocumentType;
  updatedAt: Scalars['DateTime']['output'];
  /** A transfer that waits in IN_TRANSIT until `receiveStockTransfer`. */
  viaTransit: Scalars['Boolean']['output'];
};


/** A warehouse document; its PDF is at `pdfUrl`. */
export type StockDocumentAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type StockDocumentConnection = {
  __typename?: 'StockDocumentConnection';
  edges: Array<StockDocumentEdge>;
  nodes: Array<StockDocument>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockDocumentEdge = {
  __typename?: 'StockDocumentEdge';
  cursor: Scalars['String']['output'];
  node: StockDocument;
};

export type StockDocumentFilter = {
  fieldTaskId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Number prefix or supplier reference, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StockDocumentStatus>;
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<StockDocumentType>;
  /** Documents leaving or arriving at this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockDocumentLine = {
  __typename?: 'StockDocumentLine';
  condition?: Maybe<ReturnCondition>;
  /** Quantity × unit cost. */
  cost?: Maybe<Scalars['Money']['output']>;
  direction?: Maybe<AdjustmentDirection>;
  id: Scalars['ID']['output'];
  item: CatalogItem;
  name: Scalars['String']['output'];
  quantity: Scalars['Quantity']['output'];
  /** The serial numbers of a serial-tracked item, as many as the quantity. */
  serials: Array<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** A receipt's price per unit; once posted elsewhere, the moving-average cost the line moved at. */
  unitCost?: Maybe<Scalars['Money']['output']>;
};

export type StockDocumentLineInput = {
  /** RETURN: the returned unit's condition (required). */
  condition?: InputMaybe<ReturnCondition>;
  /** ADJUSTMENT: IN or OUT (required). */
  direction?: InputMaybe<AdjustmentDirection>;
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Quantity']['input'];
  /** As many as the quantity, for a serial-tracked item; none otherwise. */
  serials?: InputMaybe<Array<Scalars['String']['input']>>;
  /** RECEIPT: the price paid per unit (required). RETURN and incoming ADJUSTMENT: optional, else the average cost. */
  unitCost?: InputMaybe<Scalars['Money']['input']>;
};

export type StockDocumentPayload = {
  __typename?: 'StockDocumentPayload';
  document?: Maybe<StockDocument>;
  userErrors: Array<UserError>;
};

export type StockDocumentPrefix = {
  __typename?: 'StockDocumentPrefix';
  prefix: Scalars['String']['output'];
  type: StockDocumentType;
};

export type StockDocumentPrefixPayload = {
  __typename?: 'StockDocumentPrefixPayload';
  prefix?: Maybe<StockDocumentPrefix>;
  userErrors: Array<UserError>;
};

export type StockDocumentStatus =
  | 'DRAFT'
  | 'POSTED'
  | 'REVERSED';

export type StockDocumentType =
  /** Surplus and shortage found by stock-taking. */
  | 'ADJUSTMENT'
  /** Out of a warehouse to a subscriber, a field task, or for internal use. */
  | 'ISSUE'
  /** From a supplier into a warehouse, at a unit cost. */
  | 'RECEIPT'
  /** Back from a subscriber or a technician, with each line's condition. */
  | 'RETURN'
  /** Between warehouses, optionally through IN_TRANSIT until the receiving side confirms. */
  | 'TRANSFER'
  /** Damaged or lost stock, with a reason. */
  | 'WRITE_OFF';

export type StockLedgerCheck = {
  __typename?: 'StockLedgerCheck';
  /** Balances compared. */
  balancesChecked: Scalars['Int']['output'];
  consistent: Scalars['Boolean']['output'];
  differences: Array<StockLedgerDifference>;
  /** Moves summed. */
  movesChecked: Scalars['Int']['output'];
  serialDifferences: Array<StockSerialDifference>;
};

/** A (location, item) whose balance differs from the sum of its moves. */
export type StockLedgerDifference = {
  __typename?: 'StockLedgerDifference';
  balanceOnHand: Scalars['Quantity']['output'];
  balanceValue: Scalars['Money']['output'];
  item: CatalogItem;
  ledgerOnHand: Scalars['Quantity']['output'];
  ledgerValue: Scalars['Money']['output'];
  location: StockLocation;
};

/**
 * A change of what a warehouse has available of an item, or of its minimum. The quantities are as the change
 * left them; `balance` is read when the event is delivered, so a later change may already show in it.
 */
export type StockLevelChange = {
  __typename?: 'StockLevelChange';
  at: Scalars['DateTime']['output'];
  /** Available after the change: on hand less reserved. */
  available: Scalars['Quantity']['output'];
  balance: StockBalance;
  /** Available is below the minimum after the change. */
  belowMinimum: Scalars['Boolean']['output'];
  cause: StockLevelChangeCause;
  /** Which way this change took it across its minimum; null when it stayed on the same side. */
  crossed?: Maybe<StockMinimumCrossing>;
  /** The document posted, reversed (its mirror) or received; null otherwise. */
  document?: Maybe<StockDocument>;
  /** The minimum after the change; null when there is none. */
  minimum?: Maybe<Scalars['Quantity']['output']>;
  /** Available before the change. */
  previousAvailable: Scalars['Quantity']['output'];
  /** The reservation made or released; null otherwise. */
  reservation?: Maybe<StockReservation>;
};

export type StockLevelChangeCause =
  /** Reservations past their expiry stopped holding stock. */
  | 'EXPIRED'
  /** The minimum was set or cleared (`setStockMinimum`). */
  | 'MINIMUM_SET'
  /** A document was posted (`document`). */
  | 'POSTED'
  /** A transfer through IN_TRANSIT was received (`document`). */
  | 'RECEIVED'
  /** A reservation was released (`reservation`). */
  | 'RELEASED'
  /** Stock was reserved (`reservation`). */
  | 'RESERVED'
  /** A document was reversed (`document` is its mirror). */
  | 'REVERSED';

export type StockLevelChangeFilter = {
  /**
   * Only the changes that take an item below its minimum (`crossed: BELOW`), not every change while it stays
   * below. Default false.
   */
  belowMinimumOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Changes of these items only. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Changes at these warehouses only. */
  warehouseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One end of a move: a warehouse, or one of the system locations. */
export type StockLocation = {
  __typename?: 'StockLocation';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: StockLocationKind;
  name: Scalars['String']['output'];
  /** The warehouse, when this end is one. */
  warehouse?: Maybe<Warehouse>;
};

export type StockLocationKind =
  | 'CENTRAL'
  | 'CUSTOMER'
  | 'IN_TRANSIT'
  | 'LOSS'
  | 'REGIONAL'
  | 'SUPPLIER'
  | 'VAN';

export type StockMinimumCrossing =
  /** Available was at or above the minimum (or there was none) and is below it now. */
  | 'BELOW'
  /**
   * Available was below the minimum and is not any more: stock came in, a reservation ended, or the minimum
   * was lowered or cleared.
   */
  | 'RECOVERED';

/** Quantity of an item that moved from one location to another, with the value it moved at. */
export type StockMove = {
  __typename?: 'StockMove';
  at: Scalars['DateTime']['output'];
  document: StockDocument;
  from: StockLocation;
  id: Scalars['ID']['output'];
  item: CatalogItem;
  quantity: Scalars['Quantity']['output'];
  serials: Array<Scalars['String']['output']>;
  to: StockLocation;
  value: Scalars['Money']['output'];
};

export type StockMoveConnection = {
  __typename?: 'StockMoveConnection';
  edges: Array<StockMoveEdge>;
  nodes: Array<StockMove>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockMoveEdge = {
  __typename?: 'StockMoveEdge';
  cursor: Scalars['String']['output'];
  node: StockMove;
};

export type StockMoveFilter = {
  itemId: Scalars['ID']['input'];
  /** One serial-tracked unit's moves. */
  serial?: InputMaybe<Scalars['String']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockReservation = {
  __typename?: 'StockReservation';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  forId: Scalars['ID']['output'];
  forType: ReservationFor;
  id: Scalars['ID']['output'];
  item: CatalogItem;
  quantity: Scalars['Quantity']['output'];
  /** What is still held (an issue for the same order or task consumes it). */
  remaining: Scalars['Quantity']['output'];
  serials: Array<Scalars['String']['output']>;
  status: ReservationStatus;
  warehouse: Warehouse;
};

export type StockReservationConnection = {
  __typename?: 'StockReservationConnection';
  edges: Array<StockReservationEdge>;
  nodes: Array<StockReservation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockReservationEdge = {
  __typename?: 'StockReservationEdge';
  cursor: Scalars['String']['output'];
  node: StockReservation;
};

export type StockReservationFilter = {
  forId?: InputMaybe<Scalars['ID']['input']>;
  forType?: InputMaybe<ReservationFor>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReservationStatus>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockReservationPayload = {
  __typename?: 'StockReservationPayload';
  reservation?: Maybe<StockReservation>;
  userErrors: Array<UserError>;
};

/** Where one serial-tracked unit is. */
export type StockSerial = {
  __typename?: 'StockSerial';
  item: CatalogItem;
  location: StockLocation;
  reservation?: Maybe<StockReservation>;
  serial: Scalars['String']['output'];
};

export type StockSerialConnection = {
  __typename?: 'StockSerialConnection';
  edges: Array<StockSerialEdge>;
  nodes: Array<StockSerial>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A serial whose recorded place differs from where its last move took it. */
export type StockSerialDifference = {
  __typename?: 'StockSerialDifference';
  item: CatalogItem;
  ledgerAt?: Maybe<StockLocation>;
  recordedAt?: Maybe<StockLocation>;
  serial: Scalars['String']['output'];
};

export type StockSerialEdge = {
  __typename?: 'StockSerialEdge';
  cursor: Scalars['String']['output'];
  node: StockSerial;
};

export type StockSerialFilter = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Serials at this location (a warehouse, a van, or a system location). */
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockTotals = {
  __typename?: 'StockTotals';
  available: Scalars['Quantity']['output'];
  onHand: Scalars['Quantity']['output'];
  reserved: Scalars['Quantity']['output'];
  value: Scalars['Money']['output'];
};

export type StockValuation = {
  __typename?: 'StockValuation';
  total: Scalars['Money']['output'];
  warehouses: Array<WarehouseValue>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every (warehouse, item) whose available quantity changes — a document posted, reversed or received, a
   * reservation made, released or expired — or whose minimum is set, once the change commits; `crossed`
   * says when it has just fallen below its minimum or recovered. Stock on its way (IN_TRANSIT) is no
   * warehouse's and sends nothing until it is received.
   */
  stockLevelChanged: StockLevelChange;
};


export type SubscriptionStockLevelChangedArgs = {
  filter?: InputMaybe<StockLevelChangeFilter>;
};

export type UpdateStockDocumentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  fieldTaskId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces every line when given. */
  lines?: InputMaybe<Array<StockDocumentLineInput>>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: InputMaybe<IssuePurpose>;
  reason?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  viaTransit?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateWarehouseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  technicianId?: InputMaybe<Scalars['ID']['input']>;
};

/** A domain failure of a mutation: `field` is the path into the input, `code` is stable for programs. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** A place that holds stock: a central or regional warehouse, or a technician's van. */
export type Warehouse = {
  __typename?: 'Warehouse';
  address?: Maybe<Scalars['String']['output']>;
  archived: Scalars['Boolean']['output'];
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** What it holds, in SKU order. */
  balances: StockBalanceConnection;
  /** Short unique code, e.g. "MSK-CENTRAL". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: WarehouseKind;
  name: Scalars['String']['output'];
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  /** The value of what it holds at moving-average cost. */
  stockValue: Scalars['Money']['output'];
  /** A van's technician (support's `Technician` id). */
  technicianId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A place that holds stock: a central or regional warehouse, or a technician's van. */
export type WarehouseAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A place that holds stock: a central or regional warehouse, or a technician's van. */
export type WarehouseBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WarehouseFilter = {
  /** Include archived warehouses (default false). */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<WarehouseKind>;
  technicianId?: InputMaybe<Scalars['ID']['input']>;
};

export type WarehouseKind =
  | 'CENTRAL'
  | 'REGIONAL'
  /** A technician's mobile stock. */
  | 'VAN';

export type WarehousePayload = {
  __typename?: 'WarehousePayload';
  userErrors: Array<UserError>;
  warehouse?: Maybe<Warehouse>;
};

export type WarehouseValue = {
  __typename?: 'WarehouseValue';
  value: Scalars['Money']['output'];
  warehouse: Warehouse;
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
  StockDocument: StockDocument;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CatalogItem:
    ( { __typename: 'CatalogItem' }
    & GraphQLRecursivePick<FederationTypes['CatalogItem'], {"id":true}> );
  StockDocument:
    ( { __typename: 'StockDocument' }
    & GraphQLRecursivePick<FederationTypes['StockDocument'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustmentDirection: AdjustmentDirection;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CatalogItem: ResolverTypeWrapper<CatalogItemRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateStockDocumentInput: CreateStockDocumentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateWarehouseInput: CreateWarehouseInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteStockDocumentInput: DeleteStockDocumentInput;
  IssuePurpose: IssuePurpose;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostStockDocumentInput: PostStockDocumentInput;
  Quantity: ResolverTypeWrapper<Scalars['Quantity']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveStockTransferInput: ReceiveStockTransferInput;
  ReleaseStockReservationInput: ReleaseStockReservationInput;
  ReservationFor: ReservationFor;
  ReservationStatus: ReservationStatus;
  ReserveStockInput: ReserveStockInput;
  ReturnCondition: ReturnCondition;
  ReverseStockDocumentInput: ReverseStockDocumentInput;
  SetStockDocumentPrefixInput: SetStockDocumentPrefixInput;
  SetStockMinimumInput: SetStockMinimumInput;
  StockBalance: ResolverTypeWrapper<BalanceRow>;
  StockBalanceConnection: ResolverTypeWrapper<Connection<BalanceRow>>;
  StockBalanceEdge: ResolverTypeWrapper<Omit<StockBalanceEdge, 'node'> & { node: ResolversTypes['StockBalance'] }>;
  StockBalanceFilter: StockBalanceFilter;
  StockBalancePayload: ResolverTypeWrapper<Payload<'balance', BalanceRow>>;
  StockDocument: ResolverTypeWrapper<DocumentRow>;
  StockDocumentConnection: ResolverTypeWrapper<Connection<DocumentRow>>;
  StockDocumentEdge: ResolverTypeWrapper<Omit<StockDocumentEdge, 'node'> & { node: ResolversTypes['StockDocument'] }>;
  StockDocumentFilter: StockDocumentFilter;
  StockDocumentLine: ResolverTypeWrapper<DocumentLineRow>;
  StockDocumentLineInput: StockDocumentLineInput;
  StockDocumentPayload: ResolverTypeWrapper<Payload<'document', DocumentRow>>;
  StockDocumentPrefix: ResolverTypeWrapper<StockDocumentPrefix>;
  StockDocumentPrefixPayload: ResolverTypeWrapper<StockDocumentPrefixPayload>;
  StockDocumentStatus: StockDocumentStatus;
  StockDocumentType: StockDocumentType;
  StockLedgerCheck: ResolverTypeWrapper<Omit<StockLedgerCheck, 'differences' | 'serialDifferences'> & { differences: Array<ResolversTypes['StockLedgerDifference']>, serialDifferences: Array<ResolversTypes['StockSerialDifference']> }>;
  StockLedgerDifference: ResolverTypeWrapper<Omit<StockLedgerDifference, 'item' | 'location'> & { item: ResolversTypes['CatalogItem'], location: ResolversTypes['StockLocation'] }>;
  StockLevelChange: ResolverTypeWrapper<StockLevelChangeEvent>;
  StockLevelChangeCause: StockLevelChangeCause;
  StockLevelChangeFilter: StockLevelChangeFilter;
  StockLocation: ResolverTypeWrapper<LocationRow>;
  StockLocationKind: StockLocationKind;
  StockMinimumCrossing: StockMinimumCrossing;
  StockMove: ResolverTypeWrapper<MoveRow>;
  StockMoveConnection: ResolverTypeWrapper<Connection<MoveRow>>;
  StockMoveEdge: ResolverTypeWrapper<Omit<StockMoveEdge, 'node'> & { node: ResolversTypes['StockMove'] }>;
  StockMoveFilter: StockMoveFilter;
  StockReservation: ResolverTypeWrapper<ReservationRow>;
  StockReservationConnection: ResolverTypeWrapper<Connection<ReservationRow>>;
  StockReservationEdge: ResolverTypeWrapper<Omit<StockReservationEdge, 'node'> & { node: ResolversTypes['StockReservation'] }>;
  StockReservationFilter: StockReservationFilter;
  StockReservationPayload: ResolverTypeWrapper<Payload<'reservation', ReservationRow>>;
  StockSerial: ResolverTypeWrapper<SerialRow>;
  StockSerialConnection: ResolverTypeWrapper<Connection<SerialRow>>;
  StockSerialDifference: ResolverTypeWrapper<Omit<StockSerialDifference, 'item' | 'ledgerAt' | 'recordedAt'> & { item: ResolversTypes['CatalogItem'], ledgerAt?: Maybe<ResolversTypes['StockLocation']>, recordedAt?: Maybe<ResolversTypes['StockLocation']> }>;
  StockSerialEdge: ResolverTypeWrapper<Omit<StockSerialEdge, 'node'> & { node: ResolversTypes['StockSerial'] }>;
  StockSerialFilter: StockSerialFilter;
  StockTotals: ResolverTypeWrapper<StockTotals>;
  StockValuation: ResolverTypeWrapper<Omit<StockValuation, 'warehouses'> & { warehouses: Array<ResolversTypes['WarehouseValue']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateStockDocumentInput: UpdateStockDocumentInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: ResolverTypeWrapper<UserError>;
  Warehouse: ResolverTypeWrapper<LocationRow>;
  WarehouseFilter: WarehouseFilter;
  WarehouseKind: WarehouseKind;
  WarehousePayload: ResolverTypeWrapper<Payload<'warehouse', LocationRow>>;
  WarehouseValue: ResolverTypeWrapper<Omit<WarehouseValue, 'warehouse'> & { warehouse: ResolversTypes['Warehouse'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditRow;
  String: Scalars['String']['output'];
  CatalogItem: CatalogItemRef;
  ID: Scalars['ID']['output'];
  CreateStockDocumentInput: CreateStockDocumentInput;
  Boolean: Scalars['Boolean']['output'];
  CreateWarehouseInput: CreateWarehouseInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteStockDocumentInput: DeleteStockDocumentInput;
  JSON: Scalars['JSON']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostStockDocumentInput: PostStockDocumentInput;
  Quantity: Scalars['Quantity']['output'];
  Query: Record<PropertyKey, never>;
  ReceiveStockTransferInput: ReceiveStockTransferInput;
  ReleaseStockReservationInput: ReleaseStockReservationInput;
  ReserveStockInput: ReserveStockInput;
  ReverseStockDocumentInput: ReverseStockDocumentInput;
  SetStockDocumentPrefixInput: SetStockDocumentPrefixInput;
  SetStockMinimumInput: SetStockMinimumInput;
  StockBalance: BalanceRow;
  StockBalanceConnection: Connection<BalanceRow>;
  StockBalanceEdge: Omit<StockBalanceEdge, 'node'> & { node: ResolversParentTypes['StockBalance'] };
  StockBalanceFilter: StockBalanceFilter;
  StockBalancePayload: Payload<'balance', BalanceRow>;
  StockDocument: DocumentRow;
  StockDocumentConnection: Connection<DocumentRow>;
  StockDocumentEdge: Omit<StockDocumentEdge, 'node'> & { node: ResolversParentTypes['StockDocument'] };
  StockDocumentFilter: StockDocumentFilter;
  StockDocumentLine: DocumentLineRow;
  StockDocumentLineInput: StockDocumentLineInput;
  StockDocumentPayload: Payload<'document', DocumentRow>;
  StockDocumentPrefix: StockDocumentPrefix;
  StockDocumentPrefixPayload: StockDocumentPrefixPayload;
  StockLedgerCheck: Omit<StockLedgerCheck, 'differences' | 'serialDifferences'> & { differences: Array<ResolversParentTypes['StockLedgerDifference']>, serialDifferences: Array<ResolversParentTypes['StockSerialDifference']> };
  StockLedgerDifference: Omit<StockLedgerDifference, 'item' | 'location'> & { item: ResolversParentTypes['CatalogItem'], location: ResolversParentTypes['StockLocation'] };
  StockLevelChange: StockLevelChangeEvent;
  StockLevelChangeFilter: StockLevelChangeFilter;
  StockLocation: LocationRow;
  StockMove: MoveRow;
  StockMoveConnection: Connection<MoveRow>;
  StockMoveEdge: Omit<StockMoveEdge, 'node'> & { node: ResolversParentTypes['StockMove'] };
  StockMoveFilter: StockMoveFilter;
  StockReservation: ReservationRow;
  StockReservationConnection: Connection<ReservationRow>;
  StockReservationEdge: Omit<StockReservationEdge, 'node'> & { node: ResolversParentTypes['StockReservation'] };
  StockReservationFilter: StockReservationFilter;
  StockReservationPayload: Payload<'reservation', ReservationRow>;
  StockSerial: SerialRow;
  StockSerialConnection: Connection<SerialRow>;
  StockSerialDifference: Omit<StockSerialDifference, 'item' | 'ledgerAt' | 'recordedAt'> & { item: ResolversParentTypes['CatalogItem'], ledgerAt?: Maybe<ResolversParentTypes['StockLocation']>, recordedAt?: Maybe<ResolversParentTypes['StockLocation']> };
  StockSerialEdge: Omit<StockSerialEdge, 'node'> & { node: ResolversParentTypes['StockSerial'] };
  StockSerialFilter: StockSerialFilter;
  StockTotals: StockTotals;
  StockValuation: Omit<StockValuation, 'warehouses'> & { warehouses: Array<ResolversParentTypes['WarehouseValue']> };
  Subscription: Record<PropertyKey, never>;
  UpdateStockDocumentInput: UpdateStockDocumentInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: UserError;
  Warehouse: LocationRow;
  WarehouseFilter: WarehouseFilter;
  WarehousePayload: Payload<'warehouse', LocationRow>;
  WarehouseValue: Omit<WarehouseValue, 'warehouse'> & { warehouse: ResolversParentTypes['Warehouse'] };
  Int: Scalars['Int']['output'];
}>;

export type BulkInputDirectiveArgs = {
  maxBytes: Scalars['Int']['input'];
};

export type BulkInputDirectiveResolver<Result, Parent, ContextType = WarehouseContext, Args = BulkInputDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = WarehouseContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CatalogItemResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['CatalogItem'] = ResolversParentTypes['CatalogItem'], FederationReferenceType extends FederationReferenceTypes['CatalogItem'] = FederationReferenceTypes['CatalogItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CatalogItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockBalance']>, ParentType, ContextType>;
  stockTotals?: Resolver<ResolversTypes['StockTotals'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createStockDocument?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationCreateStockDocumentArgs, 'input'>>;
  createWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationCreateWarehouseArgs, 'input'>>;
  deleteStockDocument?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationDeleteStockDocumentArgs, 'input'>>;
  postStockDocument?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationPostStockDocumentArgs, 'input'>>;
  receiveStockTransfer?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationReceiveStockTransferArgs, 'input'>>;
  releaseStockReservation?: Resolver<ResolversTypes['StockReservationPayload'], ParentType, ContextType, RequireFields<MutationReleaseStockReservationArgs, 'input'>>;
  reserveStock?: Resolver<ResolversTypes['StockReservationPayload'], ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  reverseStockDocument?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationReverseStockDocumentArgs, 'input'>>;
  setStockDocumentPrefix?: Resolver<ResolversTypes['StockDocumentPrefixPayload'], ParentType, ContextType, RequireFields<MutationSetStockDocumentPrefixArgs, 'input'>>;
  setStockMinimum?: Resolver<ResolversTypes['StockBalancePayload'], ParentType, ContextType, RequireFields<MutationSetStockMinimumArgs, 'input'>>;
  updateStockDocument?: Resolver<ResolversTypes['StockDocumentPayload'], ParentType, ContextType, RequireFields<MutationUpdateStockDocumentArgs, 'input'>>;
  updateWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationUpdateWarehouseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface QuantityScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Quantity'], any> {
  name: 'Quantity';
}

export type QueryResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  stockBalances?: Resolver<ResolversTypes['StockBalanceConnection'], ParentType, ContextType, Partial<QueryStockBalancesArgs>>;
  stockBelowMinimum?: Resolver<Array<ResolversTypes['StockBalance']>, ParentType, ContextType, Partial<QueryStockBelowMinimumArgs>>;
  stockDocument?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType, RequireFields<QueryStockDocumentArgs, 'id'>>;
  stockDocumentByNumber?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType, RequireFields<QueryStockDocumentByNumberArgs, 'number'>>;
  stockDocuments?: Resolver<ResolversTypes['StockDocumentConnection'], ParentType, ContextType, Partial<QueryStockDocumentsArgs>>;
  stockLedgerCheck?: Resolver<ResolversTypes['StockLedgerCheck'], ParentType, ContextType>;
  stockMoves?: Resolver<ResolversTypes['StockMoveConnection'], ParentType, ContextType, RequireFields<QueryStockMovesArgs, 'filter'>>;
  stockReservations?: Resolver<ResolversTypes['StockReservationConnection'], ParentType, ContextType, Partial<QueryStockReservationsArgs>>;
  stockSerial?: Resolver<Maybe<ResolversTypes['StockSerial']>, ParentType, ContextType, RequireFields<QueryStockSerialArgs, 'itemId' | 'serial'>>;
  stockSerials?: Resolver<ResolversTypes['StockSerialConnection'], ParentType, ContextType, Partial<QueryStockSerialsArgs>>;
  stockValuation?: Resolver<ResolversTypes['StockValuation'], ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType, RequireFields<QueryWarehouseArgs, 'id'>>;
  warehouses?: Resolver<Array<ResolversTypes['Warehouse']>, ParentType, ContextType, Partial<QueryWarehousesArgs>>;
}>;

export type StockBalanceResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockBalance'] = ResolversParentTypes['StockBalance']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  averageCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockBalanceConnectionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockBalanceConnection'] = ResolversParentTypes['StockBalanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockBalanceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockBalance']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockBalanceEdgeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockBalanceEdge'] = ResolversParentTypes['StockBalanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockBalance'], ParentType, ContextType>;
}>;

export type StockBalancePayloadResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockBalancePayload'] = ResolversParentTypes['StockBalancePayload']> = ResolversObject<{
  balance?: Resolver<Maybe<ResolversTypes['StockBalance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockDocumentResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocument'] = ResolversParentTypes['StockDocument'], FederationReferenceType extends FederationReferenceTypes['StockDocument'] = FederationReferenceTypes['StockDocument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<StockDocumentAuditTrailArgs, 'limit'>>;
  authorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  fieldTaskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StockDocumentLine']>, ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['StockMove']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  postedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['IssuePurpose']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reversalOf?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StockDocumentStatus'], ParentType, ContextType>;
  subscriberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supplierReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StockDocumentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viaTransit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StockDocumentConnectionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentConnection'] = ResolversParentTypes['StockDocumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockDocumentEdgeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentEdge'] = ResolversParentTypes['StockDocumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockDocument'], ParentType, ContextType>;
}>;

export type StockDocumentLineResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentLine'] = ResolversParentTypes['StockDocumentLine']> = ResolversObject<{
  condition?: Resolver<Maybe<ResolversTypes['ReturnCondition']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['AdjustmentDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  serials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type StockDocumentPayloadResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentPayload'] = ResolversParentTypes['StockDocumentPayload']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockDocumentPrefixResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentPrefix'] = ResolversParentTypes['StockDocumentPrefix']> = ResolversObject<{
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StockDocumentType'], ParentType, ContextType>;
}>;

export type StockDocumentPrefixPayloadResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockDocumentPrefixPayload'] = ResolversParentTypes['StockDocumentPrefixPayload']> = ResolversObject<{
  prefix?: Resolver<Maybe<ResolversTypes['StockDocumentPrefix']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockLedgerCheckResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockLedgerCheck'] = ResolversParentTypes['StockLedgerCheck']> = ResolversObject<{
  balancesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consistent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['StockLedgerDifference']>, ParentType, ContextType>;
  movesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serialDifferences?: Resolver<Array<ResolversTypes['StockSerialDifference']>, ParentType, ContextType>;
}>;

export type StockLedgerDifferenceResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockLedgerDifference'] = ResolversParentTypes['StockLedgerDifference']> = ResolversObject<{
  balanceOnHand?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  balanceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  ledgerOnHand?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  ledgerValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
}>;

export type StockLevelChangeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockLevelChange'] = ResolversParentTypes['StockLevelChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['StockBalance'], ParentType, ContextType>;
  belowMinimum?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['StockLevelChangeCause'], ParentType, ContextType>;
  crossed?: Resolver<Maybe<ResolversTypes['StockMinimumCrossing']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['StockDocument']>, ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  previousAvailable?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockLocationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type StockMoveResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockMove'] = ResolversParentTypes['StockMove']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StockDocument'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  serials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type StockMoveConnectionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockMoveConnection'] = ResolversParentTypes['StockMoveConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMoveEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockMove']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockMoveEdgeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockMoveEdge'] = ResolversParentTypes['StockMoveEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMove'], ParentType, ContextType>;
}>;

export type StockReservationResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockReservation'] = ResolversParentTypes['StockReservation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  forId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  forType?: Resolver<ResolversTypes['ReservationFor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  serials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockReservationConnectionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockReservationConnection'] = ResolversParentTypes['StockReservationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockReservationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockReservation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockReservationEdgeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockReservationEdge'] = ResolversParentTypes['StockReservationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockReservation'], ParentType, ContextType>;
}>;

export type StockReservationPayloadResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockReservationPayload'] = ResolversParentTypes['StockReservationPayload']> = ResolversObject<{
  reservation?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockSerialResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockSerial'] = ResolversParentTypes['StockSerial']> = ResolversObject<{
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockSerialConnectionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockSerialConnection'] = ResolversParentTypes['StockSerialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockSerialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockSerial']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockSerialDifferenceResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockSerialDifference'] = ResolversParentTypes['StockSerialDifference']> = ResolversObject<{
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  ledgerAt?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockSerialEdgeResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockSerialEdge'] = ResolversParentTypes['StockSerialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockSerial'], ParentType, ContextType>;
}>;

export type StockTotalsResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockTotals'] = ResolversParentTypes['StockTotals']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type StockValuationResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['StockValuation'] = ResolversParentTypes['StockValuation']> = ResolversObject<{
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  warehouses?: Resolver<Array<ResolversTypes['WarehouseValue']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  stockLevelChanged?: SubscriptionResolver<ResolversTypes['StockLevelChange'], "stockLevelChanged", ParentType, ContextType, Partial<SubscriptionStockLevelChangedArgs>>;
}>;

export type UserErrorResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<WarehouseAuditTrailArgs, 'limit'>>;
  balances?: Resolver<ResolversTypes['StockBalanceConnection'], ParentType, ContextType, Partial<WarehouseBalancesArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WarehouseKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsiblePerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stockValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  technicianId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type WarehousePayloadResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['WarehousePayload'] = ResolversParentTypes['WarehousePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type WarehouseValueResolvers<ContextType = WarehouseContext, ParentType extends ResolversParentTypes['WarehouseValue'] = ResolversParentTypes['WarehouseValue']> = ResolversObject<{
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WarehouseContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CatalogItem?: CatalogItemResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Quantity?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  StockBalance?: StockBalanceResolvers<ContextType>;
  StockBalanceConnection?: StockBalanceConnectionResolvers<ContextType>;
  StockBalanceEdge?: StockBalanceEdgeResolvers<ContextType>;
  StockBalancePayload?: StockBalancePayloadResolvers<ContextType>;
  StockDocument?: StockDocumentResolvers<ContextType>;
  StockDocumentConnection?: StockDocumentConnectionResolvers<ContextType>;
  StockDocumentEdge?: StockDocumentEdgeResolvers<ContextType>;
  StockDocumentLine?: StockDocumentLineResolvers<ContextType>;
  StockDocumentPayload?: StockDocumentPayloadResolvers<ContextType>;
  StockDocumentPrefix?: StockDocumentPrefixResolvers<ContextType>;
  StockDocumentPrefixPayload?: StockDocumentPrefixPayloadResolvers<ContextType>;
  StockLedgerCheck?: StockLedgerCheckResolvers<ContextType>;
  StockLedgerDifference?: StockLedgerDifferenceResolvers<ContextType>;
  StockLevelChange?: StockLevelChangeResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  StockMove?: StockMoveResolvers<ContextType>;
  StockMoveConnection?: StockMoveConnectionResolvers<ContextType>;
  StockMoveEdge?: StockMoveEdgeResolvers<ContextType>;
  StockReservation?: StockReservationResolvers<ContextType>;
  StockReservationConnection?: StockReservationConnectionResolvers<ContextType>;
  StockReservationEdge?: StockReservationEdgeResolvers<ContextType>;
  StockReservationPayload?: StockReservationPayloadResolvers<ContextType>;
  StockSerial?: StockSerialResolvers<ContextType>;
  StockSerialConnection?: StockSerialConnectionResolvers<ContextType>;
  StockSerialDifference?: StockSerialDifferenceResolvers<ContextType>;
  StockSerialEdge?: StockSerialEdgeResolvers<ContextType>;
  StockTotals?: StockTotalsResolvers<ContextType>;
  StockValuation?: StockValuationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehousePayload?: WarehousePayloadResolvers<ContextType>;
  WarehouseValue?: WarehouseValueResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = WarehouseContext> = ResolversObject<{
  bulkInput?: BulkInputDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
