/**
 * The warehouse's read model of the catalog: the fields posting needs (kind, serial tracking, unit,
 * name, SKU, category path), kept in `warehouse.catalog_items`. Filled through the gateway at start-up
 * (every item, a page of 100 at a time) and kept true by `catalog.item.changed` events, each applied
 * once (the inbox). Posting reads only this table; it never calls the catalog per line.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../shared/db.ts';
import type { GraphClient } from '../../shared/graph-client.ts';
import { consumeOnce } from '../../shared/inbox.ts';
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import { catalogItems, inbox } from '../db/tables.ts';
import { CATALOG_ITEM_CHANGED } from '../events.ts';

const ITEM_FIELDS = `id sku name kind status trackedBySerial unit { code symbol } category { id breadcrumbs { id } }`;

interface GraphItem {
  id: string;
  sku: string;
  name: string;
  kind: string;
  status: string;
  trackedBySerial: boolean | null;
  unit: { code: string; symbol: string };
  category: { id: string; breadcrumbs: { id: string }[] } | null;
}

const toRow = (item: GraphItem) => ({
  id: item.id,
  sku: item.sku,
  name: item.name,
  kind: item.kind,
  status: item.status,
  trackedBySerial: item.kind === 'EQUIPMENT_MODEL' && item.trackedBySerial !== false,
  unitCode: item.unit.code,
  unitSymbol: item.unit.symbol,
  categoryId: item.category?.id ?? null,
  categoryPath: item.category
    ? [...new Set([...item.category.breadcrumbs.map((c) => c.id), item.category.id])]
    : [],
});

/** Writes what the catalog said of these items (insert or overwrite), one statement. */
export async function upsertItems(db: Db, items: readonly GraphItem[]): Promise<void> {
  if (!items.length) return;
  await db
    .insert(catalogItems)
    .values(items.map(toRow))
    .onConflictDoUpdate({
      target: catalogItems.id,
      set: {
        sku: sql`excluded.sku`,
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        status: sql`excluded.status`,
        trackedBySerial: sql`excluded.tracked_by_serial`,
        unitCode: sql`excluded.unit_code`,
        unitSymbol: sql`excluded.unit_symbol`,
        categoryId: sql`excluded.category_id`,
        categoryPath: sql`excluded.category_path`,
        syncedAt: sql`now()`,
      },
    });
}

/** Every catalog item through the gateway, written in pages; returns how many. */
export async function fillFromCatalog(db: Db, graph: GraphClient): Promise<number> {
  let batch: GraphItem[] = [];
  let total = 0;
  const query = `query WarehouseCatalogFill($first: Int, $after: String) {
    catalogItems(first: $first, after: $after, orderBy: { field: SKU, direction: ASC }) {
      pageInfo { hasNextPage endCursor } nodes { ${ITEM_FIELDS} } } }`;
  for await (const item of graph.paginate<GraphItem>(query, { first: 100 }, ['catalogItems'])) {
    batch.push(item);
    if (batch.length === 500) {
      await upsertItems(db, batch);
      total += batch.length;
      batch = [];
    }
  }
  await upsertItems(db, batch);
  return total + batch.length;
}

/** Fetches one item through the gateway (a changed item's fields) and writes it. */
async function refreshItem(tx: Tx, graph: GraphClient, id: string): Promise<void> {
  const data = await graph.request<{ catalogItem: GraphItem | null }>(
    `query WarehouseCatalogItem($id: ID!) { catalogItem(id: $id) { ${ITEM_FIELDS} } }`,
    { id },
  );
  if (data.catalogItem) await upsertItems(tx.db, [data.catalogItem]);
}

/**
 * Starts the read model: the consumer of `catalog.item.changed` first (so no change made during the
 * fill is missed), then the fill, retried with back-off until the gateway answers. `ready` settles
 * when the first fill is done.
 */
export function startCatalogSync(runtime: ModuleRuntime): { ready: Promise<number>; stop(): Promise<void> } {
  let stopped = false;
  let consumer: { stop(): Promise<void> } | null = null;
  const ready = (async () => {
    consumer = await consumeOnce<{ id: string }>({
      bus: runtime.events,
      database: runtime.database,
      table: inbox,
      queue: CATALOG_ITEM_CHANGED,
      consumer: 'warehouse',
      handler: (tx, event) => refreshItem(tx, runtime.graph, event.payload.id),
      logger: runtime.logger,
    });
    for (let attempt = 0; !stopped; attempt++) {
      try {
        const count = await fillFromCatalog(runtime.database.db, runtime.graph);
        runtime.logger.info({ items: count }, 'catalog read model filled');
        return count;
      } catch (error) {
        const delay = Math.min(5_000, 200 * 2 ** attempt);
        runtime.logger.warn({ err: error, retryInMs: delay }, 'catalog read model: the graph did not answer');
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
    return 0;
  })();
  // A failed start is logged above; nobody awaits `ready` in production.
  ready.catch((error) => runtime.logger.error({ err: error }, 'catalog read model failed to start'));
  return {
    ready,
    stop: async () => {
      stopped = true;
      await ready.catch(() => 0);
      await (consumer as { stop(): Promise<void> } | null)?.stop();
    },
  };
}
