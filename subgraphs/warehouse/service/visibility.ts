import type { WarehouseContext } from '../context.ts';
import type { Visibility } from '../db/queries.ts';

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
