import type { PromotionResolvers } from '../__generated__/resolvers-types.ts';

export const Promotion: PromotionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.promotionById.load(ref.id),
  scopeItem: (row, _, ctx) => (row.scopeItemId ? ctx.loaders.itemById.load(row.scopeItemId) : null),
  scopeCategory: (row, _, ctx) =>
    row.scopeCategoryId ? ctx.loaders.categoryById.load(row.scopeCategoryId) : null,
  auditTrail: (row, { limit }, ctx) => ctx.loaders.auditTrail.Promotion(row.id, limit),
};
