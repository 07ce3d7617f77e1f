import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { PromotionResolvers } from '../__generated__/resolvers-types.ts';
import { auditLog } from '../db/tables.ts';

export const Promotion: PromotionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.promotionById.load(ref.id),
  scopeItem: (row, _, ctx) => (row.scopeItemId ? ctx.loaders.itemById.load(row.scopeItemId) : null),
  scopeCategory: (row, _, ctx) =>
    row.scopeCategoryId ? ctx.loaders.categoryById.load(row.scopeCategoryId) : null,
  minQuantity: (row) => (row.minQuantity == null ? null : Number(row.minQuantity)),
  auditTrail: (row, { limit }, ctx) => readAuditTrail(reader(ctx), auditLog, 'Promotion', row.id, limit),
};
