/**
 * The subscribers an event scoped to units of equipment touches: those the units serve, read from assets'
 * `servedSubscribers` through the graph — when the event is created or changed, and again whenever assets
 * says the topology or a unit's place changed.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../shared/db.ts';
import type { GraphClient } from '../../shared/graph-client.ts';
import { isUuid } from '../../shared/validation.ts';
import { companyEvents } from '../db/tables.ts';

/** The subscribers the units serve, each once; units assets does not know serve nobody. */
export async function servedBy(
  graph: GraphClient,
  equipmentIds: readonly string[],
  requestId?: string,
): Promise<string[]> {
  const ids = [...new Set(equipmentIds)].filter(isUuid);
  if (!ids.length) return [];
  const parts = ids.map((_, i) => `u${i}: equipment(id: $u${i}) { servedSubscribers { id } }`).join(' ');
  const declared = ids.map((_, i) => `$u${i}: ID!`).join(', ');
  const data = await graph.request<Record<string, { servedSubscribers: { id: string }[] } | null>>(
    `query Served(${declared}) { ${parts} }`,
    Object.fromEntries(ids.map((id, i) => [`u${i}`, id])),
    requestId ? { requestId } : {},
  );
  return [...new Set(Object.values(data).flatMap((u) => u?.servedSubscribers.map((s) => s.id) ?? []))].sort();
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
