import { selectsTotalCount } from '../../shared/pagination.ts';
import type { CatalogItemFilter, QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { ItemFilter } from '../db/loaders.ts';
import { exportItemsCsv, exportPricesCsv } from '../service/export-csv.ts';
import { quote } from '../service/quote.ts';

// `characteristics` is the JSON scalar, so any (small) value arrives; the item filter uses it as a jsonb
// containment pattern, whatever its declared (object) type says.
const itemFilter = (filter: CatalogItemFilter | null | undefined): ItemFilter =>
  filter ? { ...filter, characteristics: filter.characteristics as ItemFilter['characteristics'] } : {};

export const Query: QueryResolvers = {
  catalogCategory: (_, { id }, ctx) => ctx.loaders.categoryById.load(id),
  catalogCategories: (_, args, ctx, info) =>
    ctx.loaders.categories(args, args.filter ?? {}, args.orderBy, selectsTotalCount(info)),
  catalogItem: (_, { id }, ctx) => ctx.loaders.itemById.load(id),
  catalogItemBySku: (_, { sku }, ctx) => ctx.loaders.itemBySku(sku),
  catalogItemByBarcode: (_, { code }, ctx) => ctx.loaders.itemByBarcode(code),
  catalogItemBySysObjectId: (_, { oid }, ctx) => ctx.loaders.itemBySysObjectId(oid),
  units: (_, { kind }, ctx) => ctx.loaders.units(kind ?? null),
  catalogItems: (_, args, ctx, info) =>
    ctx.loaders.items(args, itemFilter(args.filter), args.orderBy, selectsTotalCount(info)),
  quote: (_, { input }, ctx) => quote(ctx, input),
  promotion: (_, { id }, ctx) => ctx.loaders.promotionById.load(id),
  promotions: (_, args, ctx, info) =>
    ctx.loaders.promotions(args, args.filter ?? {}, selectsTotalCount(info)),
  certificate: (_, { id }, ctx) => ctx.loaders.certificateById.load(id),
  certificates: (_, args, ctx, info) =>
    ctx.loaders.certificates(args, args.filter ?? {}, selectsTotalCount(info)),
  catalogItemsCsv: (_, { filter }, ctx) => exportItemsCsv(ctx, itemFilter(filter)),
  catalogPricesCsv: (_, { filter }, ctx) => exportPricesCsv(ctx, itemFilter(filter)),
};
