import DataLoader from 'dataloader';
import type { Database } from '../../shared/db.ts';
import {
  type Connection,
  lazyCount,
  type PageArgs,
  parsePageArgs,
  toConnection,
} from '../../shared/pagination.ts';
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
import type { BarcodeRow, CategoryRow, CertificateRow, ItemRow, PriceRow, PromotionRow } from './tables.ts';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fetches the rows of the ids that can exist: a non-UUID id is simply unknown (null), not a SQL cast fault. */
const fetchByIds = async <T extends { id: string }>(
  ids: readonly string[],
  fetch: (valid: string[]) => Promise<T[]>,
) => {
  const valid = ids.filter((id) => UUID.test(id));
  return byId(valid.length ? await fetch(valid) : [], ids);
};

export interface ItemPageKey {
  args: PageArgs;
  includeDescendants: boolean;
  orderBy?: OrderBy<ItemOrderField> | null;
}

/** Per-request loaders: every entity and nested list of the catalog is fetched in batches. */
export function createCatalogLoaders(database: Database) {
  const db = database.db;
  const categoryById = new DataLoader<string, CategoryRow | null>((ids) =>
    fetchByIds(ids, (valid) => categoriesByIds(db, valid)),
  );
  const itemById = new DataLoader<string, ItemRow | null>((ids) =>
    fetchByIds(ids, (valid) => itemsByIds(db, valid)),
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

  const barcodesOfItem = new DataLoader<string, BarcodeRow[]>(async (ids) => {
    const rows = await barcodesOfItems(db, ids);
    return ids.map((id) => rows.filter((r) => r.itemId === id));
  });

  // Keyed by shape (currency and moment), like the item pages: one statement per shape.
  const byShape = <V>(make: (shape: string) => DataLoader<string, V>) => {
    const loaders = new Map<string, DataLoader<string, V>>();
    return (shape: string) => {
      let loader = loaders.get(shape);
      if (!loader) {
        loader = make(shape);
        loaders.set(shape, loader);
      }
      return loader;
    };
  };
  const priceAtLoader = byShape<PriceRow | null>((shape) => {
    const [currency, at] = JSON.parse(shape) as [string, string];
    return new DataLoader(async (ids) => {
      const rows = await pricesAt(db, ids, currency, new Date(at));
      return ids.map((id) => rows.find((r) => r.itemId === id) ?? null);
    });
  });
  // "Now" is one moment for the whole request: every item's current price batches into one statement.
  const requestTime = new Date();
  const priceAt = (itemId: string, currency: string, at: Date | null) =>
    priceAtLoader(JSON.stringify([currency, (at ?? requestTime).toISOString()])).load(itemId);
  const historyLoader = byShape<PriceRow[]>((currency) => {
    const c = JSON.parse(currency) as string | null;
    return new DataLoader(async (ids) => {
      const rows = await priceHistories(db, ids, c);
      return ids.map((id) => rows.filter((r) => r.itemId === id));
    });
  });
  const priceHistory = (itemId: string, currency: string | null) =>
    historyLoader(JSON.stringify(currency)).load(itemId);
  const certificatesLoader = byShape<CertificateRow[]>((day) => {
    const d = JSON.parse(day) as string | null;
    return new DataLoader(async (ids) => {
      const rows = await certificatesOfItems(db, ids, d);
      for (const r of rows) certificateById.prime(r.id, r);
      return ids.map((id) => rows.filter((r) => r.itemId === id));
    });
  });
  /**
   * Certificates of an item valid at `at` (default: this request's moment, so a list is answered for one
   * day even across midnight), or all of them when `includeExpired`.
   */
  const certificatesOfItem = (itemId: string, at: Date | null, includeExpired = false) =>
    certificatesLoader(JSON.stringify(includeExpired ? null : isoDay(at ?? requestTime))).load(itemId);
  const certificateById = new DataLoader<string, CertificateRow | null>((ids) =>
    fetchByIds(ids, (valid) => certificatesByIds(db, valid)),
  );
  const itemIdsOfCertificate = new DataLoader<string, string[]>(async (ids) => {
    const rows = await itemIdsOfCertificates(db, ids);
    return ids.map((id) => rows.filter((r) => r.certificateId === id).map((r) => r.itemId));
  });
  const promotionById = new DataLoader<string, PromotionRow | null>((ids) =>
    fetchByIds(ids, (valid) => promotionsByIds(db, valid)),
  );

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
