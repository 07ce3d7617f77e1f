/** Value sets of the catalog, in one place (SDL enums mirror these). */
export const ITEM_KINDS = ['EQUIPMENT_MODEL', 'MATERIAL', 'GOODS', 'SERVICE'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const SERVICE_TYPES = ['ONE_TIME', 'RECURRING'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const ITEM_STATUSES = ['DRAFT', 'ACTIVE', 'DISCONTINUED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const CATEGORY_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type CategoryStatus = (typeof CATEGORY_STATUSES)[number];

/** Lifecycle of an item: DRAFT → ACTIVE → DISCONTINUED (and back from DISCONTINUED to ACTIVE). */
export const ITEM_TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  DRAFT: ['ACTIVE', 'DISCONTINUED'],
  ACTIVE: ['DISCONTINUED'],
  DISCONTINUED: ['ACTIVE'],
};

export const UNITS = ['PCS', 'M', 'KG', 'L', 'SET', 'MONTH', 'SERVICE'] as const;

export const CatalogErrorCode = {
  CATEGORY_CYCLE: 'CATEGORY_CYCLE',
  CATEGORY_ARCHIVED: 'CATEGORY_ARCHIVED',
  DUPLICATE_SKU: 'DUPLICATE_SKU',
  DUPLICATE_NAME: 'DUPLICATE_NAME',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  DUPLICATE_BARCODE: 'DUPLICATE_BARCODE',
  SERVICE_TYPE_REQUIRED: 'SERVICE_TYPE_REQUIRED',
  SERVICE_TYPE_NOT_ALLOWED: 'SERVICE_TYPE_NOT_ALLOWED',
  CATEGORY_NOT_EMPTY: 'CATEGORY_NOT_EMPTY',
  PRICE_IN_PAST: 'PRICE_IN_PAST',
  PRICE_OVERLAP: 'PRICE_OVERLAP',
  INVALID_PERCENTAGE: 'INVALID_PERCENTAGE',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  NO_PRICE: 'NO_PRICE',
  DUPLICATE_CERTIFICATE: 'DUPLICATE_CERTIFICATE',
  INVALID_CSV: 'INVALID_CSV',
} as const;

export const CatalogEvent = {
  ITEM_CHANGED: 'catalog.item.changed',
  CATEGORY_CHANGED: 'catalog.category.changed',
  PRICE_CHANGED: 'catalog.price.changed',
} as const;
