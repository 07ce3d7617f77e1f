import type { WarehouseContext } from '../context.ts';
import type { StockDocumentPrint } from '../documents/print-data.ts';
import { formatMoney, formatQuantity, quantity, value, valueAtCost } from '../domain/decimal.ts';
import type { DocumentType } from '../domain/documents.ts';
import { visibleDocument } from './visibility.ts';

/**
 * What a document's print form shows, read for the caller (a technician gets their own van's documents
 * only): the document, its lines with the items' names as the warehouse knows them, the ends' names.
 */
export async function printData(ctx: WarehouseContext, id: string): Promise<StockDocumentPrint | null> {
  const doc = await visibleDocument(ctx, await ctx.loaders.document.load(id));
  if (!doc) return null;
  const name = async (locationId: string | null) =>
    locationId ? ((await ctx.loaders.location.load(locationId))?.name ?? null) : null;
  const lines = await ctx.loaders.linesOfDocument.load(doc.id);
  const items = await Promise.all(lines.map((l) => ctx.loaders.item.load(l.itemId)));
  let total = 0n;
  const printed = lines.map((l, i) => {
    const cost = l.unitCost === null ? null : valueAtCost(quantity(l.quantity), value(l.unitCost));
    if (cost !== null) total += cost;
    return {
      name: items[i]?.name ?? l.itemId,
      sku: items[i]?.sku ?? '',
      unit: items[i]?.unitSymbol ?? '',
      quantity: formatQuantity(quantity(l.quantity)),
      serials: l.serials,
      unitCost: l.unitCost === null ? null : formatMoney(value(l.unitCost)),
      cost: cost === null ? null : formatMoney(cost),
      condition: l.condition,
      direction: l.direction as 'IN' | 'OUT' | null,
    };
  });
  const counterpart =
    [
      doc.supplierReference && `Поставщик: ${doc.supplierReference}`,
      doc.subscriberId && `Абонент: ${doc.subscriberId}`,
      doc.fieldTaskId && `Наряд: ${doc.fieldTaskId}`,
      doc.orderId && `Заказ: ${doc.orderId}`,
    ]
      .filter(Boolean)
      .join('; ') || null;
  const reversalOf = doc.reversalOfId
    ? ((await ctx.loaders.document.load(doc.reversalOfId))?.number ?? null)
    : null;
  return {
    type: doc.type as DocumentType,
    status: doc.status as StockDocumentPrint['status'],
    number: doc.number,
    date: doc.documentDate,
    source: await name(doc.sourceId),
    destination: await name(doc.destinationId),
    counterpart,
    reason: doc.reason,
    comment: doc.comment,
    reversalOf,
    lines: printed,
    total: formatMoney(total),
    author: doc.authorId,
    postedAt: doc.postedAt,
  };
}
