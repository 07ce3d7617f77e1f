import { z } from 'zod';
import { CATEGORY_STATUSES, ITEM_KINDS, ITEM_STATUSES, SERVICE_TYPES, UNITS } from '../db/enums.ts';

const name = z.string().trim().min(1, 'Name is required').max(200, 'Name is at most 200 characters');
const uuid = z.uuid('Not a valid id');
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const idempotencyKey = z.string().trim().min(1).max(200).nullish();

export const createCategoryInput = z.object({
  name,
  description: optionalText(4000),
  parentId: uuid.nullish(),
  idempotencyKey,
});

export const updateCategoryInput = z
  .object({
    id: uuid,
    name: name.optional(),
    description: optionalText(4000),
    parentId: uuid.nullish(),
    moveToRoot: z.boolean().nullish(),
    status: z.enum(CATEGORY_STATUSES).nullish(),
  })
  .refine((v) => !(v.parentId && v.moveToRoot), {
    message: 'Give `parentId` or `moveToRoot`, not both',
    path: ['moveToRoot'],
  });

const sku = z
  .string()
  .trim()
  .min(1, 'SKU is required')
  .max(64, 'SKU is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'SKU may hold letters, digits and . _ - /');

/** Shape only; values are checked against the category's template by `validateCharacteristics`. */
const characteristics = z.record(z.string(), z.unknown());

const barcodeInput = z.object({
  type: z.enum(['EAN13', 'CODE128']).nullish(),
  code: z.string().min(1, 'Barcode is empty').max(64),
});

const attachment = z.object({
  url: z.url('Not a valid URL').max(2000),
  name: z.string().trim().min(1).max(200),
  type: z.string().trim().min(1).max(100),
});
const attachments = z.array(attachment).max(50, 'At most 50 attachments');

export const createItemInput = z.object({
  sku,
  name,
  description: optionalText(20000),
  kind: z.enum(ITEM_KINDS),
  categoryId: uuid,
  unit: z.enum(UNITS),
  manufacturer: optionalText(200),
  vendorPartNumber: optionalText(100),
  characteristics: characteristics.nullish(),
  serviceType: z.enum(SERVICE_TYPES).nullish(),
  barcodes: z.array(barcodeInput).max(20, 'At most 20 barcodes').nullish(),
  attachments: attachments.nullish(),
  status: z.enum(ITEM_STATUSES).nullish(),
  idempotencyKey,
});

export const updateItemInput = z.object({
  id: uuid,
  sku: sku.optional(),
  name: name.optional(),
  description: optionalText(20000),
  categoryId: uuid.optional(),
  unit: z.enum(UNITS).optional(),
  manufacturer: optionalText(200),
  vendorPartNumber: optionalText(100),
  characteristics: characteristics.nullish(),
  serviceType: z.enum(SERVICE_TYPES).nullish(),
  attachments: attachments.nullish(),
  status: z.enum(ITEM_STATUSES).nullish(),
});

export const archiveCategoryInput = z.object({ id: uuid });

export const setTemplateInput = z.object({
  categoryId: uuid,
  characteristics: z.array(z.unknown()).max(100, 'At most 100 characteristics'),
});

export const addBarcodeInput = z.object({
  itemId: uuid,
  type: z.enum(['EAN13', 'CODE128']).nullish(),
  code: z.string().min(1).max(64).nullish(),
});

export const removeBarcodeInput = z.object({ barcodeId: uuid });

const currency = z.string().regex(/^[A-Z]{3}$/, 'Currency is an ISO 4217 code, e.g. RUB');
const decimalAmount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'Amount is not negative and has at most two decimals');
const moment = z.coerce.date({ error: 'Not a valid timestamp' });

export const setPriceInput = z
  .object({
    itemId: uuid,
    amount: decimalAmount,
    currency: currency.default('RUB'),
    recurringPeriod: z.enum(['MONTH', 'QUARTER', 'YEAR']).nullish(),
    validFrom: moment.nullish(),
    validTo: moment.nullish(),
    idempotencyKey,
  })
  .refine((v) => !v.validTo || !v.validFrom || v.validTo > v.validFrom, {
    message: 'validTo must be after validFrom',
    path: ['validTo'],
  });

const promotionFields = {
  name,
  description: optionalText(4000),
  value: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, 'Value is a positive number with at most two decimals'),
  validFrom: moment.nullish(),
  validTo: moment.nullish(),
  minQuantity: z.number().positive('Minimum quantity is more than zero').nullish(),
  promoCode: z
    .string()
    .trim()
    .min(3, 'A promo code has at least 3 characters')
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'A promo code holds letters, digits, _ and -')
    .nullish(),
  active: z.boolean().nullish(),
  stacking: z.enum(['EXCLUSIVE', 'STACKABLE']).nullish(),
  priority: z.number().int().min(-1000).max(1000).nullish(),
};

export const createPromotionInput = z.object({
  ...promotionFields,
  kind: z.enum(['PERCENTAGE', 'FIXED_AMOUNT']),
  currency: currency.nullish(),
  scopeType: z.enum(['ITEM', 'CATEGORY', 'ALL']),
  scopeItemId: uuid.nullish(),
  scopeCategoryId: uuid.nullish(),
  idempotencyKey,
});

export const updatePromotionInput = z.object({
  id: uuid,
  ...promotionFields,
  name: name.optional(),
  value: promotionFields.value.optional(),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'Not a valid date');

export const createCertificateInput = z
  .object({
    type: z.enum(['CERTIFICATE_OF_CONFORMITY', 'DECLARATION_OF_CONFORMITY', 'WARRANTY', 'OTHER']),
    number: z.string().trim().min(1, 'Number is required').max(100),
    issuer: z.string().trim().min(1, 'Issuer is required').max(300),
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    documentUrl: z.url('Not a valid URL').max(2000).nullish(),
    itemIds: z.array(uuid).min(1, 'A certificate covers at least one item').max(1000),
    idempotencyKey,
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  });

export const updateCertificateInput = z.object({
  id: uuid,
  issuer: z.string().trim().min(1).max(300).optional(),
  validTo: isoDate.nullish(),
  documentUrl: z.url('Not a valid URL').max(2000).nullish(),
  itemIds: z.array(uuid).min(1).max(1000).optional(),
});

export const quoteInput = z.object({
  lines: z
    .array(z.object({ itemId: z.string(), quantity: z.number() }))
    .min(1, 'A quote has at least one line')
    .max(200, 'A quote has at most 200 lines'),
  at: moment.nullish(),
  currency: currency.default('RUB'),
  promoCode: z.string().trim().max(40).nullish(),
});

export const csvImportInput = z.object({
  csv: z.string().max(20_000_000, 'A CSV file is at most 20 MB'),
  mode: z.enum(['ALL_OR_NOTHING', 'VALID_ROWS_ONLY']).default('ALL_OR_NOTHING'),
  dryRun: z.boolean().nullish(),
});
