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

/** What a unit of measure counts; `catalog.units.kind` holds one of these. */
export const UNIT_KINDS = ['COUNT', 'LENGTH', 'MASS', 'VOLUME', 'TIME', 'SERVICE'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The seven units items had before units became OKEI codes (migration `move_units_to_okei_codes`), as CSV
 * files written then still name them: each is read as its OKEI code.
 */
export const LEGACY_UNIT_CODES: Readonly<Record<string, string>> = {
  PCS: '796',
  M: '006',
  KG: '166',
  L: '112',
  SET: '839',
  MONTH: '362',
  SERVICE: '876',
};

/** The OKEI code of a piece («шт»), the unit an item takes when none is said. */
export const PIECE_UNIT_CODE = '796';

/**
 * VAT (НДС) rates in percent an item may carry: 0, 10 and 20 % of the Tax Code (art. 164), 5 and 7 % of
 * the simplified-taxation payers, 22 % the standard rate from 2026. «Без НДС» (exempt) is not a rate.
 */
export const VAT_RATES = [0, 5, 7, 10, 20, 22] as const;

/** How an equipment model reaches a subscriber. */
export const EQUIPMENT_SUPPLY = ['SALE', 'RENTAL', 'SALE_OR_RENTAL'] as const;
export type EquipmentSupply = (typeof EQUIPMENT_SUPPLY)[number];

/** An equipment model's warranty, in months. */
export const WARRANTY_MONTHS_MAX = 120;

/** Tags of an item for search: at most this many, each at most `KEYWORD_MAX_LENGTH` characters. */
export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX_LENGTH = 50;

/** Packagings of one item (a drum, a pack of 100, a pallet). */
export const PACKAGINGS_MAX = 20;

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
