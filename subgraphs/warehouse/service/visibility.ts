import type { WarehouseContext } from '../context.ts';
import type { Visibility } from '../db/queries.ts';
import type { DocumentRow } from '../db/tables.ts';

/**
 * A caller with `warehouse:van` and not `warehouse:read` (a technician) sees their own van only. A caller
 * with neither is refused by the fields' scopes, not here.
 */
export const visibility = (ctx: WarehouseContext): Visibility => {
  const { scopes } = ctx.actor;
  const vanOnly =
    scopes.includes('warehouse:van') && !scopes.includes('warehouse:read') && !scopes.includes('admin');
  return { technicianId: vanOnly ? ctx.actor.id : null };
};

/** The document if the caller may see it: anyone reading the warehouse, or the technician whose van it leaves. */
export async function visibleDocument(
  ctx: WarehouseContext,
  doc: DocumentRow | null,
): Promise<DocumentRow | null> {
  if (!doc) return null;
  const { technicianId } = visibility(ctx);
  if (!technicianId) return doc;
  const source = doc.sourceId ? await ctx.loaders.location.load(doc.sourceId) : null;
  return source?.technicianId === technicianId ? doc : null;
}
