import { z } from 'zod';
import { CATEGORY_STATUSES, ITEM_KINDS, ITEM_STATUSES, UNITS } from '../db/enums.ts';

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

const characteristics = z.record(z.string().min(1).max(100), z.union([z.string(), z.number(), z.boolean()]));

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
  status: z.enum(ITEM_STATUSES).nullish(),
});
