import { eq } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { type ItemRow, items } from '../db/tables.ts';
import { checkTransition } from '../domain/items.ts';
import type { ItemStatus } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

/**
 * Moves an item to `to` along its lifecycle (DRAFT → ACTIVE → DISCONTINUED, and back to ACTIVE), with
 * its audit row and event; the shared step of `activateCatalogItem` and `discontinueCatalogItem`.
 */
export async function changeItemStatus(
  ctx: CatalogContext,
  tx: Tx,
  id: string,
  to: ItemStatus,
  change: 'activated' | 'discontinued',
): Promise<ItemRow> {
  const before = await lockItem(tx, id);
  checkTransition(before.status as ItemStatus, to);
  if (before.status === to) return before;
  const [after] = await tx.db
    .update(items)
    .set({ status: to, updatedAt: new Date() })
    .where(eq(items.id, before.id))
    .returning();
  await recordChange(
    ctx,
    tx,
    {
      entityType: 'CatalogItem',
      entityId: before.id,
      action: change === 'activated' ? 'activate' : 'discontinue',
      before,
      after,
    },
    { name: CatalogEvent.ITEM_CHANGED, payload: { id: before.id, change } },
  );
  return after as ItemRow;
}
