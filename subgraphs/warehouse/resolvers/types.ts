import { filePath } from '../../shared/files.ts';
import type {
  CatalogItemResolvers,
  StockBalanceResolvers,
  StockDocumentLineResolvers,
  StockDocumentResolvers,
  StockLevelChangeResolvers,
  StockLocationResolvers,
  StockMoveResolvers,
  StockReservationResolvers,
  StockSerialResolvers,
  WarehouseResolvers,
} from '../__generated__/resolvers-types.ts';
import type { WarehouseContext } from '../context.ts';
import {
  balanceFigures,
  balanceTotals,
  lineCost,
  linesTotal,
  moneyText,
  quantityText,
} from '../service/present.ts';
import { visibility } from '../service/visibility.ts';

const asWarehouse = <T extends { kind: string }>(row: T | null) =>
  row && ['CENTRAL', 'REGIONAL', 'VAN'].includes(row.kind) ? row : null;

const item = async (ctx: WarehouseContext, id: string) => ctx.loaders.item.load(id);

export const Warehouse: WarehouseResolvers = {
  // A technician reaches no other warehouse than their van, by reference either.
  __resolveReference: async (ref, ctx) => {
    const row = asWarehouse(await ctx.loaders.location.load(ref.id));
    const { technicianId } = visibility(ctx);
    return row && technicianId && row.technicianId !== technicianId ? null : row;
  },
  balances: (row, { first, after, last, before }, ctx) =>
    ctx.loaders.lists.balances(
      { first, after, last, before },
      { warehouseId: row.id },
      { technicianId: null },
    ),
  stockValue: async (row, _, ctx) => moneyText(await ctx.loaders.valueOfWarehouse.load(row.id)),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.warehouseTrail(row.id, limit),
};

export const StockLocation: StockLocationResolvers = {
  warehouse: (row) => asWarehouse(row),
};

export const StockBalance: StockBalanceResolvers = {
  id: (row) => `${row.locationId}:${row.itemId}`,
  warehouse: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  item: (row) => ({ id: row.itemId }),
  sku: async (row, _, ctx) => (await item(ctx, row.itemId))?.sku ?? '',
  name: async (row, _, ctx) => (await item(ctx, row.itemId))?.name ?? '',
  unit: async (row, _, ctx) => (await item(ctx, row.itemId))?.unitSymbol ?? '',
  onHand: (row) => quantityText(row.onHand),
  reserved: (row) => quantityText(row.reserved),
  available: (row) => balanceFigures(row).available,
  averageCost: (row) => balanceFigures(row).averageCost,
  value: (row) => moneyText(row.value),
  minimum: (row) => (row.minimum === null ? null : quantityText(row.minimum)),
};

export const StockLevelChange: StockLevelChangeResolvers = {
  // Balance rows are never deleted: the change that sent the event made the row if it was missing.
  balance: async (e, _, ctx) => {
    const row = await ctx.loaders.balance.load(`${e.warehouseId}:${e.itemId}`);
    if (!row) throw new Error('balance is missing');
    return row;
  },
  document: (e, _, ctx) => (e.documentId ? ctx.loaders.document.load(e.documentId) : null),
  reservation: (e, _, ctx) => (e.reservationId ? ctx.loaders.reservation.load(e.reservationId) : null),
  at: (e) => new Date(e.at),
};

export const CatalogItem: CatalogItemResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  stock: (row, _, ctx) => ctx.loaders.stockOfItem.load(row.id),
  stockTotals: async (row, _, ctx) => balanceTotals(await ctx.loaders.stockOfItem.load(row.id)),
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
  total: async (row, _, ctx) => linesTotal(await ctx.loaders.linesOfDocument.load(row.id)),
  reversalOf: (row, _, ctx) => (row.reversalOfId ? ctx.loaders.document.load(row.reversalOfId) : null),
  reversedBy: (row, _, ctx) => (row.reversedById ? ctx.loaders.document.load(row.reversedById) : null),
  moves: (row, _, ctx) => ctx.loaders.movesOfDocument.load(row.id),
  pdfUrl: (row, _, ctx) => ctx.signFile(filePath('warehouse', 'stock-document', row.id), PDF_LINK_SECONDS),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.documentTrail(row.id, limit),
};

export const StockDocumentLine: StockDocumentLineResolvers = {
  item: (row) => ({ id: row.itemId }),
  sku: async (row, _, ctx) => (await item(ctx, row.itemId))?.sku ?? '',
  name: async (row, _, ctx) => (await item(ctx, row.itemId))?.name ?? '',
  unit: async (row, _, ctx) => (await item(ctx, row.itemId))?.unitSymbol ?? '',
  quantity: (row) => quantityText(row.quantity),
  unitCost: (row) => (row.unitCost === null ? null : moneyText(row.unitCost)),
  cost: (row) => lineCost(row),
};

export const StockMove: StockMoveResolvers = {
  document: async (row, _, ctx) => (await ctx.loaders.document.load(row.documentId))!,
  item: (row) => ({ id: row.itemId }),
  from: async (row, _, ctx) => (await ctx.loaders.location.load(row.fromId))!,
  to: async (row, _, ctx) => (await ctx.loaders.location.load(row.toId))!,
  quantity: (row) => quantityText(row.quantity),
  value: (row) => moneyText(row.value),
};

export const StockSerial: StockSerialResolvers = {
  item: (row) => ({ id: row.itemId }),
  location: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  reservation: (row, _, ctx) => (row.reservationId ? ctx.loaders.reservation.load(row.reservationId) : null),
};

export const StockReservation: StockReservationResolvers = {
  warehouse: async (row, _, ctx) => (await ctx.loaders.location.load(row.locationId))!,
  item: (row) => ({ id: row.itemId }),
  quantity: (row) => quantityText(row.quantity),
  remaining: (row) => quantityText(row.remaining),
  status: (row) =>
    (row.status === 'ACTIVE' && row.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : row.status) as never,
};
