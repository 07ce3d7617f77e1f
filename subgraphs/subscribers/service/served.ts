/**
 * The subscribers an event scoped to units of equipment touches: those the units serve, read from assets'
 * `servedSubscribers` through the graph — when the event is created or changed, and again whenever assets
 * says the topology or a unit's place changed.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../shared/db.ts';
import { type GraphClient, readRootFields } from '../../shared/graph-client.ts';
import { isUuid } from '../../shared/validation.ts';
import { companyEvents } from '../db/tables.ts';

/**
 * The subscribers the units serve, each once; units assets does not know serve nobody. Ten units a
 * request, as the gateway takes no more root fields in one.
 */
export async function servedBy(
  graph: GraphClient,
  equipmentIds: readonly string[],
  requestId?: string,
): Promise<string[]> {
  const ids = [...new Set(equipmentIds)].filter(isUuid);
  const units = await readRootFields<{ servedSubscribers: { id: string }[] }>(
    graph,
    'Served',
    ids.map((id) => ({
      field: (v) => `equipment(id: ${v}) { servedSubscribers { id } }`,
      type: 'ID!',
      value: id,
    })),
    requestId ? { requestId } : {},
  );
  const served = new Set<string>();
  for (const unit of units) for (const s of unit?.servedSubscribers ?? []) served.add(s.id);
  return [...served].sort();
}

/**
 * Recomputes the served subscribers of every open EQUIPMENT event (`pendingOnly`: of those never computed):
 * one graph request per event, one update each. Returns how many events were refreshed.
 */
export async function refreshServed(
  db: Db,
  graph: GraphClient,
  opts: { pendingOnly?: boolean } = {},
): Promise<number> {
  const open = await db
    .select({ id: companyEvents.id, equipmentIds: companyEvents.equipmentIds })
    .from(companyEvents)
    .where(
      sql`${companyEvents.scopeKind} = 'EQUIPMENT' and ${companyEvents.status} in ('PLANNED', 'ACTIVE')
        ${opts.pendingOnly ? sql`and ${companyEvents.servedAt} is null` : sql``}`,
    );
  for (const event of open) {
    const served = await servedBy(graph, event.equipmentIds);
    await db
      .update(companyEvents)
      .set({ servedIds: served, servedAt: new Date() })
      .where(sql`${companyEvents.id} = ${event.id}`);
  }
  return open.length;
}
