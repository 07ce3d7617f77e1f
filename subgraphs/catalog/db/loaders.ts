import DataLoader from 'dataloader';
import type { Database } from '../../shared/db.ts';
import {
  type Connection,
  lazyCount,
  type PageArgs,
  parsePageArgs,
  toConnection,
} from '../../shared/pagination.ts';
import {
  categoriesByIds,
  childrenOf,
  type ItemOrderField,
  itemCountsByCategory,
  itemOrder,
  itemPagesByCategory,
  itemsByIds,
  type OrderBy,
} from './queries.ts';
import type { CategoryRow, ItemRow } from './tables.ts';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export interface ItemPageKey {
  args: PageArgs;
  includeDescendants: boolean;
  orderBy?: OrderBy<ItemOrderField> | null;
}

/** Per-request loaders: every entity and nested list of the catalog is fetched in batches. */
export function createCatalogLoaders(database: Database) {
  const db = database.db;
  const categoryById = new DataLoader<string, CategoryRow | null>(async (ids) =>
    byId(await categoriesByIds(db, ids), ids),
  );
  const itemById = new DataLoader<string, ItemRow | null>(async (ids) =>
    byId(await itemsByIds(db, ids), ids),
  );
  const childrenByParent = new DataLoader<string, CategoryRow[]>(async (ids) => {
    const rows = await childrenOf(db, ids);
    for (const row of rows) categoryById.prime(row.id, row);
    return ids.map((id) => rows.filter((r) => r.parentId === id));
  });

  // One loader per distinct page shape: categories asking for the same page batch into one statement.
  const itemPages = new Map<string, DataLoader<string, Connection<ItemRow>>>();
  const countLoaders = new Map<boolean, DataLoader<string, number>>();
  const countLoader = (includeDescendants: boolean) => {
    let loader = countLoaders.get(includeDescendants);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const counts = await itemCountsByCategory(db, ids, includeDescendants);
        return ids.map((id) => counts.get(id) ?? 0);
      });
      countLoaders.set(includeDescendants, loader);
    }
    return loader;
  };
  const itemsOfCategory = (categoryId: string, key: ItemPageKey) => {
    const shape = JSON.stringify(key);
    let loader = itemPages.get(shape);
    if (!loader) {
      const window = parsePageArgs(key.args);
      const order = itemOrder(key.orderBy);
      loader = new DataLoader(async (ownerIds) => {
        const rows = await itemPagesByCategory(db, ownerIds, window, order, key.includeDescendants);
        return ownerIds.map((owner) => {
          const own = rows.filter((r) => r.ownerId === owner);
          for (const r of own) itemById.prime(r.id, r);
          return toConnection<ItemRow>(
            own,
            window,
            order,
            lazyCount(() => countLoader(key.includeDescendants).load(owner)),
          );
        });
      });
      itemPages.set(shape, loader);
    }
    return loader.load(categoryId);
  };

  return { categoryById, itemById, childrenByParent, itemsOfCategory };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
