import type {
  CatalogItemResolvers,
  StockBalanceResolvers,
  StockDocumentLineResolvers,
  StockDocumentResolvers,
  StockLocationResolvers,
  StockMoveResolvers,
  StockReservationResolvers,
  StockSerialResolvers,
  WarehouseResolvers,
} from '../__generated__/resolvers-types.ts';
import type { WarehouseContext } from '../context.ts';
import { listBalances } from '../db/queries.ts';
import type { LocationRow } from '../db/tables.ts';
import { formatMoney, formatQuantity, quantity, unitCostOf, value, valueOf } from '../domain/decimal.ts';

const asWarehouse = (row: LocationRow | null) =>
  row && ['CENTRAL', 'REGIONAL', 'VAN'].includes(row.kind) ? row : null;

const item = async (ctx: WarehouseContext, id: string) => ctx.loaders.item.load(id);

export const Warehouse: WarehouseResolvers = {
  __resolveReference: async (ref, ctx) => asWarehouse(await ctx.loaders.location.load(ref.id)),
  balances: (row, { first, after }, ctx) =>
    listBalances(ctx.db, { first, after }, { warehouseId: row.id }, { technicianId: null }),
  stockValue: async (row, _, ctx) => formatMoney(value(await ctx.loaders.valueOfWarehouse.load(row.id))),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.warehouseTrail(row.id, limit),
};

export const StockLocation: StockLocationResolvers = {
  warehouse: (row) => asWarehouse(row),
};

export const StockBalance: StockBalanceResolvers = {
  warehouse: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  item: (row) => ({ id: row.itemId }),
  sku: async (row, _, ctx) => (await item(ctx, row.itemId))?.sku ?? '',
  name: async (row, _, ctx) => (await item(ctx, row.itemId))?.name ?? '',
  unit: async (row, _, ctx) => (await item(ctx, row.itemId))?.unitSymbol ?? '',
  onHand: (row) => formatQuantity(quantity(row.onHand)),
  reserved: (row) => formatQuantity(quantity(row.reserved)),
  available: (row) => formatQuantity(quantity(row.onHand) - quantity(row.reserved)),
  averageCost: (row) => formatMoney(unitCostOf(quantity(row.onHand), value(row.value))),
  value: (row) => formatMoney(value(row.value)),
  minimum: (row) => (row.minimum === null ? null : formatQuantity(quantity(row.minimum))),
};

export const CatalogItem: CatalogItemResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  stock: (row, _, ctx) => ctx.loaders.stockOfItem.load(row.id),
  stockTotals: async (row, _, ctx) => {
    const rows = await ctx.loaders.stockOfItem.load(row.id);
    let onHand = 0n;
    let reserved = 0n;
    let total = 0n;
    for (const b of rows) {
      onHand += quantity(b.onHand);
      reserved += quantity(b.reserved);
      total += value(b.value);
    }
    return {
      onHand: formatQuantity(onHand),
      reserved: formatQuantity(reserved),
      available: formatQuantity(onHand - reserved),
      value: formatMoney(total),
    };
  },
};

/** How long a document's PDF link opens. */
const PDF_LINK_SECONDS = 600;

export const StockDocument: StockDocumentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.document.load(ref.id),
  date: (row) => row.documentDate,
  source: async (row, _, ctx) =>
    row.sourceId ? asWarehouse(await ctx.loaders.location.load(row.sourceId)) : null,
  destination: async (row, _, ctx) =>
    row.destinationId ? asWarehouse(await ctx.loaders.location.load(row.destinationId)) : null,
  lines: (row, _, ctx) => ctx.loaders.linesOfDocument.load(row.id),
  total: async (row, _, ctx) => {
    const lines = await ctx.loaders.linesOfDocument.load(row.id);
    return formatMoney(
      lines.reduce(
        (t, l) => t + (l.unitCost === null ? 0n : valueOf(quantity(l.quantity), value(l.unitCost))),
        0n,
      ),
    );
  },
  reversalOf: (row, _, ctx) => (row.reversalOfId ? ctx.loaders.document.load(row.reversalOfId) : null),
  reversedBy: (row, _, ctx) => (row.reversedById ? ctx.loaders.document.load(row.reversedById) : null),
  moves: (row, _, ctx) => ctx.loaders.movesOfDocument.load(row.id),
  pdfUrl: (row, _, ctx) => ctx.signFile(`/files/warehouse/stock-document/${row.id}`, PDF_LINK_SECONDS),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.documentTrail(row.id, limit),
};

export const StockDocumentLine: StockDocumentLineResolvers = {
  item: (row) => ({ id: row.itemId }),
  sku: async (row, _, ctx) => (await item(ctx, row.itemId))?.sku ?? '',
  name: async (row, _, ctx) => (await item(ctx, row.itemId))?.name ?? '',
  unit: async (row, _, ctx) => (await item(ctx, row.itemId))?.unitSymbol ?? '',
  quantity: (row) => formatQuantity(quantity(row.quantity)),
  unitCost: (row) => (row.unitCost === null ? null : formatMoney(value(row.unitCost))),
  cost: (row) =>
    row.unitCost === null ? null : formatMoney(valueOf(quantity(row.quantity), value(row.unitCost))),
};

export const StockMove: StockMoveResolvers = {
  document: async (row, _, ctx) => (await ctx.loaders.document.load(row.documentId))!,
  item: (row) => ({ id: row.itemId }),
  from: async (row, _, ctx) => (await ctx.loaders.location.load(row.fromId))!,
  to: async (row, _, ctx) => (await ctx.loaders.location.load(row.toId))!,
  quantity: (row) => formatQuantity(quantity(row.quantity)),
  value: (row) => formatMoney(value(row.value)),
};

export const StockSerial: StockSerialResolvers = {
  item: (row) => ({ id: row.itemId }),
  location: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  reservation: (row, _, ctx) => (row.reservationId ? ctx.loaders.reservation.load(row.reservationId) : null),
};

export const StockReservation: StockReservationResolvers = {
  warehouse: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  item: (row) => ({ id: row.itemId }),
  quantity: (row) => formatQuantity(quantity(row.quantity)),
  remaining: (row) => formatQuantity(quantity(row.remaining)),
  status: (row) =>
    (row.status === 'ACTIVE' && row.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : row.status) as never,
};
