import type { CatalogCategoryResolvers } from '../__generated__/resolvers-types.ts';

export const CatalogCategory: CatalogCategoryResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.categoryById.load(ref.id),
  parent: (row, _, ctx) => (row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null),
  breadcrumbs: (row, _, ctx) => ctx.loaders.ancestryOf(row),
  children: (row, _, ctx) => ctx.loaders.childrenByParent.load(row.id),
  descendants: (row, args, ctx) => ctx.loaders.descendantsOf(row.id, args),
  template: (row) => row.template ?? [],
  effectiveTemplate: (row, _, ctx) => ctx.loaders.effectiveTemplateOf(row),
  items: (row, { first, after, orderBy, includeDescendants }, ctx) =>
    ctx.loaders.itemsOfCategory(row.id, {
      args: { first, after },
      orderBy: orderBy ?? null,
      includeDescendants: Boolean(includeDescendants),
    }),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.auditTrail.CatalogCategory(row.id, limit),
};
