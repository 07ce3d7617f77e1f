import type { CatalogItemResolvers } from '../__generated__/resolvers-types.ts';

export const CatalogItem: CatalogItemResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.itemById.load(ref.id),
  // Categories are archived, never deleted: an item's category is always there.
  category: async (row, _, ctx) => (await ctx.loaders.categoryById.load(row.categoryId))!,
  // Every item's unit exists: a foreign key.
  unit: async (row, _, ctx) => (await ctx.loaders.unitByCode(row.unitCode))!,
  keywords: (row) => row.keywords ?? [],
  packagings: (row, _, ctx) => ctx.loaders.packagingsOf.load(row.id),
  vat: (row, { at }, ctx) => ctx.loaders.vatOf(row.id, at ?? null),
  vatHistory: (row, _, ctx) => ctx.loaders.vatHistoryOf.load(row.id),
  barcodes: (row, _, ctx) => ctx.loaders.barcodesOfItem.load(row.id),
  attachments: (row) => row.attachments ?? [],
  price: (row, { currency, at }, ctx) => ctx.loaders.priceAt(row.id, currency, at ?? null),
  priceHistory: (row, { currency }, ctx) => ctx.loaders.priceHistory(row.id, currency ?? null),
  certificates: (row, { validAt, includeExpired }, ctx) =>
    ctx.loaders.certificatesOfItem(row.id, validAt ?? null, Boolean(includeExpired)),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.auditTrail.CatalogItem(row.id, limit),
};
