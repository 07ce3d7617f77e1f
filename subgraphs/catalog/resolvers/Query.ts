import { reader } from '../../shared/db.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryFilter, ItemFilter, ItemOrderField, OrderBy } from '../db/queries.ts';
import { itemBySku, listCategories, listItems } from '../db/queries.ts';

type ListArgs<F, O extends string> = PageArgs & { filter?: F | null; orderBy?: OrderBy<O> | null };

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
  catalogItems: (_: unknown, args: ListArgs<ItemFilter, ItemOrderField>, ctx: CatalogContext) =>
    listItems(reader(ctx), args, args.filter ?? {}, args.orderBy),
};
