/**
 * Typed factories for catalog tests: each builds one valid thing through the real service verbs (so
 * every rule, audit row and event holds) with defaults that can be overridden. Names and SKUs are
 * unique per call, so tests sharing a database never collide.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../shared/db.ts';
import type { CatalogContext } from './context.ts';
import type { CategoryRow, ItemRow, PromotionRow } from './db/tables.ts';
import { ean13CheckDigit } from './domain/barcodes.ts';
import type { CharacteristicType } from './domain/characteristics.ts';
import type { EquipmentSupply, ItemKind, ItemStatus, ServiceType } from './domain/values.ts';
import { createCategory as createCategoryVerb } from './service/create-category.ts';
import { createItem as createItemVerb } from './service/create-item.ts';
import { createPromotion as createPromotionVerb } from './service/create-promotion.ts';
import { setCategoryTemplate } from './service/set-category-template.ts';
import { type SetItemVatResult, setItemVat } from './service/set-item-vat.ts';
import { setPackagings } from './service/set-packagings.ts';
import { type SetPriceResult, setPrice as setPriceVerb } from './service/set-price.ts';

let sequence = 0;

/** `prefix` and a suffix no other call returns, e.g. `ONT-3-1a2b3c4d`. */
export const unique = (prefix: string): string => `${prefix}-${++sequence}-${randomUUID().slice(0, 8)}`;

export const DAY_MS = 86_400_000;

/** A moment `days` from now (negative for the past). */
export const daysFromNow = (days: number): Date => new Date(Date.now() + days * DAY_MS);

/** The ISO date (UTC) `days` from today. */
export const isoDayFromNow = (days: number): string => daysFromNow(days).toISOString().slice(0, 10);

