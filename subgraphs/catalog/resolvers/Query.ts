import { reader } from '../../shared/db.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { CatalogContext } from '../context.ts';
import { barcodeByCode } from '../db/barcodes.ts';
import { type CertificateFilter, listCertificates } from '../db/certificates.ts';
import { listPromotions, type PromotionFilter } from '../db/promotions.ts';
import type { CategoryFilter, ItemFilter, ItemOrderField, OrderBy } from '../db/queries.ts';
import { itemBySku, listCategories, listItems } from '../db/queries.ts';
import { normalizeBarcode } from '../service/barcodes.ts';
import { exportItemsCsv, exportPricesCsv } from '../service/csv-export.ts';
import { quote } from '../service/quote.ts';

type ListArgs<F, O extends string = never> = PageArgs & { filter?: F | null; orderBy?: OrderBy<O> | null };

export const Query = {
  catalogCategory: (_: unknown, { id }: { id: string }, ctx: CatalogContext) =>
    ctx.loaders.categoryById.load(id),
  catalogCategories: (
    _: unknown,
    args: ListArgs<CategoryFilter, 'NAME' | 'CREATED_AT'>,
    ctx: CatalogContext,
  ) => listCategories(reader(ctx), args, args.filter ?? {}, args.orderBy),
  catalogItem: (_: unknown, { id }: { id: string }, ctx: CatalogContext) => ctx.loaders.itemById.load(id),
  catalogItemBySku: (_: unknown, { sku }: { sku: string }, ctx: CatalogContext) =>
    itemBySku(reader(ctx), sku),
  catalogItemByBarcode: async (_: unknown, { code }: { code: string }, ctx: CatalogContext) => {
    const barcode = await barcodeByCode(reader(ctx), normalizeBarcode(code));
    return barcode ? ctx.loaders.itemById.load(barcode.itemId) : null;
  },
  catalogItems: (_: unknown, args: ListArgs<ItemFilter, ItemOrderField>, ctx: CatalogContext) =>
    listItems(reader(ctx), args, args.filter ?? {}, args.orderBy),
  quote: (_: unknown, { input }: { input: unknown }, ctx: CatalogContext) => quote(ctx, input),
  promotion: (_: unknown, { id }: { id: string }, ctx: CatalogContext) => ctx.loaders.promotionById.load(id),
  promotions: (_: unknown, args: ListArgs<PromotionFilter>, ctx: CatalogContext) =>
    listPromotions(reader(ctx), args, args.filter ?? {}),
  certificate: (_: unknown, { id }: { id: string }, ctx: CatalogContext) =>
    ctx.loaders.certificateById.load(id),
  certificates: (_: unknown, args: ListArgs<CertificateFilter>, ctx: CatalogContext) =>
    listCertificates(reader(ctx), args, args.filter ?? {}),
  catalogItemsCsv: (_: unknown, { filter }: { filter?: ItemFilter | null }, ctx: CatalogContext) =>
    exportItemsCsv(ctx, filter ?? {}),
  catalogPricesCsv: (_: unknown, { filter }: { filter?: ItemFilter | null }, ctx: CatalogContext) =>
    exportPricesCsv(ctx, filter ?? {}),
};
