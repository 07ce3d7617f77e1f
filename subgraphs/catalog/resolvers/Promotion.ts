import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog, type PromotionRow } from '../db/tables.ts';

export const Promotion = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.promotionById.load(ref.id),
  scopeItem: (row: PromotionRow, _: unknown, ctx: CatalogContext) =>
    row.scopeItemId ? ctx.loaders.itemById.load(row.scopeItemId) : null,
  scopeCategory: (row: PromotionRow, _: unknown, ctx: CatalogContext) =>
    row.scopeCategoryId ? ctx.loaders.categoryById.load(row.scopeCategoryId) : null,
  minQuantity: (row: PromotionRow) => (row.minQuantity == null ? null : Number(row.minQuantity)),
  auditTrail: (row: PromotionRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'Promotion', row.id, Math.min(Math.max(limit, 1), 100)),
};
