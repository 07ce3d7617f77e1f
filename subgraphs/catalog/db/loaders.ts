import DataLoader from 'dataloader';
import { auditTrailLoader } from '../../shared/audit.ts';
import { badUserInput } from '../../shared/errors.ts';
import { entityLoader, groupLoader, loadExisting, loaderFamily } from '../../shared/loaders.ts';
import { type PageArgs, parsePageArgs, toConnection } from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import { requireCurrency } from '../../shared/validation.ts';
import { normalizeBarcode } from '../domain/barcodes.ts';
import { effectiveTemplate } from '../domain/characteristics.ts';
import { pathIds } from '../domain/items.ts';
import { normalizeOid } from '../domain/oid.ts';
import { barcodeByCode, barcodesOfItems } from './barcodes.ts';
import {
  type CategoryFilter,
  categoriesWithAncestors,
  categoryOrder,
  childrenOf,
  descendantCounts,
  descendantPages,
  listCategories,
  type OrderBy,
} from './categories.ts';
import {
  type CertificateFilter,
  certificatesByIds,
  certificatesOfItems,
  isoDay,
  listCertificates,
} from './certificates.ts';
import {
  type ItemFilter,
  type ItemOrderField,
  itemBySku,
  itemBySysObjectId,
  itemCountsByCategory,
  itemCountsByCertificate,
  itemOrder,
  itemPagesByCategory,
  itemPagesByCertificate,
  itemsByIds,
  listItems,
} from './items.ts';
import { packagingsOfItems } from './packagings.ts';
import { priceHistories, pricesAt, pricesWithHistories } from './prices.ts';
import { listPromotions, type PromotionFilter, promotionsByIds } from './promotions.ts';
import { auditLog, type CategoryRow, type PriceRow, type UnitRow, type VatRateRow } from './tables.ts';
import { listUnits } from './units.ts';
import { vatHistories, vatRatesOn } from './vat.ts';

/** The item list's filter, as resolvers hand it on. */
export type { ItemFilter } from './items.ts';

export interface ItemPageKey {
  args: PageArgs;
  includeDescendants: boolean;
  orderBy?: OrderBy<ItemOrderField> | null;
}

/**
 * Everything the catalog reads for one operation: entity loaders, every nested list batched across the
 * rows that ask for it, and the top-level lists. Reads go through `scope` at the moment they run: the
 * open transaction inside a write, else the pool.
 */