/** A fresh EAN-13 with a correct check digit (the 200–299 prefix is for in-store numbering). */
export function validEan13(): string {
  const body = `2${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  return `${body}${ean13CheckDigit(body)}`;
}

/** The same code with its check digit made wrong. */
export const withWrongCheckDigit = (ean: string): string =>
  `${ean.slice(0, 12)}${(Number(ean[12]) + 1) % 10}`;

export interface CharacteristicDefinitionInput {
  key: string;
  label: string;
  type: CharacteristicType;
  required?: boolean;
  options?: string[];
  unit?: string;
}

/** What an ONT carries: the PON type and LAN ports are required, Wi-Fi is optional. */
export const ONT_TEMPLATE: CharacteristicDefinitionInput[] = [
  { key: 'ponType', label: 'Тип PON', type: 'ENUM', required: true, options: ['GPON', 'XGS-PON', 'EPON'] },
  { key: 'lanPorts', label: 'Порты LAN', type: 'NUMBER', required: true },
  { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN' },
];

export interface CategoryFactoryInput {
  name?: string;
  parentId?: string | null;
  description?: string;
  /** The category's own characteristic definitions, set after it is created. */
  template?: CharacteristicDefinitionInput[];
}

export async function createCategory(
  ctx: CatalogContext,
  over: CategoryFactoryInput = {},
): Promise<CategoryRow> {
  const { template, ...fields } = over;
  const category = await createCategoryVerb(ctx, { name: unique('Категория'), ...fields });
  if (!template) return category;
  return setCategoryTemplate(ctx, { categoryId: category.id, characteristics: template });
}

export interface ItemFactoryInput {
  sku?: string;
  name?: string;
  description?: string | null;
  kind?: ItemKind;
  /** OKEI code; default by kind: 006 (м) for materials, 876 (усл. ед.) for services, else 796 (шт). */
  unitCode?: string;
  status?: ItemStatus;
  manufacturer?: string | null;
  vendorPartNumber?: string | null;
  characteristics?: Record<string, unknown>;
  serviceType?: ServiceType | null;
  barcodes?: { type?: 'EAN13' | 'CODE128'; code: string }[];
  keywords?: string[];
  trackedBySerial?: boolean | null;
  trackedByMac?: boolean | null;
  warrantyMonths?: number | null;
  supply?: EquipmentSupply | null;
  snmpSysObjectId?: string | null;
  idempotencyKey?: string;
}

/** The input `createCatalogItem` takes, for tests that expect it to be refused. */
export function itemInput(categoryId: string, over: ItemFactoryInput = {}): Record<string, unknown> {
  const kind = over.kind ?? 'GOODS';
  return {
    sku: unique('SKU'),
    name: unique('Товар'),
    kind,
    unitCode: kind === 'MATERIAL' ? '006' : kind === 'SERVICE' ? '876' : '796',
    categoryId,
    ...(kind === 'SERVICE' ? { serviceType: 'ONE_TIME' } : {}),
    ...over,
  };
}

export function createItem(
  ctx: CatalogContext,
  categoryId: string,
  over: ItemFactoryInput = {},
): Promise<ItemRow> {
  return createItemVerb(ctx, itemInput(categoryId, over));
}

export interface PriceFactoryInput {
  currency?: string;
  validFrom?: Date;
  validTo?: Date | null;
  recurringPeriod?: 'MONTH' | 'QUARTER' | 'YEAR';
  includesVat?: boolean;
  idempotencyKey?: string;
}

/** Sets a list price (default RUB, from now, open-ended). */
export function setPrice(
  ctx: CatalogContext,
  itemId: string,
  amount: string,
  over: PriceFactoryInput = {},
): Promise<SetPriceResult> {
  return setPriceVerb(ctx, { itemId, amount, currency: 'RUB', ...over });
}

/** Sets an item's VAT from today: a rate in percent, or 'EXEMPT'. */
export function setVat(
  ctx: CatalogContext,
  itemId: string,
  vat: number | 'EXEMPT',
  over: { validFrom?: string; idempotencyKey?: string } = {},
): Promise<SetItemVatResult> {
  return setItemVat(ctx, { itemId, ...(vat === 'EXEMPT' ? { exempt: true } : { rate: vat }), ...over });
}

/** Replaces an item's packagings. */
export function setItemPackagings(
  ctx: CatalogContext,
  itemId: string,
  packagings: { name: string; quantity: string; barcode?: string }[],
): Promise<ItemRow> {
  return setPackagings(ctx, { itemId, packagings });
}

export interface PromotionFactoryInput {
  name?: string;
  kind?: 'PERCENTAGE' | 'FIXED_AMOUNT';
  value?: string;
  currency?: string;
  scopeType?: 'ITEM' | 'CATEGORY' | 'ALL';
  scopeItemId?: string;
  scopeCategoryId?: string;
  validFrom?: Date;
  validTo?: Date;
  minQuantity?: string;
  promoCode?: string;
  active?: boolean;
  stacking?: 'EXCLUSIVE' | 'STACKABLE';
  priority?: number;
}

/** A promotion, by default 10% off, exclusive, always valid; give it a scope. */
export function createPromotion(ctx: CatalogContext, over: PromotionFactoryInput): Promise<PromotionRow> {
  return createPromotionVerb(ctx, {
    name: unique('Акция'),
    kind: 'PERCENTAGE',
    value: '10',
    scopeType: over.scopeItemId ? 'ITEM' : over.scopeCategoryId ? 'CATEGORY' : 'ALL',
    ...over,
  });
}

/** Rows in a table of the catalog schema, e.g. `rowCount(db, 'items')`. */
export async function rowCount(
  database: Database,
  table:
    | 'items'
    | 'categories'
    | 'barcodes'
    | 'prices'
    | 'promotions'
    | 'certificates'
    | 'audit_log'
    | 'vat_rates'
    | 'packagings',
): Promise<number> {
  const [row] =
    await database.sql`select count(*)::int as n from ${database.sql('catalog')}.${database.sql(table)}`;
  return row!.n as number;
}

/** Row counts of several catalog tables at once, to compare before and after a refused write. */
export async function rowCounts(
  database: Database,
  tables: Parameters<typeof rowCount>[1][] = ['items', 'barcodes', 'prices', 'audit_log'],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await rowCount(database, table);
  return counts;
}
