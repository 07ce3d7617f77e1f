import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog, type ItemRow } from '../db/tables.ts';

export const CatalogItem = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.itemById.load(ref.id),
  category: (row: ItemRow, _: unknown, ctx: CatalogContext) => ctx.loaders.categoryById.load(row.categoryId),
  barcodes: (row: ItemRow, _: unknown, ctx: CatalogContext) => ctx.loaders.barcodesOfItem.load(row.id),
  attachments: (row: ItemRow) => row.attachments ?? [],
  price: (row: ItemRow, { currency, at }: { currency: string; at?: Date | null }, ctx: CatalogContext) =>
    ctx.loaders.priceAt(row.id, currency, at ?? null),
  priceHistory: (row: ItemRow, { currency }: { currency?: string | null }, ctx: CatalogContext) =>
    ctx.loaders.priceHistory(row.id, currency ?? null),
  certificates: (
    row: ItemRow,
    { validAt, includeExpired }: { validAt?: Date | null; includeExpired?: boolean | null },
    ctx: CatalogContext,
  ) => ctx.loaders.certificatesOfItem(row.id, validAt ?? null, Boolean(includeExpired)),
  auditTrail: (row: ItemRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'CatalogItem', row.id, Math.min(Math.max(limit, 1), 100)),
};
