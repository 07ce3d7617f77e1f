import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import type { ItemPageKey } from '../db/loaders.ts';
import { auditLog, type CategoryRow } from '../db/tables.ts';

type ItemsArgs = ItemPageKey['args'] & Pick<ItemPageKey, 'orderBy'> & { includeDescendants?: boolean | null };

export const CatalogCategory = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.categoryById.load(ref.id),
  parent: (row: CategoryRow, _: unknown, ctx: CatalogContext) =>
    row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null,
  breadcrumbs: async (row: CategoryRow, _: unknown, ctx: CatalogContext) => {
    const ids = row.path.split('/').filter(Boolean);
    const rows = await ctx.loaders.categoryById.loadMany(ids);
    return rows.filter((r): r is CategoryRow => Boolean(r) && !(r instanceof Error));
  },
  children: (row: CategoryRow, _: unknown, ctx: CatalogContext) => ctx.loaders.childrenByParent.load(row.id),
  items: (row: CategoryRow, { first, after, orderBy, includeDescendants }: ItemsArgs, ctx: CatalogContext) =>
    ctx.loaders.itemsOfCategory(row.id, {
      args: { first, after },
      orderBy: orderBy ?? null,
      includeDescendants: Boolean(includeDescendants),
    }),
  auditTrail: (row: CategoryRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'CatalogCategory', row.id, Math.min(Math.max(limit, 1), 100)),
};
