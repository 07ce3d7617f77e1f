import { toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import { createCategory } from '../service/create-category.ts';
import { createItem } from '../service/create-item.ts';
import { updateCategory } from '../service/update-category.ts';
import { updateItem } from '../service/update-item.ts';

type Input = { input: unknown };

export const Mutation = {
  createCatalogCategory: (_: unknown, { input }: Input, ctx: CatalogContext) =>
    toPayload('category', () => createCategory(ctx, input)),
  updateCatalogCategory: (_: unknown, { input }: Input, ctx: CatalogContext) =>
    toPayload('category', () => updateCategory(ctx, input)),
  createCatalogItem: (_: unknown, { input }: Input, ctx: CatalogContext) =>
    toPayload('item', () => createItem(ctx, input)),
  updateCatalogItem: (_: unknown, { input }: Input, ctx: CatalogContext) =>
    toPayload('item', () => updateItem(ctx, input)),
};
