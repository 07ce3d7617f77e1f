/**
 * What assets and the warehouse disagree on: every serial the warehouse knows, read through the graph page
 * by page, against the unit assets records for it — where it is and in what state — plus the units at a
 * warehouse the warehouse does not know. Empty when the two agree.
 */

import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { anyId } from '../../shared/db.ts';
import type { AssetsContext } from '../context.ts';
import type { DifferenceRow } from '../db/queries.ts';
import { type EquipmentRow, equipment } from '../db/tables.ts';

interface WarehouseSerial {
  serial: string;
  item: { id: string };
  location: { id: string; kind: string };
}

const QUERY = `query Serials($first: Int, $after: String) {
  stockSerials(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { serial item { id } location { id kind } } } }`;

/** The statuses a unit may have where the warehouse has its serial. */
const EXPECTED: Record<string, readonly string[]> = {
  CENTRAL: ['IN_STOCK', 'IN_REPAIR', 'RESERVED'],
  REGIONAL: ['IN_STOCK', 'IN_REPAIR', 'RESERVED'],
  VAN: ['IN_STOCK', 'IN_REPAIR', 'RESERVED'],
  IN_TRANSIT: ['IN_STOCK'],
  CUSTOMER: ['INSTALLED', 'RESERVED', 'IN_REPAIR', 'DECOMMISSIONED', 'LOST'],
  LOSS: ['WRITTEN_OFF', 'LOST'],
  SUPPLIER: ['DECOMMISSIONED'],
};

const AT_WAREHOUSE = new Set(['CENTRAL', 'REGIONAL', 'VAN', 'IN_TRANSIT']);

/** At most this many differences are listed. */
const LIMIT = 1_000;

export async function reconcile(
  ctx: AssetsContext,
): Promise<{ checked: number; differences: DifferenceRow[] }> {
  if (!ctx.graph)
    throw new GraphQLError('The warehouse cannot be reached now', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  const known = new Map<string, WarehouseSerial>();
  try {
    for await (const s of ctx.graph.paginate<WarehouseSerial>(QUERY, { first: 100 }, ['stockSerials'], {
      requestId: ctx.requestId,
    })) {
      known.set(`${s.item.id}|${s.serial}`, s);
    }
  } catch (error) {
    ctx.logger.warn({ err: error }, 'reconciliation: the warehouse did not answer');
    throw new GraphQLError('The warehouse cannot be reached now', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  const differences: DifferenceRow[] = [];
  const diff = (row: EquipmentRow, warehouseLocationId: string | null, problem: string) =>
    differences.length < LIMIT &&
    differences.push({
      equipment: row,
      serial: row.serial,
      model: { id: row.modelId },
      placeKind: row.placeKind,
      placeId: row.placeId,
      status: row.status,
      warehouseLocationId,
      problem,
    });
  const units = new Map<string, EquipmentRow>();
  const keys = [...known.values()];
  for (let i = 0; i < keys.length; i += 5_000) {
    const chunk = keys.slice(i, i + 5_000);
    const rows = await ctx.db
      .select()
      .from(equipment)
      .where(anyId(equipment.modelId, [...new Set(chunk.map((k) => k.item.id))]));
    for (const r of rows) units.set(`${r.modelId}|${r.serial}`, r);
  }
  for (const [key, s] of known) {
    const row = units.get(key);
    if (!row) {
      differences.length < LIMIT &&
        differences.push({
          equipment: null,
          serial: s.serial,
          model: { id: s.item.id },
          placeKind: null,
          placeId: null,
          status: null,
          warehouseLocationId: s.location.id,
          problem: `serial ${s.serial} is unknown to assets`,
        });
      continue;
    }
    const allowed = EXPECTED[s.location.kind] ?? [];
    if (!allowed.includes(row.status))
      diff(row, s.location.id, `status ${row.status} where the warehouse has it at ${s.location.kind}`);
    else if (
      AT_WAREHOUSE.has(s.location.kind) &&
      (row.placeKind !== 'WAREHOUSE' || row.placeId !== s.location.id)
    ) {
      diff(row, s.location.id, 'at another place than the warehouse has it');
    }
  }
  const atWarehouses = await ctx.db.select().from(equipment).where(eq(equipment.placeKind, 'WAREHOUSE'));
  for (const row of atWarehouses) {
    if (!known.has(`${row.modelId}|${row.serial}`))
      diff(row, null, 'at a warehouse that has no record of its serial');
  }
  return { checked: known.size, differences };
}
