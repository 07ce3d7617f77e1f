import DataLoader from 'dataloader';
import type { Database } from '../../shared/db.ts';
import { entityLoader, groupLoader, loaderFamily } from '../../shared/loaders.ts';
import { type PageArgs, parsePageArgs, toConnection } from '../../shared/pagination.ts';
import { barcodesOfItems } from './barcodes.ts';
import { certificatesByIds, certificatesOfItems, isoDay, itemIdsOfCertificates } from './certificates.ts';
import { priceHistories, pricesAt } from './prices.ts';
import { promotionsByIds } from './promotions.ts';
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
import type { PriceRow } from './tables.ts';

export interface ItemPageKey {
  args: PageArgs;
  includeDescendants: boolean;
  orderBy?: OrderBy<ItemOrderField> | null;
}

/** Per-request loaders: every entity and nested list of the catalog is fetched in batches. */
export function createCatalogLoaders(database: Database) {
  const db = database.db;
  // "Now" is one moment for the whole request: every item's current price (and today's certificates)
  // batch into one statement, and a list is answered for one moment even across midnight.
  const requestTime = new Date();

  const categoryById = entityLoader((ids) => categoriesByIds(db, ids));
  const itemById = entityLoader((ids) => itemsByIds(db, ids));
  const certificateById = entityLoader((ids) => certificatesByIds(db, ids));
  const promotionById = entityLoader((ids) => promotionsByIds(db, ids));

  const childrenByParent = groupLoader(
    async (ids) => {
      const rows = await childrenOf(db, ids);
      for (const row of rows) categoryById.prime(row.id, row);
      return rows;
    },
    (row) => row.parentId ?? '',
  );

  const itemCounts = loaderFamily(
    (includeDescendants: boolean) =>
      new DataLoader<string, number>(async (ids) => {
        const counts = await itemCountsByCategory(db, ids, includeDescendants);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  );
  // Categories asking for the same page of their items batch into one statement.
  const itemPages = loaderFamily((key: ItemPageKey) => {
    const window = parsePageArgs(key.args);
    const order = itemOrder(key.orderBy);
    return groupLoader(
      async (ownerIds) => {
        const rows = await itemPagesByCategory(db, ownerIds, window, order, key.includeDescendants);
        for (const row of rows) itemById.prime(row.id, row);
        return rows;
      },
      (row) => row.ownerId,
    );
  });
  const itemsOfCategory = async (categoryId: string, key: ItemPageKey) => {
    const window = parsePageArgs(key.args);
    const rows = await itemPages(key).load(categoryId);
    return toConnection(rows, window, itemOrder(key.orderBy), () =>
      itemCounts(key.includeDescendants).load(categoryId),
    );
  };

  const barcodesOfItem = groupLoader(
    (ids) => barcodesOfItems(db, ids),
    (row) => row.itemId,
  );
  const prices = loaderFamily(
    ({ currency, at }: { currency: string; at: string }) =>
      new DataLoader<string, PriceRow | null>(async (ids) => {
        const rows = await pricesAt(db, ids, currency, new Date(at));
        return ids.map((id) => rows.find((r) => r.itemId === id) ?? null);
      }),
  );
  const priceAt = (itemId: string, currency: string, at: Date | null) =>
    prices({ currency, at: (at ?? requestTime).toISOString() }).load(itemId);
  const histories = loaderFamily((currency: string | null) =>
    groupLoader(
      (ids) => priceHistories(db, ids, currency),
      (row) => row.itemId,
    ),
  );
  const priceHistory = (itemId: string, currency: string | null) => histories(currency).load(itemId);
  const certificatesOn = loaderFamily((day: string | null) =>
    groupLoader(
      async (ids) => {
        const rows = await certificatesOfItems(db, ids, day);
        for (const row of rows) certificateById.prime(row.id, row);
        return rows;
      },
      (row) => row.itemId,
    ),
  );
  /** Certificates of an item valid at `at` (default: this request's moment), or all with `includeExpired`. */
  const certificatesOfItem = (itemId: string, at: Date | null, includeExpired = false) =>
    certificatesOn(includeExpired ? null : isoDay(at ?? requestTime)).load(itemId);
  const coveredItems = groupLoader(
    (ids) => itemIdsOfCertificates(db, ids),
    (row) => row.certificateId,
  );
  const itemIdsOfCertificate = async (certificateId: string) =>
    (await coveredItems.load(certificateId)).map((row) => row.itemId);

  return {
    categoryById,
    itemById,
    childrenByParent,
    itemsOfCategory,
    barcodesOfItem,
    priceAt,
    priceHistory,
    certificatesOfItem,
    certificateById,
    itemIdsOfCertificate,
    promotionById,
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
