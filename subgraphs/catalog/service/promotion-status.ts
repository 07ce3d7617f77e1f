import { eq } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { type PromotionRow, promotions } from '../db/tables.ts';
import { CatalogEvent } from '../events.ts';
import { recordChange } from './kit.ts';
import { lockPromotion } from './locks.ts';

/**
 * Switches a promotion on or off, with its audit row and event; the shared step of `activatePromotion`
 * and `deactivatePromotion`. Switching to the state it is in changes nothing.
 */
export async function switchPromotion(
  ctx: CatalogContext,
  tx: Tx,
  id: string,
  active: boolean,
): Promise<PromotionRow> {
  const before = await lockPromotion(tx, id);
  if (before.active === active) return before;
  const [after] = await tx.db
    .update(promotions)
    .set({ active, updatedAt: new Date() })
    .where(eq(promotions.id, before.id))
    .returning();
  const change = active ? 'promotion.activated' : 'promotion.deactivated';
  await recordChange(
    ctx,
    tx,
    {
      entityType: 'Promotion',
      entityId: before.id,
      action: active ? 'activate' : 'deactivate',
      before,
      after,
    },
    { name: CatalogEvent.PRICE_CHANGED, payload: { promotionId: before.id, change } },
  );
  return after as PromotionRow;
}
