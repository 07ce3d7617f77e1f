import type { WarehouseContext } from '../context.ts';
import type { Visibility } from '../db/queries.ts';

/** A caller with `warehouse:van` and not `warehouse:read` (a technician) sees their own van only. */
export const visibility = (ctx: WarehouseContext): Visibility => ({
  technicianId:
    ctx.actor.scopes.includes('warehouse:read') || ctx.actor.scopes.includes('admin') ? null : ctx.actor.id,
});
