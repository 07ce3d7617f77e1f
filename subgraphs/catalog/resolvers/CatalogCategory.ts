import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { CatalogContext } from '../context.ts';
import type { ItemPageKey } from '../db/loaders.ts';
import { listCategories } from '../db/queries.ts';
import { auditLog, type CategoryRow } from '../db/tables.ts';
import { effectiveTemplate } from '../service/characteristics.ts';
import { pathIds } from '../service/item-rules.ts';

type ItemsArgs = ItemPageKey['args'] & Pick<ItemPageKey, 'orderBy'> & { includeDescendants?: boolean | null };

const ancestry = async (row: CategoryRow, ctx: CatalogContext) => {
  const rows = await ctx.loaders.categoryById.loadMany(pathIds(row));
  return rows.filter((r): r is CategoryRow => Boolean(r) && !(r instanceof Error));
};

export const CatalogCategory = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.categoryById.load(ref.id),
  parent: (row: CategoryRow, _: unknown, ctx: CatalogContext) =>
    row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null,
  breadcrumbs: (row: CategoryRow, _: unknown, ctx: CatalogContext) => ancestry(row, ctx),
  children: (row: CategoryRow, _: unknown, ctx: CatalogContext) => ctx.loaders.childrenByParent.load(row.id),
  descendants: (row: CategoryRow, args: PageArgs, ctx: CatalogContext) =>
    listCategories(reader(ctx), args, { subtreeOf: row.id, excludeSelf: true }),
  template: (row: CategoryRow) => row.template ?? [],
  effectiveTemplate: async (row: CategoryRow, _: unknown, ctx: CatalogContext) =>
    effectiveTemplate((await ancestry(row, ctx)).map((c) => c.template ?? [])),
  items: (row: CategoryRow, { first, after, orderBy, includeDescendants }: ItemsArgs, ctx: CatalogContext) =>
    ctx.loaders.itemsOfCategory(row.id, {
      args: { first, after },
      orderBy: orderBy ?? null,
      includeDescendants: Boolean(includeDescendants),
    }),
  auditTrail: (row: CategoryRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'CatalogCategory', row.id, Math.min(Math.max(limit, 1), 100)),
};
