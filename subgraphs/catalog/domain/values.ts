/** Value sets of the catalog, in one place (the SDL's enums and the tables' checks mirror these). */
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

export const RECURRING_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;

export const BARCODE_TYPES = ['EAN13', 'CODE128'] as const;

export const CERTIFICATE_TYPES = [
  'CERTIFICATE_OF_CONFORMITY',
  'DECLARATION_OF_CONFORMITY',
  'WARRANTY',
  'OTHER',
] as const;

export const PROMOTION_KINDS = ['PERCENTAGE', 'FIXED_AMOUNT'] as const;
export const PROMOTION_SCOPES = ['ITEM', 'CATEGORY', 'ALL'] as const;
export const PROMOTION_STACKING = ['EXCLUSIVE', 'STACKABLE'] as const;
