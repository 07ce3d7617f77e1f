import { DomainError } from '../../shared/errors.ts';
import { payloadOf } from '../../shared/verb.ts';
import type { CsvImportPayload, MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { CatalogContext } from '../context.ts';
import { activateItem } from '../service/activate-item.ts';
import { activatePromotion } from '../service/activate-promotion.ts';
import { addBarcode } from '../service/add-barcode.ts';
import { archiveCategory } from '../service/archive-category.ts';
import { createCategory } from '../service/create-category.ts';
import { createCertificate } from '../service/create-certificate.ts';
import { createItem } from '../service/create-item.ts';
import { createPromotion } from '../service/create-promotion.ts';
import type { CsvImportResult } from '../service/csv-import-run.ts';
import { deactivatePromotion } from '../service/deactivate-promotion.ts';
import { discontinueItem } from '../service/discontinue-item.ts';
import { importItemsCsv } from '../service/import-items-csv.ts';
import { importPricesCsv } from '../service/import-prices-csv.ts';
import { removeBarcode } from '../service/remove-barcode.ts';
import { restoreCategory } from '../service/restore-category.ts';
import { setCategoryTemplate } from '../service/set-category-template.ts';
import { setItemVat } from '../service/set-item-vat.ts';
import { setPackagings } from '../service/set-packagings.ts';
import { setPrice } from '../service/set-price.ts';
import { updateCategory } from '../service/update-category.ts';
import { updateCertificate } from '../service/update-certificate.ts';
import { updateItem } from '../service/update-item.ts';
import { updatePromotion } from '../service/update-promotion.ts';

/** An import's counts, or its userErrors when the input itself was refused. */
const importPayload =
  (verb: (ctx: CatalogContext, input: unknown) => Promise<CsvImportResult>) =>
  async (_: unknown, { input }: { input: unknown }, ctx: CatalogContext): Promise<CsvImportPayload> => {
    try {
      return { ...(await verb(ctx, input)), userErrors: [] };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { created: 0, updated: 0, skipped: 0, errors: [], userErrors: error.errors };
    }
  };

const setPricePayload = payloadOf('price', setPrice);
const setVatPayload = payloadOf('vat', setItemVat);

export const Mutation: MutationResolvers = {
  createCatalogCategory: payloadOf('category', createCategory),
  updateCatalogCategory: payloadOf('category', updateCategory),
  archiveCatalogCategory: payloadOf('category', archiveCategory),
  restoreCatalogCategory: payloadOf('category', restoreCategory),
  setCatalogCategoryTemplate: payloadOf('category', setCategoryTemplate),
  createCatalogItem: payloadOf('item', createItem),
  updateCatalogItem: payloadOf('item', updateItem),
  activateCatalogItem: payloadOf('item', activateItem),
  discontinueCatalogItem: payloadOf('item', discontinueItem),
  addCatalogItemBarcode: payloadOf('item', addBarcode),
  removeCatalogItemBarcode: payloadOf('item', removeBarcode),
  setCatalogPrice: async (parent, args, ctx) => {
    const result = await setPricePayload(parent, args, ctx);
    return {
      ...result,
      price: result.price?.price ?? null,
      item: result.price ? ctx.loaders.itemById.load(result.price.itemId) : null,
    };
  },
  setCatalogItemVat: async (parent, args, ctx) => {
    const result = await setVatPayload(parent, args, ctx);
    return {
      ...result,
      vat: result.vat?.vat ?? null,
      item: result.vat ? ctx.loaders.itemById.load(result.vat.itemId) : null,
    };
  },
  setCatalogItemPackagings: payloadOf('item', setPackagings),
  createPromotion: payloadOf('promotion', createPromotion),
  updatePromotion: payloadOf('promotion', updatePromotion),
  activatePromotion: payloadOf('promotion', activatePromotion),
  deactivatePromotion: payloadOf('promotion', deactivatePromotion),
  createCertificate: payloadOf('certificate', createCertificate),
  updateCertificate: payloadOf('certificate', updateCertificate),
  importCatalogItemsCsv: importPayload(importItemsCsv),
  importCatalogPricesCsv: importPayload(importPricesCsv),
};
