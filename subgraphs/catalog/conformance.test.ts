/** The kit's conformance suite over every entity, list and write of the catalog. */
import { describe } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { describeConformance } from '../shared/conformance.ts';
import type { CatalogContext } from './context.ts';
import { CatalogEvent } from './events.ts';
import { catalog } from './index.ts';
import { activateItem } from './service/activate-item.ts';
import { activatePromotion } from './service/activate-promotion.ts';
import { addBarcode } from './service/add-barcode.ts';
import { archiveCategory } from './service/archive-category.ts';
import { createCategory as createCategoryVerb } from './service/create-category.ts';
import { createCertificate } from './service/create-certificate.ts';
import { createItem as createItemVerb } from './service/create-item.ts';
import { createPromotion as createPromotionVerb } from './service/create-promotion.ts';
import { deactivatePromotion } from './service/deactivate-promotion.ts';
import { discontinueItem } from './service/discontinue-item.ts';
import { removeBarcode } from './service/remove-barcode.ts';
import { restoreCategory } from './service/restore-category.ts';
import { setCategoryTemplate } from './service/set-category-template.ts';
import { setItemVat } from './service/set-item-vat.ts';
import { setPackagings } from './service/set-packagings.ts';
import { setPrice as setPriceVerb } from './service/set-price.ts';
import { updateCategory } from './service/update-category.ts';
import { updateCertificate } from './service/update-certificate.ts';
import { updateItem } from './service/update-item.ts';
import { updatePromotion } from './service/update-promotion.ts';
import {
  createCategory,
  createItem,
  createPromotion,
  isoDayFromNow,
  itemInput,
  setPrice,
  unique,
  validEan13,
} from './test-factories.ts';

