import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog, type ItemRow } from '../db/tables.ts';

export const CatalogItem = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.itemById.load(ref.id),
  category: (row: ItemRow, _: unknown, ctx: CatalogContext) => ctx.loaders.categoryById.load(row.categoryId),
  auditTrail: (row: ItemRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'CatalogItem', row.id, Math.min(Math.max(limit, 1), 100)),
};