export function createCatalogLoaders(scope: ReadScope) {
  // "Now" is one moment for the whole operation: every item's current price (and today's certificates)
  // batch into one statement, and a list is answered for one moment even across midnight.
  const requestTime = new Date();

  // A category comes with its ancestors (one statement), which then answer breadcrumbs and inherited
  // templates from the cache.
  const categoryById: DataLoader<string, CategoryRow | null> = entityLoader(async (ids) => {
    const rows = await categoriesWithAncestors(scope.db, ids);
    for (const row of rows) if (!ids.includes(row.id)) categoryById.prime(row.id, row);
    return rows;
  });
  const itemById = entityLoader((ids) => itemsByIds(scope.db, ids));
  const certificateById = entityLoader((ids) => certificatesByIds(scope.db, ids));
  const promotionById = entityLoader((ids) => promotionsByIds(scope.db, ids));

  const childrenByParent = groupLoader(
    async (ids) => {
      const rows = await childrenOf(scope.db, ids);
      for (const row of rows) categoryById.prime(row.id, row);
      return rows;
    },
    (row) => row.parentId ?? '',
  );

  const descendantCount = new DataLoader<string, number>(async (ids) => {
    const counts = await descendantCounts(scope.db, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
  // Categories asking for the same page of their descendants batch into one statement.
  const descendantPage = loaderFamily((args: PageArgs) => {
    const window = parsePageArgs(args);
    const order = categoryOrder(null);
    return groupLoader(
      async (ownerIds) => {
        const rows = await descendantPages(scope.db, ownerIds, window, order);
        for (const row of rows) categoryById.prime(row.id, row);
        return rows;
      },
      (row) => row.ownerId,
    );
  });
  const descendantsOf = async (categoryId: string, args: PageArgs) => {
    const window = parsePageArgs(args);
    const rows = await descendantPage({ first: args.first ?? null, after: args.after ?? null }).load(
      categoryId,
    );
    return toConnection(rows, window, categoryOrder(null), () => descendantCount.load(categoryId));
  };

  const itemCounts = loaderFamily(
    (includeDescendants: boolean) =>
      new DataLoader<string, number>(async (ids) => {
        const counts = await itemCountsByCategory(scope.db, ids, includeDescendants);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  );
  // Categories asking for the same page of their items batch into one statement.
  const itemPages = loaderFamily((key: ItemPageKey) => {
    const window = parsePageArgs(key.args);
    const order = itemOrder(key.orderBy);
    return groupLoader(
      async (ownerIds) => {
        const rows = await itemPagesByCategory(scope.db, ownerIds, window, order, key.includeDescendants);
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
    (ids) => barcodesOfItems(scope.db, ids),
    (row) => row.itemId,
  );
  const priceReads = priceReader(scope);
  const prices = loaderFamily(
    ({ currency, at }: { currency: string; at: string }) =>
      new DataLoader<string, PriceRow | null>(async (ids) => {
        const rows = await priceReads.current(ids, currency, new Date(at));
        const byItem = new Map(rows.map((r) => [r.itemId, r]));
        return ids.map((id) => byItem.get(id) ?? null);
      }),
  );
  const priceAt = (itemId: string, currency: string, at: Date | null) => {
    requireCurrency(currency, ['currency']);
    return prices({ currency, at: (at ?? requestTime).toISOString() }).load(itemId);
  };
  const histories = loaderFamily((currency: string | null) =>
    groupLoader(
      (ids) => priceReads.history(ids, currency),
      (row) => row.itemId,
    ),
  );
  const priceHistory = (itemId: string, currency: string | null) => {
    requireCurrency(currency, ['currency']);
    return histories(currency).load(itemId);
  };
  const certificatesOn = loaderFamily((day: string | null) =>
    groupLoader(
      async (ids) => {
        const rows = await certificatesOfItems(scope.db, ids, day);
        for (const row of rows) certificateById.prime(row.id, row);
        return rows;
      },
      (row) => row.itemId,
    ),
  );
  /** Certificates of an item valid at `at` (default: this operation's moment), or all with `includeExpired`. */
  const certificatesOfItem = (itemId: string, at: Date | null, includeExpired = false) =>
    certificatesOn(includeExpired ? null : isoDay(at ?? requestTime)).load(itemId);
  const coveredCounts = new DataLoader<string, number>(async (ids) => {
    const counts = await itemCountsByCertificate(scope.db, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
  // Certificates asking for the same page of their items batch into one statement.
  const coveredPages = loaderFamily((args: PageArgs) => {
    const window = parsePageArgs(args);
    const order = itemOrder(null);
    return groupLoader(
      async (ownerIds) => {
        const rows = await itemPagesByCertificate(scope.db, ownerIds, window, order);
        for (const row of rows) itemById.prime(row.id, row);
        return rows;
      },
      (row) => row.ownerId,
    );
  });
  /** A page of the items a certificate covers, in name order. */
  const itemsOfCertificate = async (certificateId: string, args: PageArgs) => {
    const key = { first: args.first ?? null, after: args.after ?? null };
    const rows = await coveredPages(key).load(certificateId);
    return toConnection(rows, parsePageArgs(key), itemOrder(null), () => coveredCounts.load(certificateId));
  };
  // Units are a few dozen rows that only migrations change: the first item asking reads them all.
  let allUnits: Promise<Map<string, UnitRow>> | null = null;
  const unitsByCode = () => {
    allUnits ??= listUnits(scope.db).then((rows) => new Map(rows.map((u) => [u.code, u])));
    return allUnits;
  };
  const vatOn = loaderFamily(
    (day: string) =>
      new DataLoader<string, VatRateRow | null>(async (ids) => {
        const byItem = new Map((await vatRatesOn(scope.db, ids, day)).map((r) => [r.itemId, r]));
        return ids.map((id) => byItem.get(id) ?? null);
      }),
  );
  const vatHistoryOf = groupLoader(
    (ids) => vatHistories(scope.db, ids),
    (row) => row.itemId,
  );
  const packagingsOf = groupLoader(
    (ids) => packagingsOfItems(scope.db, ids),
    (row) => row.itemId,
  );
  // A page of items shares a handful of categories: each one's ancestry and inherited template is worked
  // out once per operation, not once per item that shows it.
  const ancestries = new Map<string, Promise<CategoryRow[]>>();
  const templates = new Map<string, Promise<ReturnType<typeof effectiveTemplate>>>();
  /** The path from the root down to and including the category. */
  const ancestryOf = (category: Pick<CategoryRow, 'path'>) => {
    let ancestry = ancestries.get(category.path);
    if (!ancestry) {
      ancestry = loadExisting(categoryById, pathIds(category));
      ancestries.set(category.path, ancestry);
    }
    return ancestry;
  };

  return {
    categoryById,
    itemById,
    certificateById,
    promotionById,
    childrenByParent,
    descendantsOf,
    itemsOfCategory,
    barcodesOfItem,
    priceAt,
    priceHistory,
    certificatesOfItem,
    itemsOfCertificate,
    ancestryOf,
    /** The unit of measure of an OKEI code (every item's unit exists: a foreign key). */
    unitByCode: async (code: string) => (await unitsByCode()).get(code) ?? null,
    /** Units in code order, optionally of one kind. */
    units: async (kind?: string | null) =>
      [...(await unitsByCode()).values()].filter((u) => !kind || u.kind === kind),
    /** The item's VAT on `day` (YYYY-MM-DD; default this operation's day, UTC). */
    vatOf: (itemId: string, day: string | null) => vatOn(day ?? isoDay(requestTime)).load(itemId),
    vatHistoryOf,
    packagingsOf,
    /** The definitions items of a category follow: every ancestor's, then its own. */
    effectiveTemplateOf: (category: Pick<CategoryRow, 'path'>) => {
      let template = templates.get(category.path);
      if (!template) {
        template = ancestryOf(category).then((path) => effectiveTemplate(path.map((c) => c.template ?? [])));
        templates.set(category.path, template);
      }
      return template;
    },
    auditTrail: {
      CatalogCategory: auditTrailLoader(scope, auditLog, 'CatalogCategory'),
      CatalogItem: auditTrailLoader(scope, auditLog, 'CatalogItem'),
      Promotion: auditTrailLoader(scope, auditLog, 'Promotion'),
      Certificate: auditTrailLoader(scope, auditLog, 'Certificate'),
    },
    /**
     * The top-level lists and lookups (each a statement or two, nothing to batch); `withCount` when the
     * client asked for `totalCount`, which then comes in the page's own statement.
     */
    categories: (
      args: PageArgs,
      filter: CategoryFilter,
      orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null,
      withCount = false,
    ) => listCategories(scope.db, args, filter, orderBy, withCount),
    items: (
      args: PageArgs,
      filter: ItemFilter,
      orderBy?: OrderBy<ItemOrderField> | null,
      withCount = false,
    ) => listItems(scope.db, args, filter, orderBy, withCount),
    promotions: (args: PageArgs, filter: PromotionFilter, withCount = false) =>
      listPromotions(scope.db, args, filter, withCount),
    certificates: (args: PageArgs, filter: CertificateFilter, withCount = false) =>
      listCertificates(scope.db, args, filter, withCount),
    itemBySku: (sku: string) => itemBySku(scope.db, sku),
    /** The model whose devices answer this sysObjectID (with or without a leading dot). */
    itemBySysObjectId: async (oid: string) => {
      const canonical = normalizeOid(oid);
      if (!canonical) throw badUserInput('`oid` is not an OID such as 1.3.6.1.4.1.2011.2.248', ['oid']);
      return itemBySysObjectId(scope.db, canonical);
    },
    itemByBarcode: async (code: string) => {
      const barcode = await barcodeByCode(scope.db, normalizeBarcode(code));
      return barcode ? itemById.load(barcode.itemId) : null;
    },
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

interface PriceAsk<A> {
  ask: A;
  resolve: (rows: PriceRow[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Current prices and price histories of one operation, read together when they are asked together: a
 * page with both `price` and `priceHistory` dispatches both loaders' batches in the same tick, and one
 * statement then answers the two (one round trip, one pass over the price index, instead of two). Any
 * other mix of asks runs as its own statement.
 */
function priceReader(scope: ReadScope) {
  type Current = { itemIds: readonly string[]; currency: string; at: Date };
  type History = { itemIds: readonly string[]; currency: string | null };
  let currents: PriceAsk<Current>[] = [];
  let historiesAsked: PriceAsk<History>[] = [];
  let scheduled = false;

  const settle = <A>(ask: PriceAsk<A>, read: Promise<PriceRow[]>) => read.then(ask.resolve, ask.reject);
  const flush = () => {
    scheduled = false;
    const [current, history] = [currents, historiesAsked];
    currents = [];
    historiesAsked = [];
    if (current.length === 1 && history.length === 1) {
      const [c, h] = [current[0]!, history[0]!];
      const both = pricesWithHistories(scope.db, c.ask, h.ask);
      const asked = new Set(h.ask.itemIds);
      settle(
        c,
        both.then((rows) => rows.filter((r) => r.current)),
      );
      settle(
        h,
        both.then((rows) =>
          rows.filter(
            (r) => asked.has(r.itemId) && (h.ask.currency === null || r.currency === h.ask.currency),
          ),
        ),
      );
      return;
    }
    for (const c of current) settle(c, pricesAt(scope.db, c.ask.itemIds, c.ask.currency, c.ask.at));
    for (const h of history) settle(h, priceHistories(scope.db, h.ask.itemIds, h.ask.currency));
  };
  // DataLoader dispatches its batches from process.nextTick after a promise job; scheduling the flush
  // the same way puts it after every batch already queued in this tick.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    void Promise.resolve().then(() => process.nextTick(flush));
  };
  const ask = <A>(list: PriceAsk<A>[], a: A) =>
    new Promise<PriceRow[]>((resolve, reject) => {
      list.push({ ask: a, resolve, reject });
      schedule();
    });
  return {
    current: (itemIds: readonly string[], currency: string, at: Date) =>
      ask(currents, { itemIds, currency, at }),
    history: (itemIds: readonly string[], currency: string | null) =>
      ask(historiesAsked, { itemIds, currency }),
  };
}
