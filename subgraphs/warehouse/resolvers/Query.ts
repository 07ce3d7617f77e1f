import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import {
  belowMinimum,
  ledgerCheck,
  listBalances,
  listDocuments,
  listMoves,
  listReservations,
  listWarehouses,
  serialAt,
  valueByWarehouse,
} from '../db/queries.ts';
import { formatMoney, value } from '../domain/decimal.ts';
import { visibility } from './visibility.ts';

const sum = (values: readonly string[]) => values.reduce((t, v) => t + value(v), 0n);

export const Query: QueryResolvers = {
  warehouses: (_, { filter }, ctx) => listWarehouses(ctx.db, filter ?? {}, visibility(ctx)),
  warehouse: async (_, { id }, ctx) => {
    const row = await ctx.loaders.location.load(id);
    const { technicianId } = visibility(ctx);
    if (!row || !['CENTRAL', 'REGIONAL', 'VAN'].includes(row.kind)) return null;
    return technicianId && row.technicianId !== technicianId ? null : row;
  },
  stockBalances: (_, { first, after, filter }, ctx) =>
    listBalances(ctx.db, { first, after }, filter ?? {}, visibility(ctx)),
  stockDocuments: async (_, { first, after, filter }, ctx) => {
    const { technicianId } = visibility(ctx);
    const vans = technicianId
      ? (await listWarehouses(ctx.db, { kind: 'VAN' }, { technicianId })).map((w) => w.id)
      : null;
    return listDocuments(ctx.db, { first, after }, filter ?? {}, vans);
  },
  stockDocument: async (_, { id }, ctx) => {
    const doc = await ctx.loaders.document.load(id);
    if (!doc) return null;
    const { technicianId } = visibility(ctx);
    if (!technicianId) return doc;
    const source = doc.sourceId ? await ctx.loaders.location.load(doc.sourceId) : null;
    return source?.technicianId === technicianId ? doc : null;
  },
  stockDocumentByNumber: async (_, { number }, ctx) => {
    const found = await listDocuments(ctx.db, { first: 1 }, { search: number.trim() }, null);
    const doc = found.nodes.find((d) => d.number === number.trim().toUpperCase()) ?? null;
    if (!doc) return null;
    const { technicianId } = visibility(ctx);
    if (!technicianId) return doc;
    const source = doc.sourceId ? await ctx.loaders.location.load(doc.sourceId) : null;
    return source?.technicianId === technicianId ? doc : null;
  },
  stockMoves: (_, { first, after, filter }, ctx) => listMoves(ctx.db, { first, after }, filter),
  stockSerial: async (_, { itemId, serial }, ctx) => {
    const row = await serialAt(ctx.db, itemId, serial);
    if (!row) return null;
    const { technicianId } = visibility(ctx);
    if (!technicianId) return row;
    const at = await ctx.loaders.location.load(row.locationId);
    return at?.technicianId === technicianId ? row : null;
  },
  stockReservations: (_, { first, after, filter }, ctx) =>
    listReservations(ctx.db, { first, after }, filter ?? {}),
  stockBelowMinimum: (_, { warehouseId }, ctx) => belowMinimum(ctx.db, warehouseId ?? null),
  stockValuation: async (_, __, ctx) => {
    const rows = await valueByWarehouse(ctx.db);
    const warehouses = await Promise.all(
      rows.map(async (r) => ({
        warehouse: (await ctx.loaders.location.load(r.locationId))!,
        value: formatMoney(value(r.value)),
      })),
    );
    warehouses.sort((a, b) => a.warehouse.code.localeCompare(b.warehouse.code));
    return { warehouses, total: formatMoney(sum(rows.map((r) => r.value))) };
  },
  stockLedgerCheck: async (_, __, ctx) => {
    const { differences, serialDifferences, counts } = await ledgerCheck(ctx.db);
    const location = async (id: string | null) => (id ? await ctx.loaders.location.load(id) : null);
    return {
      consistent: differences.length === 0 && serialDifferences.length === 0,
      balancesChecked: counts.balances,
      movesChecked: counts.moves,
      differences: await Promise.all(
        differences.map(async (d) => ({
          location: (await location(d.location_id))!,
          item: { id: d.item_id },
          balanceOnHand: d.balance_on_hand,
          ledgerOnHand: d.ledger_on_hand,
          balanceValue: formatMoney(value(d.balance_value)),
          ledgerValue: formatMoney(value(d.ledger_value)),
        })),
      ),
      serialDifferences: await Promise.all(
        serialDifferences.map(async (d) => ({
          item: { id: d.item_id },
          serial: d.serial,
          recordedAt: await location(d.recorded_at),
          ledgerAt: await location(d.ledger_at),
        })),
      ),
    };
  },
};
