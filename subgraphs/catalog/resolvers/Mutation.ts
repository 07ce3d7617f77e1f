import { DomainError, toPayload } from '../../shared/errors.ts';
import type { CsvImportPayload, MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { CatalogContext } from '../context.ts';
import { archiveCategory } from '../service/archive-category.ts';
import { addBarcode, removeBarcode } from '../service/barcode-verbs.ts';
import { createCertificate, updateCertificate } from '../service/certificate-verbs.ts';
import { createCategory } from '../service/create-category.ts';
import { createItem } from '../service/create-item.ts';
import { type CsvImportResult, importItemsCsv, importPricesCsv } from '../service/csv-import.ts';
import { createPromotion, updatePromotion } from '../service/promotion-verbs.ts';
import { setCategoryTemplate } from '../service/set-category-template.ts';
import { setPrice } from '../service/set-price.ts';
import { updateCategory } from '../service/update-category.ts';
import { updateItem } from '../service/update-item.ts';

// Verbs parse their input themselves (zod), so resolvers pass it on as it came.
type Input = { input: unknown };

const payload =
  <K extends string, T>(key: K, verb: (ctx: CatalogContext, input: unknown) => Promise<T>) =>
  (_: unknown, { input }: Input, ctx: CatalogContext) =>
    toPayload(key, () => verb(ctx, input));

/** An import's counts, or its userErrors when the input itself was refused. */
const importPayload =
  (verb: (ctx: CatalogContext, input: unknown) => Promise<CsvImportResult>) =>
  async (_: unknown, { input }: Input, ctx: CatalogContext): Promise<CsvImportPayload> => {
    try {
      return { ...(await verb(ctx, input)), userErrors: [] };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { created: 0, updated: 0, skipped: 0, errors: [], userErrors: error.errors };
    }
  };

export const Mutation: MutationResolvers = {
  createCatalogCategory: payload('category', createCategory),
  updateCatalogCategory: payload('category', updateCategory),
  archiveCatalogCategory: payload('category', archiveCategory),
  setCatalogCategoryTemplate: payload('category', setCategoryTemplate),
  createCatalogItem: payload('item', createItem),
  updateCatalogItem: payload('item', updateItem),
  addCatalogItemBarcode: payload('item', addBarcode),
  removeCatalogItemBarcode: payload('item', removeBarcode),
  setCatalogPrice: async (_, { input }, ctx) => {
    const result = await toPayload('price', () => setPrice(ctx, input));
    return {
      ...result,
      price: result.price?.price ?? null,
      item: result.price ? ctx.loaders.itemById.load(result.price.itemId) : null,
    };
  },
  createPromotion: payload('promotion', createPromotion),
  updatePromotion: payload('promotion', updatePromotion),
  createCertificate: payload('certificate', createCertificate),
  updateCertificate: payload('certificate', updateCertificate),
  importCatalogItemsCsv: importPayload(importItemsCsv),
  importCatalogPricesCsv: importPayload(importPricesCsv),
};