describe('catalog', () => {
  const h = useServiceHarness(catalog);
  const count = async (query: string, value: unknown) =>
    Number((await h.database.sql.unsafe(query, [value as string]))[0]?.n ?? 0);

  const newItem = async (ctx: CatalogContext) => createItem(ctx, (await createCategory(ctx)).id);
  const newCertificate = async (ctx: CatalogContext) =>
    createCertificate(ctx, {
      type: 'OTHER',
      number: unique('CERT'),
      issuer: 'Испытательный центр',
      validFrom: isoDayFromNow(-1),
      itemIds: [(await newItem(ctx)).id],
    });

  describeConformance<CatalogContext>(h, {
    auditTable: 'catalog.audit_log',
    readScope: 'catalog:read',
    entities: [
      {
        typename: 'CatalogCategory',
        create: async (ctx) => (await createCategory(ctx)).id,
        selection: 'id name',
      },
      { typename: 'CatalogItem', create: async (ctx) => (await newItem(ctx)).id, selection: 'id sku' },
      {
        typename: 'Promotion',
        create: async (ctx) => (await createPromotion(ctx, { scopeType: 'ALL' })).id,
        selection: 'id name',
      },
      {
        typename: 'Certificate',
        create: async (ctx) => (await newCertificate(ctx)).id,
        selection: 'id number',
      },
    ],
    lists: [
      {
        field: 'catalogCategories',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await createCategory(ctx);
        },
      },
      {
        field: 'catalogItems',
        fill: async (ctx, n) => {
          const category = await createCategory(ctx);
          for (let i = 0; i < n; i++) await createItem(ctx, category.id);
        },
      },
      {
        field: 'catalogItems',
        args: 'orderBy: { field: CREATED_AT, direction: DESC }',
        fill: async () => {},
      },
      {
        field: 'promotions',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await createPromotion(ctx, { scopeType: 'ALL' });
        },
      },
      {
        field: 'certificates',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newCertificate(ctx);
        },
      },
    ],
    writes: [
      {
        name: 'createCatalogCategory',
        arrange: async (ctx) => async () => (await createCategoryVerb(ctx, { name: unique('Категория') })).id,
        audit: { entityType: 'CatalogCategory', action: 'create' },
        events: [CatalogEvent.CATEGORY_CHANGED],
      },
      {
        name: 'updateCatalogCategory',
        arrange: async (ctx) => {
          const category = await createCategory(ctx);
          return async () => (await updateCategory(ctx, { id: category.id, name: unique('Новое имя') })).id;
        },
        audit: { entityType: 'CatalogCategory', action: 'update' },
        events: [CatalogEvent.CATEGORY_CHANGED],
      },
      {
        name: 'archiveCatalogCategory',
        arrange: async (ctx) => {
          const category = await createCategory(ctx);
          return async () => (await archiveCategory(ctx, { id: category.id })).id;
        },
        audit: { entityType: 'CatalogCategory', action: 'archive' },
        events: [CatalogEvent.CATEGORY_CHANGED],
      },
      {
        name: 'restoreCatalogCategory',
        arrange: async (ctx) => {
          const category = await createCategory(ctx);
          await archiveCategory(ctx, { id: category.id });
          return async () => (await restoreCategory(ctx, { id: category.id })).id;
        },
        audit: { entityType: 'CatalogCategory', action: 'restore' },
        events: [CatalogEvent.CATEGORY_CHANGED],
      },
      {
        name: 'setCatalogCategoryTemplate',
        arrange: async (ctx) => {
          const category = await createCategory(ctx);
          const characteristics = [{ key: 'ports', label: 'Порты', type: 'NUMBER' }];
          return async () =>
            (await setCategoryTemplate(ctx, { categoryId: category.id, characteristics })).id;
        },
        audit: { entityType: 'CatalogCategory', action: 'template' },
        events: [CatalogEvent.CATEGORY_CHANGED],
      },
      {
        name: 'createCatalogItem',
        arrange: async (ctx) => {
          const input = itemInput((await createCategory(ctx)).id);
          return async () => (await createItemVerb(ctx, input)).id;
        },
        audit: { entityType: 'CatalogItem', action: 'create' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'updateCatalogItem',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await updateItem(ctx, { id: item.id, name: unique('Товар') })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'update' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'activateCatalogItem',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await activateItem(ctx, { id: item.id })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'activate' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'discontinueCatalogItem',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await discontinueItem(ctx, { id: item.id })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'discontinue' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'addCatalogItemBarcode',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await addBarcode(ctx, { itemId: item.id, code: validEan13() })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'barcode.add' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'removeCatalogItemBarcode',
        arrange: async (ctx) => {
          const item = await createItem(ctx, (await createCategory(ctx)).id, {
            barcodes: [{ code: validEan13() }],
          });
          const [barcode] = await h.database.sql`select id from catalog.barcodes where item_id = ${item.id}`;
          return async () => (await removeBarcode(ctx, { barcodeId: barcode!.id })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'barcode.remove' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'setCatalogPrice',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await setPrice(ctx, item.id, '990.00')).itemId;
        },
        audit: { entityType: 'CatalogItem', action: 'price.set' },
        events: [CatalogEvent.PRICE_CHANGED],
      },
      {
        name: 'createPromotion',
        arrange: async (ctx) => async () => (await createPromotion(ctx, { scopeType: 'ALL' })).id,
        audit: { entityType: 'Promotion', action: 'create' },
        events: [CatalogEvent.PRICE_CHANGED],
      },
      {
        name: 'updatePromotion',
        arrange: async (ctx) => {
          const promotion = await createPromotion(ctx, { scopeType: 'ALL' });
          return async () => (await updatePromotion(ctx, { id: promotion.id, value: '15' })).id;
        },
        audit: { entityType: 'Promotion', action: 'update' },
        events: [CatalogEvent.PRICE_CHANGED],
      },
      {
        name: 'deactivatePromotion',
        arrange: async (ctx) => {
          const promotion = await createPromotion(ctx, { scopeType: 'ALL' });
          return async () => (await deactivatePromotion(ctx, { id: promotion.id })).id;
        },
        audit: { entityType: 'Promotion', action: 'deactivate' },
        events: [CatalogEvent.PRICE_CHANGED],
      },
      {
        name: 'activatePromotion',
        arrange: async (ctx) => {
          const promotion = await createPromotion(ctx, { scopeType: 'ALL', active: false });
          return async () => (await activatePromotion(ctx, { id: promotion.id })).id;
        },
        audit: { entityType: 'Promotion', action: 'activate' },
        events: [CatalogEvent.PRICE_CHANGED],
      },
      {
        name: 'setCatalogItemVat',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          return async () => (await setItemVat(ctx, { itemId: item.id, rate: 10 })).itemId;
        },
        audit: { entityType: 'CatalogItem', action: 'vat.set' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'setCatalogItemPackagings',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          const packagings = [{ name: 'Упаковка 10 шт', quantity: '10' }];
          return async () => (await setPackagings(ctx, { itemId: item.id, packagings })).id;
        },
        audit: { entityType: 'CatalogItem', action: 'packagings.set' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'createCertificate',
        arrange: async (ctx) => {
          const item = await newItem(ctx);
          const input = {
            type: 'OTHER',
            number: unique('CERT'),
            issuer: 'Испытательный центр',
            validFrom: isoDayFromNow(-1),
            itemIds: [item.id],
          };
          return async () => (await createCertificate(ctx, input)).id;
        },
        audit: { entityType: 'Certificate', action: 'create' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
      {
        name: 'updateCertificate',
        arrange: async (ctx) => {
          const certificate = await newCertificate(ctx);
          return async () =>
            (await updateCertificate(ctx, { id: certificate.id, issuer: 'ФБУ «Связьсерт»' })).id;
        },
        audit: { entityType: 'Certificate', action: 'update' },
        events: [CatalogEvent.ITEM_CHANGED],
      },
    ],
    creating: [
      {
        name: 'setCatalogItemVat',
        verb: setItemVat,
        input: async (ctx) => ({ itemId: (await newItem(ctx)).id, rate: 20 }),
        id: (r) => (r as { vat: { id: string } }).vat.id,
        rows: (input) =>
          count('select count(*)::int as n from catalog.vat_rates where item_id = $1', input.itemId),
      },
      {
        name: 'createCatalogCategory',
        verb: createCategoryVerb,
        input: async () => ({ name: unique('Категория') }),
        id: (r) => (r as { id: string }).id,
        rows: (input) =>
          count('select count(*)::int as n from catalog.categories where name = $1', input.name),
      },
      {
        name: 'createCatalogItem',
        verb: createItemVerb,
        input: async (ctx) => itemInput((await createCategory(ctx)).id),
        id: (r) => (r as { id: string }).id,
        rows: (input) => count('select count(*)::int as n from catalog.items where sku = $1', input.sku),
      },
      {
        name: 'setCatalogPrice',
        verb: setPriceVerb,
        input: async (ctx) => ({ itemId: (await newItem(ctx)).id, amount: '1290.00' }),
        id: (r) => (r as { price: { id: string } }).price.id,
        rows: (input) =>
          count('select count(*)::int as n from catalog.prices where item_id = $1', input.itemId),
      },
      {
        name: 'createPromotion',
        verb: createPromotionVerb,
        input: async () => ({ name: unique('Акция'), kind: 'PERCENTAGE', value: '5', scopeType: 'ALL' }),
        id: (r) => (r as { id: string }).id,
        rows: (input) =>
          count('select count(*)::int as n from catalog.promotions where name = $1', input.name),
      },
      {
        name: 'createCertificate',
        verb: createCertificate,
        input: async (ctx) => ({
          type: 'OTHER',
          number: unique('CERT'),
          issuer: 'Испытательный центр',
          validFrom: isoDayFromNow(0),
          itemIds: [(await newItem(ctx)).id],
        }),
        id: (r) => (r as { id: string }).id,
        rows: (input) =>
          count('select count(*)::int as n from catalog.certificates where number = $1', input.number),
      },
    ],
  });
});
