import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import { loadExisting } from '../../shared/loaders.ts';
import type { CatalogCategoryResolvers } from '../__generated__/resolvers-types.ts';
import type { CatalogContext } from '../context.ts';
import { listCategories } from '../db/queries.ts';
import { auditLog, type CategoryRow } from '../db/tables.ts';
import { effectiveTemplate } from '../service/characteristics.ts';
import { pathIds } from '../service/item-rules.ts';

const ancestry = (row: CategoryRow, ctx: CatalogContext) =>
  loadExisting(ctx.loaders.categoryById, pathIds(row));

export const CatalogCategory: CatalogCategoryResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.categoryById.load(ref.id),
  parent: (row, _, ctx) => (row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null),
  breadcrumbs: (row, _, ctx) => ancestry(row, ctx),
  children: (row, _, ctx) => ctx.loaders.childrenByParent.load(row.id),
  descendants: (row, args, ctx) =>
    listCategories(reader(ctx), args, { subtreeOf: row.id, excludeSelf: true }),
  template: (row) => row.template ?? [],
  effectiveTemplate: async (row, _, ctx) =>
    effectiveTemplate((await ancestry(row, ctx)).map((c) => c.template ?? [])),
  items: (row, { first, after, orderBy, includeDescendants }, ctx) =>
    ctx.loaders.itemsOfCategory(row.id, {
      args: { first, after },
      orderBy: orderBy ?? null,
      includeDescendants: Boolean(includeDescendants),
    }),
  auditTrail: (row, { limit }, ctx) =>
    readAuditTrail(reader(ctx), auditLog, 'CatalogCategory', row.id, limit),
};
