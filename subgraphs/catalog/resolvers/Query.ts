import { reader } from '../../shared/db.ts';
import type { CatalogItemFilter, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { barcodeByCode } from '../db/barcodes.ts';
import { listCertificates } from '../db/certificates.ts';
import { listPromotions } from '../db/promotions.ts';
import { type ItemFilter, itemBySku, listCategories, listItems } from '../db/queries.ts';
import { normalizeBarcode } from '../service/barcodes.ts';
import { exportItemsCsv, exportPricesCsv } from '../service/csv-export.ts';
import { quote } from '../service/quote.ts';

// `characteristics` is the JSON scalar, so any value arrives; the item filter uses whatever comes as a
// jsonb containment pattern, whatever its declared (object) type says.
const itemFilter = (filter: CatalogItemFilter | null | undefined): ItemFilter =>
  filter ? { ...filter, characteristics: filter.characteristics as ItemFilter['characteristics'] } : {};

export const Query: QueryResolvers = {
  catalogCategory: (_, { id }, ctx) => ctx.loaders.categoryById.load(id),
  catalogCategories: (_, args, ctx) => listCategories(reader(ctx), args, args.filter ?? {}, args.orderBy),
  catalogItem: (_, { id }, ctx) => ctx.loaders.itemById.load(id),
  catalogItemBySku: (_, { sku }, ctx) => itemBySku(reader(ctx), sku),
  catalogItemByBarcode: async (_, { code }, ctx) => {
    const barcode = await barcodeByCode(reader(ctx), normalizeBarcode(code));
    return barcode ? ctx.loaders.itemById.load(barcode.itemId) : null;
  },
  catalogItems: (_, args, ctx) => listItems(reader(ctx), args, itemFilter(args.filter), args.orderBy),
  quote: (_, { input }, ctx) => quote(ctx, input),
  promotion: (_, { id }, ctx) => ctx.loaders.promotionById.load(id),
  promotions: (_, args, ctx) => listPromotions(reader(ctx), args, args.filter ?? {}),
  certificate: (_, { id }, ctx) => ctx.loaders.certificateById.load(id),
  certificates: (_, args, ctx) => listCertificates(reader(ctx), args, args.filter ?? {}),
  catalogItemsCsv: (_, { filter }, ctx) => exportItemsCsv(ctx, itemFilter(filter)),
  catalogPricesCsv: (_, { filter }, ctx) => exportPricesCsv(ctx, itemFilter(filter)),
};
