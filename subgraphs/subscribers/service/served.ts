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

/** Units named in one request: the gateway refuses an operation of more than 10 root fields. */
const PER_REQUEST = 10;

/** The subscribers the units serve, each once; units assets does not know serve nobody. */
export async function servedBy(
  graph: GraphClient,
  equipmentIds: readonly string[],
  requestId?: string,
): Promise<string[]> {
  const ids = [...new Set(equipmentIds)].filter(isUuid);
  const served = new Set<string>();
  for (let start = 0; start < ids.length; start += PER_REQUEST) {
    const part = ids.slice(start, start + PER_REQUEST);
    const fields = part.map((_, i) => `u${i}: equipment(id: $u${i}) { servedSubscribers { id } }`).join(' ');
    const declared = part.map((_, i) => `$u${i}: ID!`).join(', ');
    const data = await graph.request<Record<string, { servedSubscribers: { id: string }[] } | null>>(
      `query Served(${declared}) { ${fields} }`,
      Object.fromEntries(part.map((id, i) => [`u${i}`, id])),
      requestId ? { requestId } : {},
    );
    for (const unit of Object.values(data)) for (const s of unit?.servedSubscribers ?? []) served.add(s.id);
  }
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
