import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CategoryRow, ItemRow, BarcodeRow, PriceRow, UnitRow, VatRateRow, PackagingRow, PromotionRow, CertificateRow } from '../db/tables.ts';
import type { AuditRow } from '../../shared/audit.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { Payload } from '../../shared/errors.ts';
import type { QuoteResult } from '../service/quote.ts';
import type { CatalogContext } from '../context.ts';
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

export type ActivateCatalogItemInput = {
  id: Scalars['ID']['input'];
};

export type ActivatePromotionInput = {
  id: Scalars['ID']['input'];
};

export type AddCatalogItemBarcodeInput = {
  /** Omit to generate an internal Code 128. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Replays the first result when the same key is sent again with the same input: a retry adds no second code. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** Detected from the code when omitted (13 digits with a valid check digit are EAN13). */
  type?: InputMaybe<BarcodeType>;
};

export type AppliedPromotion = {
  __typename?: 'AppliedPromotion';
  amount: Scalars['Money']['output'];
  promotion: Promotion;
};

export type ArchiveCatalogCategoryInput = {
  id: Scalars['ID']['input'];
};

export type Attachment = {
  __typename?: 'Attachment';
  name: Scalars['String']['output'];
  /** MIME type or a kind such as IMAGE, DATASHEET, MANUAL. */
  type: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type AttachmentInput = {
  name: Scalars['String']['input'];
  type: Scalars['String']['input'];
  url: Scalars['String']['input'];
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

export type Barcode = {
  __typename?: 'Barcode';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  type: BarcodeType;
};

export type BarcodeInput = {
  code: Scalars['String']['input'];
  /** Detected from the code when omitted. */
  type?: InputMaybe<BarcodeType>;
};

export type BarcodeType =
  /** Internal Code 128. */
  | 'CODE128'
  /** EAN-13 from the manufacturer; the check digit is verified. */
  | 'EAN13';

/** A node of the one hierarchical catalog: categories nest to any depth, items belong to one category. */
export type CatalogCategory = {
  __typename?: 'CatalogCategory';
  /** Every change to this category, newest first (at most 100); null without `audit:read` or `catalog:write`. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** The path from the root down to and including this category. */
  breadcrumbs: Array<CatalogCategory>;
  /** Direct children, in name order. */
  children: Array<CatalogCategory>;
  createdAt: Scalars['DateTime']['output'];
  /** Depth in the tree; roots are 0. */
  depth: Scalars['Int']['output'];
  /** Every category under this one (not itself), in name order. */
  descendants: CatalogCategoryConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** The definitions items of this category must follow: inherited from every ancestor, then its own. */
  effectiveTemplate: Array<CharacteristicDefinition>;
  id: Scalars['ID']['output'];
  /** Items of this category; with `includeDescendants`, of its whole subtree. */
  items: CatalogItemConnection;
  name: Scalars['String']['output'];
  /** The parent category; null for a root. */
  parent?: Maybe<CatalogCategory>;
  status: CatalogCategoryStatus;
  /** This category's own characteristic definitions. */
  template: Array<CharacteristicDefinition>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A node of the one hierarchical catalog: categories nest to any depth, items belong to one category. */
export type CatalogCategoryAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the one hierarchical catalog: categories nest to any depth, items belong to one category. */
export type CatalogCategoryDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the one hierarchical catalog: categories nest to any depth, items belong to one category. */
export type CatalogCategoryItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<CatalogItemOrderBy>;
};

export type CatalogCategoryConnection = {
  __typename?: 'CatalogCategoryConnection';
  edges: Array<CatalogCategoryEdge>;
  nodes: Array<CatalogCategory>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CatalogCategoryEdge = {
  __typename?: 'CatalogCategoryEdge';
  cursor: Scalars['String']['output'];
  node: CatalogCategory;
};

export type CatalogCategoryFilter = {
  /** Only direct children of this category. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only root categories. */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CatalogCategoryStatus>;
  /** Only this category and its descendants. */
  subtreeOf?: InputMaybe<Scalars['ID']['input']>;
};

export type CatalogCategoryOrderBy = {
  direction: OrderDirection;
  field: CatalogCategoryOrderField;
};

export type CatalogCategoryOrderField =
  | 'CREATED_AT'
  | 'NAME';

export type CatalogCategoryPayload = {
  __typename?: 'CatalogCategoryPayload';
  category?: Maybe<CatalogCategory>;
  userErrors: Array<UserError>;
};

export type CatalogCategoryStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItem = {
  __typename?: 'CatalogItem';
  /** Images and documents, by reference. */
  attachments: Array<Attachment>;
  /** Every change to this item, newest first (at most 100); null without `audit:read` or `catalog:write`. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  barcodes: Array<Barcode>;
  category: CatalogCategory;
  /** Certificates covering this item, by default only those valid at `validAt` (default today). */
  certificates: Array<Certificate>;
  /** Characteristic values by key, validated against the category's effective template, e.g. `{ "ponType": "GPON", "lanPorts": 4 }`. */
  characteristics: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Rich description, markdown. */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tags people search by, in either language, e.g. `["switch", "коммутатор"]`. */
  keywords: Array<Scalars['String']['output']>;
  kind: CatalogItemKind;
  manufacturer?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Packagings of the item with the quantity of its unit each holds (a 1,000 m drum), smallest first. */
  packagings: Array<Packaging>;
  /** The list price in `currency` at `at` (default now); null when none holds. */
  price?: Maybe<Price>;
  /** Every price of the item, newest window first. */
  priceHistory: Array<Price>;
  /** For services: ONE_TIME (installation) or RECURRING (a tariff). */
  serviceType?: Maybe<ServiceType>;
  /** Stock-keeping unit, unique across the catalog. */
  sku: Scalars['String']['output'];
  /** Equipment models only: the SNMP sysObjectID its devices answer, e.g. "1.3.6.1.4.1.2011.2.248"; unique. */
  snmpSysObjectId?: Maybe<Scalars['String']['output']>;
  status: CatalogItemStatus;
  /** Equipment models only: sold, rented, or either. */
  supply?: Maybe<EquipmentSupply>;
  /** Equipment models only (null otherwise): each unit is known by its MAC address. */
  trackedByMac?: Maybe<Scalars['Boolean']['output']>;
  /** Equipment models only (null otherwise): each unit carries a serial number (assets tracks it). */
  trackedBySerial?: Maybe<Scalars['Boolean']['output']>;
  /** The unit its quantities, prices and stock are in. */
  unit: UnitOfMeasure;
  updatedAt: Scalars['DateTime']['output'];
  /** The item's VAT on `at` (default today); null when none is set. */
  vat?: Maybe<VatRate>;
  /** Every VAT window of the item, newest first. */
  vatHistory: Array<VatRate>;
  vendorPartNumber?: Maybe<Scalars['String']['output']>;
  /** Equipment models only: the manufacturer's warranty, 0–120 months. */
  warrantyMonths?: Maybe<Scalars['Int']['output']>;
};


/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItemAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItemCertificatesArgs = {
  includeExpired?: InputMaybe<Scalars['Boolean']['input']>;
  validAt?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItemPriceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItemPriceHistoryArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Anything the operator sells, stocks or installs. Equipment models have serial-tracked units; materials
 * are bulk with fractional quantities; services are one-time or recurring.
 */
export type CatalogItemVatArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

export type CatalogItemConnection = {
  __typename?: 'CatalogItemConnection';
  edges: Array<CatalogItemEdge>;
  nodes: Array<CatalogItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CatalogItemEdge = {
  __typename?: 'CatalogItemEdge';
  cursor: Scalars['String']['output'];
  node: CatalogItem;
};

export type CatalogItemFilter = {
  /** Items carrying this barcode. */
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** Only items of this category and its descendants. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Items whose characteristics contain these values, e.g. `{ "ponType": "GPON" }`. */
  characteristics?: InputMaybe<Scalars['JSON']['input']>;
  kind?: InputMaybe<CatalogItemKind>;
  /**
   * Search on SKU, name, manufacturer, part number and keywords: every word must match, as a prefix or as one of the
   * closest known words (typos tolerated, Russian and English); at most 200 characters. Without an explicit
   * `orderBy`, results come best match first; a one-word search, where every match holds the word, comes in
   * name order.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CatalogItemStatus>;
};

export type CatalogItemKind =
  /** A model of serial-tracked equipment (ONT, router, OLT, switch). */
  | 'EQUIPMENT_MODEL'
  | 'GOODS'
  /** Bulk material counted in fractional units (metres of cable). */
  | 'MATERIAL'
  | 'SERVICE';

export type CatalogItemOrderBy = {
  direction: OrderDirection;
  field: CatalogItemOrderField;
};

export type CatalogItemOrderField =
  | 'CREATED_AT'
  | 'NAME'
  /** Best match first; only with a search of two words or more (otherwise NAME). */
  | 'RELEVANCE'
  | 'SKU'
  | 'UPDATED_AT';

export type CatalogItemPayload = {
  __typename?: 'CatalogItemPayload';
  item?: Maybe<CatalogItem>;
  userErrors: Array<UserError>;
};

/** Lifecycle: DRAFT → ACTIVE → DISCONTINUED (a discontinued item may be re-activated). */
export type CatalogItemStatus =
  | 'ACTIVE'
  | 'DISCONTINUED'
  | 'DRAFT';

export type CatalogItemVatPayload = {
  __typename?: 'CatalogItemVatPayload';
  item?: Maybe<CatalogItem>;
  userErrors: Array<UserError>;
  vat?: Maybe<VatRate>;
};

export type CatalogPricePayload = {
  __typename?: 'CatalogPricePayload';
  item?: Maybe<CatalogItem>;
  price?: Maybe<Price>;
  userErrors: Array<UserError>;
};

/** A conformity certificate or declaration, warranty or other document covering items for a period. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Every change, newest first (at most 100); null without `audit:read` or `catalog:write`. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  createdAt: Scalars['DateTime']['output'];
  /** Days left until `validTo` (negative once expired); null when unlimited. */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  documentUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuer: Scalars['String']['output'];
  /** The items it covers (a certificate may cover a thousand), in name order. */
  items: CatalogItemConnection;
  number: Scalars['String']['output'];
  type: CertificateType;
  /** First day of validity. */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity; null when unlimited. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A conformity certificate or declaration, warranty or other document covering items for a period. */
export type CertificateAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A conformity certificate or declaration, warranty or other document covering items for a period. */
export type CertificateItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CertificateConnection = {
  __typename?: 'CertificateConnection';
  edges: Array<CertificateEdge>;
  nodes: Array<Certificate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CertificateEdge = {
  __typename?: 'CertificateEdge';
  cursor: Scalars['String']['output'];
  node: Certificate;
};

export type CertificateFilter = {
  /** Only certificates still valid today that expire within this many days. */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Number or issuer contains this text. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<CertificateType>;
  /** Only certificates valid on this day. */
  validAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CertificatePayload = {
  __typename?: 'CertificatePayload';
  certificate?: Maybe<Certificate>;
  userErrors: Array<UserError>;
};

export type CertificateType =
  | 'CERTIFICATE_OF_CONFORMITY'
  | 'DECLARATION_OF_CONFORMITY'
  | 'OTHER'
  | 'WARRANTY';

/** One characteristic items of a category carry, e.g. `lanPorts` (NUMBER) or `ponType` (ENUM). */
export type CharacteristicDefinition = {
  __typename?: 'CharacteristicDefinition';
  /** camelCase key used in `CatalogItem.characteristics`. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Allowed values of an ENUM. */
  options?: Maybe<Array<Scalars['String']['output']>>;
  required: Scalars['Boolean']['output'];
  type: CharacteristicType;
  unit?: Maybe<Scalars['String']['output']>;
};

export type CharacteristicDefinitionInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CharacteristicType;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type CharacteristicType =
  | 'BOOLEAN'
  | 'ENUM'
  | 'NUMBER'
  | 'TEXT';

export type ConsideredPromotion = {
  __typename?: 'ConsideredPromotion';
  detail: Scalars['String']['output'];
  promotion: Promotion;
  /**
   * OUT_OF_SCOPE (it holds the promo code given, but not for this line; `detail` names its scope), INACTIVE,
   * NOT_STARTED, EXPIRED, BELOW_MIN_QUANTITY, PROMO_CODE_REQUIRED, PROMO_CODE_MISMATCH, LOST_TO_BETTER,
   * NOTHING_LEFT_TO_DISCOUNT.
   */
  reason: Scalars['String']['output'];
};

export type CreateCatalogCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replays the first result when the same key is sent again with the same input. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Parent category; omit for a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCatalogItemInput = {
  attachments?: InputMaybe<Array<AttachmentInput>>;
  barcodes?: InputMaybe<Array<BarcodeInput>>;
  categoryId: Scalars['ID']['input'];
  characteristics?: InputMaybe<Scalars['JSON']['input']>;
  /** Markdown, up to 20,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replays the first result when the same key is sent again with the same input. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 search tags of up to 50 characters; repeats (in any letter case) are kept once. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: CatalogItemKind;
  manufacturer?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Required for services. */
  serviceType?: InputMaybe<ServiceType>;
  sku: Scalars['String']['input'];
  /** Equipment models only: an OID (INVALID_OID otherwise), unique across the catalog (DUPLICATE_SYS_OBJECT_ID). */
  snmpSysObjectId?: InputMaybe<Scalars['String']['input']>;
  /** Where its life starts: DRAFT (the default) or ACTIVE; later changes are `activateCatalogItem` and `discontinueCatalogItem`. */
  status?: InputMaybe<CatalogItemStatus>;
  /** Equipment models only. */
  supply?: InputMaybe<EquipmentSupply>;
  /** Equipment models only; default false. */
  trackedByMac?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equipment models only (others: EQUIPMENT_ONLY); default true. */
  trackedBySerial?: InputMaybe<Scalars['Boolean']['input']>;
  /** An OKEI code of `units`, e.g. "796" (шт) or "006" (м); an unknown code is UNKNOWN_UNIT. */
  unitCode: Scalars['String']['input'];
  vendorPartNumber?: InputMaybe<Scalars['String']['input']>;
  /** Equipment models only; 0–120. */
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCertificateInput = {
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  issuer: Scalars['String']['input'];
  itemIds: Array<Scalars['ID']['input']>;
  number: Scalars['String']['input'];
  type: CertificateType;
  validFrom: Scalars['Date']['input'];
  /** Omit when unlimited. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type CreatePromotionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required for FIXED_AMOUNT. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: PromotionKind;
  minQuantity?: InputMaybe<Scalars['Quantity']['input']>;
  name: Scalars['String']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
  promoCode?: InputMaybe<Scalars['String']['input']>;
  scopeCategoryId?: InputMaybe<Scalars['ID']['input']>;
  scopeItemId?: InputMaybe<Scalars['ID']['input']>;
  scopeType: PromotionScopeType;
  stacking?: InputMaybe<PromotionStacking>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Percent (0 < value <= 100) or an amount off each unit. */
  value: Scalars['Money']['input'];
};

export type CsvImportInput = {
  /** The file's text (UTF-8; `,` or `;` separated; a header line); at most 20 MB. */
  csv: Scalars['String']['input'];
  /** Check everything and report, write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<CsvImportMode>;
};

export type CsvImportMode =
  /** A file with any bad row changes nothing. */
  | 'ALL_OR_NOTHING'
  /** Valid rows are written; bad rows are reported. */
  | 'VALID_ROWS_ONLY';

export type CsvImportPayload = {
  __typename?: 'CsvImportPayload';
  created: Scalars['Int']['output'];
  errors: Array<CsvRowError>;
  /** Rows not written (bad rows, or all rows when the file was refused). */
  skipped: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type CsvRowError = {
  __typename?: 'CsvRowError';
  code: Scalars['String']['output'];
  column?: Maybe<Scalars['String']['output']>;
  /** 1-based line in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type DeactivatePromotionInput = {
  id: Scalars['ID']['input'];
};

export type DiscontinueCatalogItemInput = {
  id: Scalars['ID']['input'];
};

/** How an equipment model reaches a subscriber. */
export type EquipmentSupply =
  | 'RENTAL'
  | 'SALE'
  | 'SALE_OR_RENTAL';

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a DRAFT or DISCONTINUED item on sale (ACTIVE). */
  activateCatalogItem: CatalogItemPayload;
  /** Lets a promotion apply again within its window. */
  activatePromotion: PromotionPayload;
  addCatalogItemBarcode: CatalogItemPayload;
  /** Archives a category with its subtree; refused while an item below it is ACTIVE. */
  archiveCatalogCategory: CatalogCategoryPayload;
  createCatalogCategory: CatalogCategoryPayload;
  createCatalogItem: CatalogItemPayload;
  createCertificate: CertificatePayload;
  createPromotion: PromotionPayload;
  /** Stops a promotion from applying; quotes list it as INACTIVE. */
  deactivatePromotion: PromotionPayload;
  /** Takes an item off sale (DISCONTINUED); it may be activated again. */
  discontinueCatalogItem: CatalogItemPayload;
  /** Creates or updates items from CSV, matched by SKU; a file of up to 20 MB (about 100,000 rows). */
  importCatalogItemsCsv: CsvImportPayload;
  /** Sets prices from CSV; a file of up to 20 MB. */
  importCatalogPricesCsv: CsvImportPayload;
  removeCatalogItemBarcode: CatalogItemPayload;
  /** Brings an archived category back with its subtree; refused while its parent is archived. */
  restoreCatalogCategory: CatalogCategoryPayload;
  /** Replaces a category's own characteristic definitions. */
  setCatalogCategoryTemplate: CatalogCategoryPayload;
  /** Replaces an item's packagings (a 1,000 m drum, a pack of 100); an empty list removes them. */
  setCatalogItemPackagings: CatalogItemPayload;
  /**
   * Sets an item's VAT from `validFrom` (a day, default today, never in the past): a `rate` or `exempt`
   * («без НДС»). The open VAT window ends where the new one starts; windows never overlap (VAT_OVERLAP).
   */
  setCatalogItemVat: CatalogItemVatPayload;
  /** Sets a list price from `validFrom`; an open-ended earlier price of the currency ends where it starts. */
  setCatalogPrice: CatalogPricePayload;
  /** Renames, re-describes or moves a category with its whole subtree (never under its own descendant). */
  updateCatalogCategory: CatalogCategoryPayload;
  updateCatalogItem: CatalogItemPayload;
  updateCertificate: CertificatePayload;
  updatePromotion: PromotionPayload;
};


export type MutationActivateCatalogItemArgs = {
  input: ActivateCatalogItemInput;
};


export type MutationActivatePromotionArgs = {
  input: ActivatePromotionInput;
};


export type MutationAddCatalogItemBarcodeArgs = {
  input: AddCatalogItemBarcodeInput;
};


export type MutationArchiveCatalogCategoryArgs = {
  input: ArchiveCatalogCategoryInput;
};


export type MutationCreateCatalogCategoryArgs = {
  input: CreateCatalogCategoryInput;
};


export type MutationCreateCatalogItemArgs = {
  input: CreateCatalogItemInput;
};


export type MutationCreateCertificateArgs = {
  input: CreateCertificateInput;
};


export type MutationCreatePromotionArgs = {
  input: CreatePromotionInput;
};


export type MutationDeactivatePromotionArgs = {
  input: DeactivatePromotionInput;
};


export type MutationDiscontinueCatalogItemArgs = {
  input: DiscontinueCatalogItemInput;
};


export type MutationImportCatalogItemsCsvArgs = {
  input: CsvImportInput;
};


export type MutationImportCatalogPricesCsvArgs = {
  input: CsvImportInput;
};


export type MutationRemoveCatalogItemBarcodeArgs = {
  input: RemoveCatalogItemBarcodeInput;
};


export type MutationRestoreCatalogCategoryArgs = {
  input: RestoreCatalogCategoryInput;
};


export type MutationSetCatalogCategoryTemplateArgs = {
  input: SetCatalogCategoryTemplateInput;
};


export type MutationSetCatalogItemPackagingsArgs = {
  input: SetCatalogItemPackagingsInput;
};


export type MutationSetCatalogItemVatArgs = {
  input: SetCatalogItemVatInput;
};


export type MutationSetCatalogPriceArgs = {
  input: SetCatalogPriceInput;
};


export type MutationUpdateCatalogCategoryArgs = {
  input: UpdateCatalogCategoryInput;
};


export type MutationUpdateCatalogItemArgs = {
  input: UpdateCatalogItemInput;
};


export type MutationUpdateCertificateArgs = {
  input: UpdateCertificateInput;
};


export type MutationUpdatePromotionArgs = {
  input: UpdatePromotionInput;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/**
 * A packaging of an item: one package holds `quantity` of the item's unit, so receiving «3 барабана» of a
 * 1,000 m drum is 3,000 m of cable.
 */
export type Packaging = {
  __typename?: 'Packaging';
  /** The package's own barcode (EAN-13 or Code 128), if it has one. */
  barcode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** e.g. «Барабан 1000 м», «Упаковка 100 шт». */
  name: Scalars['String']['output'];
  /** How many of the item's unit one package holds; more than zero. */
  quantity: Scalars['Quantity']['output'];
};

export type PackagingInput = {
  /** EAN-13 (check digit verified) or Code 128; no item and no other packaging may carry it. */
  barcode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** More than zero, up to three decimals, in the item's unit. */
  quantity: Scalars['Quantity']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A list price of an item in one currency over [validFrom, validTo). */
export type Price = {
  __typename?: 'Price';
  amount: Scalars['Money']['output'];
  /** ISO 4217 code, e.g. RUB. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Whether `amount` includes VAT (retail prices in roubles do). */
  includesVat: Scalars['Boolean']['output'];
  /** For recurring services: what the amount pays for. */
  recurringPeriod?: Maybe<RecurringPeriod>;
  validFrom: Scalars['DateTime']['output'];
  /** Exclusive end; null while the price holds. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

/** A discount rule. See `quote` for how rules combine. */
export type Promotion = {
  __typename?: 'Promotion';
  active: Scalars['Boolean']['output'];
  /** Every change, newest first (at most 100); null without `audit:read` or `catalog:write`. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  createdAt: Scalars['DateTime']['output'];
  /** Currency of a FIXED_AMOUNT. */
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PromotionKind;
  minQuantity?: Maybe<Scalars['Quantity']['output']>;
  name: Scalars['String']['output'];
  /** Higher applies first among stackable promotions. */
  priority: Scalars['Int']['output'];
  /** Code a customer must give; null when none is needed. Needs `catalog:write`: codes are not for partners. */
  promoCode?: Maybe<Scalars['String']['output']>;
  scopeCategory?: Maybe<CatalogCategory>;
  scopeItem?: Maybe<CatalogItem>;
  scopeType: PromotionScopeType;
  stacking: PromotionStacking;
  updatedAt: Scalars['DateTime']['output'];
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validTo?: Maybe<Scalars['DateTime']['output']>;
  value: Scalars['Money']['output'];
};


/** A discount rule. See `quote` for how rules combine. */
export type PromotionAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type PromotionConnection = {
  __typename?: 'PromotionConnection';
  edges: Array<PromotionEdge>;
  nodes: Array<Promotion>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PromotionEdge = {
  __typename?: 'PromotionEdge';
  cursor: Scalars['String']['output'];
  node: Promotion;
};

export type PromotionFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only promotions whose window holds this moment. */
  validAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PromotionKind =
  /** `value` (in `currency`) off each unit. */
  | 'FIXED_AMOUNT'
  /** `value` percent off. */
  | 'PERCENTAGE';

export type PromotionPayload = {
  __typename?: 'PromotionPayload';
  promotion?: Maybe<Promotion>;
  userErrors: Array<UserError>;
};

export type PromotionScopeType =
  | 'ALL'
  /** A category and all its descendants. */
  | 'CATEGORY'
  | 'ITEM';

export type PromotionStacking =
  /** Competes with the other exclusive promotions: only the best one applies. */
  | 'EXCLUSIVE'
  /** Applies after higher-priority stackable promotions, to what they left. */
  | 'STACKABLE';

export type Query = {
  __typename?: 'Query';
  /** Categories, by default the whole tree in name order; filter to roots, children of one parent or a subtree. */
  catalogCategories: CatalogCategoryConnection;
  /** One category by id; null when there is none. */
  catalogCategory?: Maybe<CatalogCategory>;
  /** One item by id; null when there is none. */
  catalogItem?: Maybe<CatalogItem>;
  /** The item a barcode identifies (EAN-13 or internal Code 128, as scanned); null when unknown. */
  catalogItemByBarcode?: Maybe<CatalogItem>;
  /** One item by SKU (case-insensitive); null when there is none. */
  catalogItemBySku?: Maybe<CatalogItem>;
  /**
   * The equipment model whose devices answer this SNMP sysObjectID (SNMPv2-MIB 1.3.6.1.2.1.1.2.0), with or
   * without a leading dot, e.g. "1.3.6.1.4.1.2011.2.23.92"; null when no model has it. Not an OID:
   * BAD_USER_INPUT.
   */
  catalogItemBySysObjectId?: Maybe<CatalogItem>;
  /** Items, filtered and ordered, as a Relay connection (`first` at most 100). */
  catalogItems: CatalogItemConnection;
  /** Items as CSV (UTF-8 with BOM, comma-separated), the columns `importCatalogItemsCsv` reads. */
  catalogItemsCsv: Scalars['String']['output'];
  /** Prices as CSV, the columns `importCatalogPricesCsv` reads. */
  catalogPricesCsv: Scalars['String']['output'];
  certificate?: Maybe<Certificate>;
  certificates: CertificateConnection;
  promotion?: Maybe<Promotion>;
  promotions: PromotionConnection;
  /** Prices the lines at a moment with every applicable promotion, explaining each one considered. */
  quote: Quote;
  /** Units of measure (OKEI codes) in code order, optionally of one kind. */
  units: Array<UnitOfMeasure>;
};


export type QueryCatalogCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CatalogCategoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CatalogCategoryOrderBy>;
};


export type QueryCatalogCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogItemByBarcodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryCatalogItemBySkuArgs = {
  sku: Scalars['String']['input'];
};


export type QueryCatalogItemBySysObjectIdArgs = {
  oid: Scalars['String']['input'];
};


export type QueryCatalogItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CatalogItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CatalogItemOrderBy>;
};


export type QueryCatalogItemsCsvArgs = {
  filter?: InputMaybe<CatalogItemFilter>;
};


export type QueryCatalogPricesCsvArgs = {
  filter?: InputMaybe<CatalogItemFilter>;
};


export type QueryCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPromotionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPromotionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromotionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuoteArgs = {
  input: QuoteInput;
};


export type QueryUnitsArgs = {
  kind?: InputMaybe<UnitKind>;
};

/**
 * A priced list of lines. Totals are kept apart: `oneTime` (equipment, materials, one-time services) and
 * `recurring`, one entry per period of the recurring lines (a monthly tariff is never added to the price of
 * an ONT). VAT is worked out per line on its total after discounts, rounded half up to the kopeck; every
 * VAT total is the sum of its lines.
 */
export type Quote = {
  __typename?: 'Quote';
  at: Scalars['DateTime']['output'];
  /**
   * Sum of every line before discounts, one-time and recurring together.
   * @deprecated Adds recurring fees to one-time amounts. Use `oneTime.base` and `recurring { period base }`.
   */
  base: Scalars['Money']['output'];
  currency: Scalars['String']['output'];
  /**
   * Every line's discount together.
   * @deprecated Adds recurring fees to one-time amounts. Use `oneTime.discount` and `recurring { period discount }`.
   */
  discount: Scalars['Money']['output'];
  lines: Array<QuoteLine>;
  /** Totals of the one-time lines. */
  oneTime: QuoteTotals;
  /** Totals of the recurring lines, one per period that has a line: MONTH, QUARTER, YEAR. */
  recurring: Array<RecurringQuoteTotals>;
  /**
   * Every line's total together.
   * @deprecated Adds recurring fees to one-time amounts. Use `oneTime.total` and `recurring { period total }`.
   */
  total: Scalars['Money']['output'];
  /**
   * Problems by input path: lines that could not be priced (unknown item, no price at `at`; left out of the
   * totals), a line whose VAT is not set (NO_VAT_RATE: priced, its VAT amounts null), a promo code no
   * promotion has (UNKNOWN_PROMO_CODE on `input.promoCode`).
   */
  userErrors: Array<UserError>;
};

export type QuoteInput = {
  /** The moment to price at; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  lines: Array<QuoteLineInput>;
  /** A promotion code, any letter case; every promotion holding it is explained on every line. */
  promoCode?: InputMaybe<Scalars['String']['input']>;
};

export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** The line's total with VAT; null when the VAT is not set. */
  amountWithVat?: Maybe<Scalars['Money']['output']>;
  /** The line's total without VAT; null when the VAT is not set. */
  amountWithoutVat?: Maybe<Scalars['Money']['output']>;
  /** Promotions applied, in order, with what each took off. */
  applied: Array<AppliedPromotion>;
  /** unitPrice × quantity. */
  baseAmount: Scalars['Money']['output'];
  /** Promotions that matched the line (or hold the promo code given) but did not apply, and why. */
  considered: Array<ConsideredPromotion>;
  discount: Scalars['Money']['output'];
  item: CatalogItem;
  /** Whether `unitPrice` (so `baseAmount` and `total`) includes VAT. */
  priceIncludesVat: Scalars['Boolean']['output'];
  quantity: Scalars['Quantity']['output'];
  /** The period a recurring line pays for; null for a one-time line. */
  recurringPeriod?: Maybe<RecurringPeriod>;
  /** baseAmount − discount, with or without VAT as the price is. */
  total: Scalars['Money']['output'];
  unitPrice: Scalars['Money']['output'];
  /** The VAT the item carries at the quote's moment; null when none is set. */
  vat?: Maybe<VatRate>;
  /** The VAT of the line's total, rounded half up to the kopeck; null when the VAT is not set. */
  vatAmount?: Maybe<Scalars['Money']['output']>;
};

export type QuoteLineInput = {
  itemId: Scalars['ID']['input'];
  /** More than zero, at most 1,000,000; up to three decimals for materials. */
  quantity: Scalars['Quantity']['input'];
};

/** Totals of a quote's one-time lines. */
export type QuoteTotals = {
  __typename?: 'QuoteTotals';
  /** What the customer pays: sum of the lines with VAT; null when a line's VAT is not set. */
  amountWithVat?: Maybe<Scalars['Money']['output']>;
  /** Sum of the lines without VAT; null when a line's VAT is not set. */
  amountWithoutVat?: Maybe<Scalars['Money']['output']>;
  /** Sum of the lines before discounts. */
  base: Scalars['Money']['output'];
  discount: Scalars['Money']['output'];
  /** base − discount, at list prices as they are (with or without VAT, see `QuoteLine.priceIncludesVat`). */
  total: Scalars['Money']['output'];
  /** VAT by rate, highest first, exempt last: the lines a document prints under its total («в т.ч. НДС 20 %»). */
  vat: Array<VatTotal>;
  /** Sum of the lines' VAT; null when a line's VAT is not set. */
  vatAmount?: Maybe<Scalars['Money']['output']>;
};

export type RecurringPeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Totals of a quote's recurring lines of one period. */
export type RecurringQuoteTotals = {
  __typename?: 'RecurringQuoteTotals';
  amountWithVat?: Maybe<Scalars['Money']['output']>;
  amountWithoutVat?: Maybe<Scalars['Money']['output']>;
  base: Scalars['Money']['output'];
  discount: Scalars['Money']['output'];
  /** What each amount pays for. */
  period: RecurringPeriod;
  total: Scalars['Money']['output'];
  vat: Array<VatTotal>;
  vatAmount?: Maybe<Scalars['Money']['output']>;
};

export type RemoveCatalogItemBarcodeInput = {
  barcodeId: Scalars['ID']['input'];
};

export type RestoreCatalogCategoryInput = {
  id: Scalars['ID']['input'];
};

export type ServiceType =
  | 'ONE_TIME'
  | 'RECURRING';

export type SetCatalogCategoryTemplateInput = {
  categoryId: Scalars['ID']['input'];
  characteristics: Array<CharacteristicDefinitionInput>;
};

export type SetCatalogItemPackagingsInput = {
  itemId: Scalars['ID']['input'];
  /** The item's packagings from now on (at most 20); names unique per item. */
  packagings: Array<PackagingInput>;
};

export type SetCatalogItemVatInput = {
  /** True for an item not subject to VAT («без НДС»). Give this or `rate`. */
  exempt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replays the first result when the same key is sent again with the same input. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** Percent: 0, 5, 7, 10, 20 or 22. Give this or `exempt`. */
  rate?: InputMaybe<Scalars['Int']['input']>;
  /** The first day; default today (UTC); never in the past. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

export type SetCatalogPriceInput = {
  /** e.g. "1290.00"; at most two decimals, not negative. */
  amount: Scalars['Money']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Whether `amount` includes VAT; default true for RUB (retail prices), false for other currencies. */
  includesVat?: InputMaybe<Scalars['Boolean']['input']>;
  itemId: Scalars['ID']['input'];
  recurringPeriod?: InputMaybe<RecurringPeriod>;
  /** Default now; never in the past. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a unit of measure counts. */
export type UnitKind =
  /** Pieces, sets, pairs, packs. */
  | 'COUNT'
  | 'LENGTH'
  | 'MASS'
  /** Conventional units of services. */
  | 'SERVICE'
  /** Hours, days, months: what a recurring service is charged by. */
  | 'TIME'
  | 'VOLUME';

/**
 * A unit of measure by its code in OKEI (ОК 015-94, the Russian classifier of units), e.g. 796 «шт», 006 «м»,
 * 166 «кг», 362 «мес», 876 «усл. ед.». The `units` query lists them.
 */
export type UnitOfMeasure = {
  __typename?: 'UnitOfMeasure';
  /** Three digits, leading zeros kept, e.g. "006". */
  code: Scalars['String']['output'];
  /** International symbol where OKEI gives one, e.g. "m", "kg", "pc". */
  internationalSymbol?: Maybe<Scalars['String']['output']>;
  kind: UnitKind;
  /** Full Russian name, e.g. «Погонный метр». */
  name: Scalars['String']['output'];
  /** Russian conventional symbol, e.g. «пог. м»: what documents print. */
  symbol: Scalars['String']['output'];
};

export type UpdateCatalogCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Make this category a root. */
  moveToRoot?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Move under this category (with the whole subtree). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateCatalogItemInput = {
  /** Replaces the attachments. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  characteristics?: InputMaybe<Scalars['JSON']['input']>;
  /** Markdown, up to 20,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the keywords (at most 20 of up to 50 characters). */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  manufacturer?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  serviceType?: InputMaybe<ServiceType>;
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Equipment models only; null clears it. */
  snmpSysObjectId?: InputMaybe<Scalars['String']['input']>;
  /** Equipment models only; null clears it. */
  supply?: InputMaybe<EquipmentSupply>;
  /** Equipment models only; null keeps the value. */
  trackedByMac?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equipment models only; null keeps the value. */
  trackedBySerial?: InputMaybe<Scalars['Boolean']['input']>;
  /** An OKEI code of `units`; an unknown code is UNKNOWN_UNIT. */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  vendorPartNumber?: InputMaybe<Scalars['String']['input']>;
  /** Equipment models only; null clears it. */
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCertificateInput = {
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the covered items. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdatePromotionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minQuantity?: InputMaybe<Scalars['Quantity']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  promoCode?: InputMaybe<Scalars['String']['input']>;
  stacking?: InputMaybe<PromotionStacking>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
  value?: InputMaybe<Scalars['Money']['input']>;
};

/** A domain failure of a mutation: `field` is the path into the input, `code` is stable for programs. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/**
 * An item's VAT (НДС) over the days [validFrom, validTo): a rate in percent, or exempt («без НДС»), which
 * is not the same as 0 %.
 */
export type VatRate = {
  __typename?: 'VatRate';
  exempt: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** As documents name it: «НДС 20 %», «без НДС». */
  label: Scalars['String']['output'];
  /** Percent: 0, 5, 7, 10, 20 or 22; null when exempt. */
  rate?: Maybe<Scalars['Int']['output']>;
  validFrom: Scalars['Date']['output'];
  /** Exclusive: the first day it no longer holds; null while it holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** The VAT of the lines at one rate, or of the exempt lines. */
export type VatTotal = {
  __typename?: 'VatTotal';
  amountWithVat: Scalars['Money']['output'];
  amountWithoutVat: Scalars['Money']['output'];
  exempt: Scalars['Boolean']['output'];
  /** As printed under a total: «в т.ч. НДС 20 %», «без НДС». */
  label: Scalars['String']['output'];
  /** Percent; null for the exempt lines. */
  rate?: Maybe<Scalars['Int']['output']>;
  vatAmount: Scalars['Money']['output'];
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
  CatalogCategory: CatalogCategory;
  CatalogItem: CatalogItem;
  Certificate: Certificate;
  Promotion: Promotion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CatalogCategory:
    ( { __typename: 'CatalogCategory' }
    & GraphQLRecursivePick<FederationTypes['CatalogCategory'], {"id":true}> );
  CatalogItem:
    ( { __typename: 'CatalogItem' }
    & GraphQLRecursivePick<FederationTypes['CatalogItem'], {"id":true}> );
  Certificate:
    ( { __typename: 'Certificate' }
    & GraphQLRecursivePick<FederationTypes['Certificate'], {"id":true}> );
  Promotion:
    ( { __typename: 'Promotion' }
    & GraphQLRecursivePick<FederationTypes['Promotion'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivateCatalogItemInput: ActivateCatalogItemInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivatePromotionInput: ActivatePromotionInput;
  AddCatalogItemBarcodeInput: AddCatalogItemBarcodeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AppliedPromotion: ResolverTypeWrapper<Omit<AppliedPromotion, 'promotion'> & { promotion: ResolversTypes['Promotion'] }>;
  ArchiveCatalogCategoryInput: ArchiveCatalogCategoryInput;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentInput: AttachmentInput;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  Barcode: ResolverTypeWrapper<BarcodeRow>;
  BarcodeInput: BarcodeInput;
  BarcodeType: BarcodeType;
  CatalogCategory: ResolverTypeWrapper<CategoryRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatalogCategoryConnection: ResolverTypeWrapper<Connection<CategoryRow>>;
  CatalogCategoryEdge: ResolverTypeWrapper<Omit<CatalogCategoryEdge, 'node'> & { node: ResolversTypes['CatalogCategory'] }>;
  CatalogCategoryFilter: CatalogCategoryFilter;
  CatalogCategoryOrderBy: CatalogCategoryOrderBy;
  CatalogCategoryOrderField: CatalogCategoryOrderField;
  CatalogCategoryPayload: ResolverTypeWrapper<Payload<'category', CategoryRow>>;
  CatalogCategoryStatus: CatalogCategoryStatus;
  CatalogItem: ResolverTypeWrapper<ItemRow>;
  CatalogItemConnection: ResolverTypeWrapper<Connection<ItemRow>>;
  CatalogItemEdge: ResolverTypeWrapper<Omit<CatalogItemEdge, 'node'> & { node: ResolversTypes['CatalogItem'] }>;
  CatalogItemFilter: CatalogItemFilter;
  CatalogItemKind: CatalogItemKind;
  CatalogItemOrderBy: CatalogItemOrderBy;
  CatalogItemOrderField: CatalogItemOrderField;
  CatalogItemPayload: ResolverTypeWrapper<Payload<'item', ItemRow>>;
  CatalogItemStatus: CatalogItemStatus;
  CatalogItemVatPayload: ResolverTypeWrapper<Payload<'vat', VatRateRow> & { item: Promise<ItemRow | null> | ItemRow | null }>;
  CatalogPricePayload: ResolverTypeWrapper<Payload<'price', PriceRow> & { item: Promise<ItemRow | null> | ItemRow | null }>;
  Certificate: ResolverTypeWrapper<CertificateRow>;
  CertificateConnection: ResolverTypeWrapper<Connection<CertificateRow>>;
  CertificateEdge: ResolverTypeWrapper<Omit<CertificateEdge, 'node'> & { node: ResolversTypes['Certificate'] }>;
  CertificateFilter: CertificateFilter;
  CertificatePayload: ResolverTypeWrapper<Payload<'certificate', CertificateRow>>;
  CertificateType: CertificateType;
  CharacteristicDefinition: ResolverTypeWrapper<CharacteristicDefinition>;
  CharacteristicDefinitionInput: CharacteristicDefinitionInput;
  CharacteristicType: CharacteristicType;
  ConsideredPromotion: ResolverTypeWrapper<Omit<ConsideredPromotion, 'promotion'> & { promotion: ResolversTypes['Promotion'] }>;
  CreateCatalogCategoryInput: CreateCatalogCategoryInput;
  CreateCatalogItemInput: CreateCatalogItemInput;
  CreateCertificateInput: CreateCertificateInput;
  CreatePromotionInput: CreatePromotionInput;
  CsvImportInput: CsvImportInput;
  CsvImportMode: CsvImportMode;
  CsvImportPayload: ResolverTypeWrapper<CsvImportPayload>;
  CsvRowError: ResolverTypeWrapper<CsvRowError>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivatePromotionInput: DeactivatePromotionInput;
  DiscontinueCatalogItemInput: DiscontinueCatalogItemInput;
  EquipmentSupply: EquipmentSupply;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  Packaging: ResolverTypeWrapper<PackagingRow>;
  PackagingInput: PackagingInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Price: ResolverTypeWrapper<PriceRow>;
  Promotion: ResolverTypeWrapper<PromotionRow>;
  PromotionConnection: ResolverTypeWrapper<Connection<PromotionRow>>;
  PromotionEdge: ResolverTypeWrapper<Omit<PromotionEdge, 'node'> & { node: ResolversTypes['Promotion'] }>;
  PromotionFilter: PromotionFilter;
  PromotionKind: PromotionKind;
  PromotionPayload: ResolverTypeWrapper<Payload<'promotion', PromotionRow>>;
  PromotionScopeType: PromotionScopeType;
  PromotionStacking: PromotionStacking;
  Quantity: ResolverTypeWrapper<Scalars['Quantity']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteResult>;
  QuoteInput: QuoteInput;
  QuoteLine: ResolverTypeWrapper<Omit<QuoteLine, 'applied' | 'considered' | 'item' | 'vat'> & { applied: Array<ResolversTypes['AppliedPromotion']>, considered: Array<ResolversTypes['ConsideredPromotion']>, item: ResolversTypes['CatalogItem'], vat?: Maybe<ResolversTypes['VatRate']> }>;
  QuoteLineInput: QuoteLineInput;
  QuoteTotals: ResolverTypeWrapper<QuoteTotals>;
  RecurringPeriod: RecurringPeriod;
  RecurringQuoteTotals: ResolverTypeWrapper<RecurringQuoteTotals>;
  RemoveCatalogItemBarcodeInput: RemoveCatalogItemBarcodeInput;
  RestoreCatalogCategoryInput: RestoreCatalogCategoryInput;
  ServiceType: ServiceType;
  SetCatalogCategoryTemplateInput: SetCatalogCategoryTemplateInput;
  SetCatalogItemPackagingsInput: SetCatalogItemPackagingsInput;
  SetCatalogItemVatInput: SetCatalogItemVatInput;
  SetCatalogPriceInput: SetCatalogPriceInput;
  UnitKind: UnitKind;
  UnitOfMeasure: ResolverTypeWrapper<UnitRow>;
  UpdateCatalogCategoryInput: UpdateCatalogCategoryInput;
  UpdateCatalogItemInput: UpdateCatalogItemInput;
  UpdateCertificateInput: UpdateCertificateInput;
  UpdatePromotionInput: UpdatePromotionInput;
  UserError: ResolverTypeWrapper<UserError>;
  VatRate: ResolverTypeWrapper<VatRateRow>;
  VatTotal: ResolverTypeWrapper<VatTotal>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivateCatalogItemInput: ActivateCatalogItemInput;
  ID: Scalars['ID']['output'];
  ActivatePromotionInput: ActivatePromotionInput;
  AddCatalogItemBarcodeInput: AddCatalogItemBarcodeInput;
  String: Scalars['String']['output'];
  AppliedPromotion: Omit<AppliedPromotion, 'promotion'> & { promotion: ResolversParentTypes['Promotion'] };
  ArchiveCatalogCategoryInput: ArchiveCatalogCategoryInput;
  Attachment: Attachment;
  AttachmentInput: AttachmentInput;
  AuditEntry: AuditRow;
  Barcode: BarcodeRow;
  BarcodeInput: BarcodeInput;
  CatalogCategory: CategoryRow;
  Boolean: Scalars['Boolean']['output'];
  CatalogCategoryConnection: Connection<CategoryRow>;
  CatalogCategoryEdge: Omit<CatalogCategoryEdge, 'node'> & { node: ResolversParentTypes['CatalogCategory'] };
  CatalogCategoryFilter: CatalogCategoryFilter;
  CatalogCategoryOrderBy: CatalogCategoryOrderBy;
  CatalogCategoryPayload: Payload<'category', CategoryRow>;
  CatalogItem: ItemRow;
  CatalogItemConnection: Connection<ItemRow>;
  CatalogItemEdge: Omit<CatalogItemEdge, 'node'> & { node: ResolversParentTypes['CatalogItem'] };
  CatalogItemFilter: CatalogItemFilter;
  CatalogItemOrderBy: CatalogItemOrderBy;
  CatalogItemPayload: Payload<'item', ItemRow>;
  CatalogItemVatPayload: Payload<'vat', VatRateRow> & { item: Promise<ItemRow | null> | ItemRow | null };
  CatalogPricePayload: Payload<'price', PriceRow> & { item: Promise<ItemRow | null> | ItemRow | null };
  Certificate: CertificateRow;
  CertificateConnection: Connection<CertificateRow>;
  CertificateEdge: Omit<CertificateEdge, 'node'> & { node: ResolversParentTypes['Certificate'] };
  CertificateFilter: CertificateFilter;
  CertificatePayload: Payload<'certificate', CertificateRow>;
  CharacteristicDefinition: CharacteristicDefinition;
  CharacteristicDefinitionInput: CharacteristicDefinitionInput;
  ConsideredPromotion: Omit<ConsideredPromotion, 'promotion'> & { promotion: ResolversParentTypes['Promotion'] };
  CreateCatalogCategoryInput: CreateCatalogCategoryInput;
  CreateCatalogItemInput: CreateCatalogItemInput;
  CreateCertificateInput: CreateCertificateInput;
  CreatePromotionInput: CreatePromotionInput;
  CsvImportInput: CsvImportInput;
  CsvImportPayload: CsvImportPayload;
  CsvRowError: CsvRowError;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeactivatePromotionInput: DeactivatePromotionInput;
  DiscontinueCatalogItemInput: DiscontinueCatalogItemInput;
  JSON: Scalars['JSON']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Packaging: PackagingRow;
  PackagingInput: PackagingInput;
  PageInfo: PageInfo;
  Price: PriceRow;
  Promotion: PromotionRow;
  PromotionConnection: Connection<PromotionRow>;
  PromotionEdge: Omit<PromotionEdge, 'node'> & { node: ResolversParentTypes['Promotion'] };
  PromotionFilter: PromotionFilter;
  PromotionPayload: Payload<'promotion', PromotionRow>;
  Quantity: Scalars['Quantity']['output'];
  Query: Record<PropertyKey, never>;
  Quote: QuoteResult;
  QuoteInput: QuoteInput;
  QuoteLine: Omit<QuoteLine, 'applied' | 'considered' | 'item' | 'vat'> & { applied: Array<ResolversParentTypes['AppliedPromotion']>, considered: Array<ResolversParentTypes['ConsideredPromotion']>, item: ResolversParentTypes['CatalogItem'], vat?: Maybe<ResolversParentTypes['VatRate']> };
  QuoteLineInput: QuoteLineInput;
  QuoteTotals: QuoteTotals;
  RecurringQuoteTotals: RecurringQuoteTotals;
  RemoveCatalogItemBarcodeInput: RemoveCatalogItemBarcodeInput;
  RestoreCatalogCategoryInput: RestoreCatalogCategoryInput;
  SetCatalogCategoryTemplateInput: SetCatalogCategoryTemplateInput;
  SetCatalogItemPackagingsInput: SetCatalogItemPackagingsInput;
  SetCatalogItemVatInput: SetCatalogItemVatInput;
  SetCatalogPriceInput: SetCatalogPriceInput;
  UnitOfMeasure: UnitRow;
  UpdateCatalogCategoryInput: UpdateCatalogCategoryInput;
  UpdateCatalogItemInput: UpdateCatalogItemInput;
  UpdateCertificateInput: UpdateCertificateInput;
  UpdatePromotionInput: UpdatePromotionInput;
  UserError: UserError;
  VatRate: VatRateRow;
  VatTotal: VatTotal;
  Int: Scalars['Int']['output'];
}>;

export type BulkInputDirectiveArgs = {
  maxBytes: Scalars['Int']['input'];
};

export type BulkInputDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = BulkInputDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AppliedPromotionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AppliedPromotion'] = ResolversParentTypes['AppliedPromotion']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  promotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType>;
}>;

export type AttachmentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BarcodeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Barcode'] = ResolversParentTypes['Barcode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BarcodeType'], ParentType, ContextType>;
}>;

export type CatalogCategoryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogCategory'] = ResolversParentTypes['CatalogCategory'], FederationReferenceType extends FederationReferenceTypes['CatalogCategory'] = FederationReferenceTypes['CatalogCategory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CatalogCategory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<CatalogCategoryAuditTrailArgs, 'limit'>>;
  breadcrumbs?: Resolver<Array<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['CatalogCategoryConnection'], ParentType, ContextType, Partial<CatalogCategoryDescendantsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveTemplate?: Resolver<Array<ResolversTypes['CharacteristicDefinition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['CatalogItemConnection'], ParentType, ContextType, RequireFields<CatalogCategoryItemsArgs, 'includeDescendants'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CatalogCategoryStatus'], ParentType, ContextType>;
  template?: Resolver<Array<ResolversTypes['CharacteristicDefinition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CatalogCategoryConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogCategoryConnection'] = ResolversParentTypes['CatalogCategoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CatalogCategoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogCategoryEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogCategoryEdge'] = ResolversParentTypes['CatalogCategoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CatalogCategory'], ParentType, ContextType>;
}>;

export type CatalogCategoryPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogCategoryPayload'] = ResolversParentTypes['CatalogCategoryPayload']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CatalogItemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogItem'] = ResolversParentTypes['CatalogItem'], FederationReferenceType extends FederationReferenceTypes['CatalogItem'] = FederationReferenceTypes['CatalogItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CatalogItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<CatalogItemAuditTrailArgs, 'limit'>>;
  barcodes?: Resolver<Array<ResolversTypes['Barcode']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CatalogCategory'], ParentType, ContextType>;
  certificates?: Resolver<Array<ResolversTypes['Certificate']>, ParentType, ContextType, RequireFields<CatalogItemCertificatesArgs, 'includeExpired'>>;
  characteristics?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CatalogItemKind'], ParentType, ContextType>;
  manufacturer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packagings?: Resolver<Array<ResolversTypes['Packaging']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<CatalogItemPriceArgs, 'currency'>>;
  priceHistory?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType, Partial<CatalogItemPriceHistoryArgs>>;
  serviceType?: Resolver<Maybe<ResolversTypes['ServiceType']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snmpSysObjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CatalogItemStatus'], ParentType, ContextType>;
  supply?: Resolver<Maybe<ResolversTypes['EquipmentSupply']>, ParentType, ContextType>;
  trackedByMac?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  trackedBySerial?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vat?: Resolver<Maybe<ResolversTypes['VatRate']>, ParentType, ContextType, Partial<CatalogItemVatArgs>>;
  vatHistory?: Resolver<Array<ResolversTypes['VatRate']>, ParentType, ContextType>;
  vendorPartNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warrantyMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CatalogItemConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogItemConnection'] = ResolversParentTypes['CatalogItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CatalogItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CatalogItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogItemEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogItemEdge'] = ResolversParentTypes['CatalogItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
}>;

export type CatalogItemPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogItemPayload'] = ResolversParentTypes['CatalogItemPayload']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CatalogItemVatPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogItemVatPayload'] = ResolversParentTypes['CatalogItemVatPayload']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  vat?: Resolver<Maybe<ResolversTypes['VatRate']>, ParentType, ContextType>;
}>;

export type CatalogPricePayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogPricePayload'] = ResolversParentTypes['CatalogPricePayload']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CertificateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate'], FederationReferenceType extends FederationReferenceTypes['Certificate'] = FederationReferenceTypes['Certificate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Certificate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<CertificateAuditTrailArgs, 'limit'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['CatalogItemConnection'], ParentType, ContextType, Partial<CertificateItemsArgs>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CertificateType'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type CertificateConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CertificateConnection'] = ResolversParentTypes['CertificateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Certificate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificateEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CertificateEdge'] = ResolversParentTypes['CertificateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Certificate'], ParentType, ContextType>;
}>;

export type CertificatePayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CertificatePayload'] = ResolversParentTypes['CertificatePayload']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CharacteristicDefinitionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CharacteristicDefinition'] = ResolversParentTypes['CharacteristicDefinition']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CharacteristicType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConsideredPromotionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ConsideredPromotion'] = ResolversParentTypes['ConsideredPromotion']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CsvImportPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CsvImportPayload'] = ResolversParentTypes['CsvImportPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CsvRowError']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CsvRowErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CsvRowError'] = ResolversParentTypes['CsvRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateCatalogItem?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationActivateCatalogItemArgs, 'input'>>;
  activatePromotion?: Resolver<ResolversTypes['PromotionPayload'], ParentType, ContextType, RequireFields<MutationActivatePromotionArgs, 'input'>>;
  addCatalogItemBarcode?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationAddCatalogItemBarcodeArgs, 'input'>>;
  archiveCatalogCategory?: Resolver<ResolversTypes['CatalogCategoryPayload'], ParentType, ContextType, RequireFields<MutationArchiveCatalogCategoryArgs, 'input'>>;
  createCatalogCategory?: Resolver<ResolversTypes['CatalogCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateCatalogCategoryArgs, 'input'>>;
  createCatalogItem?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationCreateCatalogItemArgs, 'input'>>;
  createCertificate?: Resolver<ResolversTypes['CertificatePayload'], ParentType, ContextType, RequireFields<MutationCreateCertificateArgs, 'input'>>;
  createPromotion?: Resolver<ResolversTypes['PromotionPayload'], ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input'>>;
  deactivatePromotion?: Resolver<ResolversTypes['PromotionPayload'], ParentType, ContextType, RequireFields<MutationDeactivatePromotionArgs, 'input'>>;
  discontinueCatalogItem?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationDiscontinueCatalogItemArgs, 'input'>>;
  importCatalogItemsCsv?: Resolver<ResolversTypes['CsvImportPayload'], ParentType, ContextType, RequireFields<MutationImportCatalogItemsCsvArgs, 'input'>>;
  importCatalogPricesCsv?: Resolver<ResolversTypes['CsvImportPayload'], ParentType, ContextType, RequireFields<MutationImportCatalogPricesCsvArgs, 'input'>>;
  removeCatalogItemBarcode?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationRemoveCatalogItemBarcodeArgs, 'input'>>;
  restoreCatalogCategory?: Resolver<ResolversTypes['CatalogCategoryPayload'], ParentType, ContextType, RequireFields<MutationRestoreCatalogCategoryArgs, 'input'>>;
  setCatalogCategoryTemplate?: Resolver<ResolversTypes['CatalogCategoryPayload'], ParentType, ContextType, RequireFields<MutationSetCatalogCategoryTemplateArgs, 'input'>>;
  setCatalogItemPackagings?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationSetCatalogItemPackagingsArgs, 'input'>>;
  setCatalogItemVat?: Resolver<ResolversTypes['CatalogItemVatPayload'], ParentType, ContextType, RequireFields<MutationSetCatalogItemVatArgs, 'input'>>;
  setCatalogPrice?: Resolver<ResolversTypes['CatalogPricePayload'], ParentType, ContextType, RequireFields<MutationSetCatalogPriceArgs, 'input'>>;
  updateCatalogCategory?: Resolver<ResolversTypes['CatalogCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateCatalogCategoryArgs, 'input'>>;
  updateCatalogItem?: Resolver<ResolversTypes['CatalogItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateCatalogItemArgs, 'input'>>;
  updateCertificate?: Resolver<ResolversTypes['CertificatePayload'], ParentType, ContextType, RequireFields<MutationUpdateCertificateArgs, 'input'>>;
  updatePromotion?: Resolver<ResolversTypes['PromotionPayload'], ParentType, ContextType, RequireFields<MutationUpdatePromotionArgs, 'input'>>;
}>;

export type PackagingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Packaging'] = ResolversParentTypes['Packaging']> = ResolversObject<{
  barcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PriceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includesVat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recurringPeriod?: Resolver<Maybe<ResolversTypes['RecurringPeriod']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion'], FederationReferenceType extends FederationReferenceTypes['Promotion'] = FederationReferenceTypes['Promotion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Promotion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType, RequireFields<PromotionAuditTrailArgs, 'limit'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromotionKind'], ParentType, ContextType>;
  minQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopeCategory?: Resolver<Maybe<ResolversTypes['CatalogCategory']>, ParentType, ContextType>;
  scopeItem?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType>;
  scopeType?: Resolver<ResolversTypes['PromotionScopeType'], ParentType, ContextType>;
  stacking?: Resolver<ResolversTypes['PromotionStacking'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PromotionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PromotionConnection'] = ResolversParentTypes['PromotionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PromotionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PromotionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PromotionEdge'] = ResolversParentTypes['PromotionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType>;
}>;

export type PromotionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PromotionPayload'] = ResolversParentTypes['PromotionPayload']> = ResolversObject<{
  promotion?: Resolver<Maybe<ResolversTypes['Promotion']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface QuantityScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Quantity'], any> {
  name: 'Quantity';
}

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  catalogCategories?: Resolver<ResolversTypes['CatalogCategoryConnection'], ParentType, ContextType, Partial<QueryCatalogCategoriesArgs>>;
  catalogCategory?: Resolver<Maybe<ResolversTypes['CatalogCategory']>, ParentType, ContextType, RequireFields<QueryCatalogCategoryArgs, 'id'>>;
  catalogItem?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType, RequireFields<QueryCatalogItemArgs, 'id'>>;
  catalogItemByBarcode?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType, RequireFields<QueryCatalogItemByBarcodeArgs, 'code'>>;
  catalogItemBySku?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType, RequireFields<QueryCatalogItemBySkuArgs, 'sku'>>;
  catalogItemBySysObjectId?: Resolver<Maybe<ResolversTypes['CatalogItem']>, ParentType, ContextType, RequireFields<QueryCatalogItemBySysObjectIdArgs, 'oid'>>;
  catalogItems?: Resolver<ResolversTypes['CatalogItemConnection'], ParentType, ContextType, Partial<QueryCatalogItemsArgs>>;
  catalogItemsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryCatalogItemsCsvArgs>>;
  catalogPricesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryCatalogPricesCsvArgs>>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType, RequireFields<QueryCertificateArgs, 'id'>>;
  certificates?: Resolver<ResolversTypes['CertificateConnection'], ParentType, ContextType, Partial<QueryCertificatesArgs>>;
  promotion?: Resolver<Maybe<ResolversTypes['Promotion']>, ParentType, ContextType, RequireFields<QueryPromotionArgs, 'id'>>;
  promotions?: Resolver<ResolversTypes['PromotionConnection'], ParentType, ContextType, Partial<QueryPromotionsArgs>>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<QueryQuoteArgs, 'input'>>;
  units?: Resolver<Array<ResolversTypes['UnitOfMeasure']>, ParentType, ContextType, Partial<QueryUnitsArgs>>;
}>;

export type QuoteResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  oneTime?: Resolver<ResolversTypes['QuoteTotals'], ParentType, ContextType>;
  recurring?: Resolver<Array<ResolversTypes['RecurringQuoteTotals']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QuoteLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = ResolversObject<{
  amountWithVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountWithoutVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  applied?: Resolver<Array<ResolversTypes['AppliedPromotion']>, ParentType, ContextType>;
  baseAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  considered?: Resolver<Array<ResolversTypes['ConsideredPromotion']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CatalogItem'], ParentType, ContextType>;
  priceIncludesVat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
  recurringPeriod?: Resolver<Maybe<ResolversTypes['RecurringPeriod']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<Maybe<ResolversTypes['VatRate']>, ParentType, ContextType>;
  vatAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type QuoteTotalsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteTotals'] = ResolversParentTypes['QuoteTotals']> = ResolversObject<{
  amountWithVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountWithoutVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<Array<ResolversTypes['VatTotal']>, ParentType, ContextType>;
  vatAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type RecurringQuoteTotalsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RecurringQuoteTotals'] = ResolversParentTypes['RecurringQuoteTotals']> = ResolversObject<{
  amountWithVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountWithoutVat?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['RecurringPeriod'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<Array<ResolversTypes['VatTotal']>, ParentType, ContextType>;
  vatAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type UnitOfMeasureResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UnitOfMeasure'] = ResolversParentTypes['UnitOfMeasure']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  internationalSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VatRateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['VatRate'] = ResolversParentTypes['VatRate']> = ResolversObject<{
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type VatTotalResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['VatTotal'] = ResolversParentTypes['VatTotal']> = ResolversObject<{
  amountWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountWithoutVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vatAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  AppliedPromotion?: AppliedPromotionResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Barcode?: BarcodeResolvers<ContextType>;
  CatalogCategory?: CatalogCategoryResolvers<ContextType>;
  CatalogCategoryConnection?: CatalogCategoryConnectionResolvers<ContextType>;
  CatalogCategoryEdge?: CatalogCategoryEdgeResolvers<ContextType>;
  CatalogCategoryPayload?: CatalogCategoryPayloadResolvers<ContextType>;
  CatalogItem?: CatalogItemResolvers<ContextType>;
  CatalogItemConnection?: CatalogItemConnectionResolvers<ContextType>;
  CatalogItemEdge?: CatalogItemEdgeResolvers<ContextType>;
  CatalogItemPayload?: CatalogItemPayloadResolvers<ContextType>;
  CatalogItemVatPayload?: CatalogItemVatPayloadResolvers<ContextType>;
  CatalogPricePayload?: CatalogPricePayloadResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateConnection?: CertificateConnectionResolvers<ContextType>;
  CertificateEdge?: CertificateEdgeResolvers<ContextType>;
  CertificatePayload?: CertificatePayloadResolvers<ContextType>;
  CharacteristicDefinition?: CharacteristicDefinitionResolvers<ContextType>;
  ConsideredPromotion?: ConsideredPromotionResolvers<ContextType>;
  CsvImportPayload?: CsvImportPayloadResolvers<ContextType>;
  CsvRowError?: CsvRowErrorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Packaging?: PackagingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  PromotionConnection?: PromotionConnectionResolvers<ContextType>;
  PromotionEdge?: PromotionEdgeResolvers<ContextType>;
  PromotionPayload?: PromotionPayloadResolvers<ContextType>;
  Quantity?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  QuoteTotals?: QuoteTotalsResolvers<ContextType>;
  RecurringQuoteTotals?: RecurringQuoteTotalsResolvers<ContextType>;
  UnitOfMeasure?: UnitOfMeasureResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VatRate?: VatRateResolvers<ContextType>;
  VatTotal?: VatTotalResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CatalogContext> = ResolversObject<{
  bulkInput?: BulkInputDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
