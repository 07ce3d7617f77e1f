import { randomUUID } from 'node:crypto';
import { insertMany } from '../shared/db.ts';
import type { AssetsContext } from './context.ts';
import { type EquipmentRow, equipment, ports, sites } from './db/tables.ts';
import { nextInventoryNumbers } from './service/equipment.ts';
import { createNetworkSite } from './service/sites.ts';

/** A network site with a unique code; its id. */
export async function newSite(ctx: AssetsContext): Promise<string> {
  return (await createNetworkSite(ctx, { kind: 'POP', code: `S-${randomUUID().slice(0, 8)}`, name: 'Узел' }))
    .id;
}

/**
 * A unit written directly (registering one asks the catalog through the graph, which these tests do not
 * start), with `ports` ports named p0, p1, …; its row.
 */
export async function newUnit(
  ctx: AssetsContext,
  values: Partial<typeof equipment.$inferInsert> = {},
  portCount = 2,
): Promise<EquipmentRow> {
  const [number] = await ctx.database.sql.begin((tx) => nextInventoryNumbers({ sql: tx, db: ctx.db }, 1));
  const [row] = (await ctx.db
    .insert(equipment)
    .values({
      serial: `SN-${randomUUID().slice(0, 12).toUpperCase()}`,
      inventoryNumber: number as string,
      modelId: randomUUID(),
      role: 'ACCESS',
      status: 'INSTALLED',
      placeKind: 'SITE',
      placeId:
        values.placeId ??
        (
          await ctx.db
            .insert(sites)
            .values({ kind: 'POP', code: `F-${randomUUID().slice(0, 8)}`, name: 'Узел' })
            .returning()
        )[0]?.id,
      ...values,
    })
    .returning()) as [EquipmentRow];
  if (portCount) {
    await insertMany(
      ctx.db,
      ports,
      Array.from({ length: portCount }, (_, i) => ({
        equipmentId: row.id,
        name: `p${i}`,
        index: i,
        type: 'SFP',
      })),
    );
  }
  return row;
}
