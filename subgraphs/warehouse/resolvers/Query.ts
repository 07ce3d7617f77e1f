import { selectsTotalCount } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { moneyText, valuesTotal } from '../service/present.ts';
import { visibility, visibleDocument } from '../service/visibility.ts';

export const Query: QueryResolvers = {
  warehouses: (_, { filter }, ctx) => ctx.loaders.lists.warehouses(filter ?? {}, visibility(ctx)),
  warehouse: async (_, { id }, ctx) => {
    const row = await ctx.loaders.location.load(id);
    const { technicianId } = visibility(ctx);
    if (!row || !['CENTRAL', 'REGIONAL', 'VAN'].includes(row.kind)) return null;
    return technicianId && row.technicianId !== technicianId ? null : row;
  },
  stockBalances: (_, { first, after, last, before, filter }, ctx) =>
    ctx.loaders.lists.balances({ first, after, last, before }, filter ?? {}, visibility(ctx)),
  stockDocuments: async (_, { first, after, last, before, filter }, ctx) => {
    const { technicianId } = visibility(ctx);
    const vans = technicianId
      ? (await ctx.loaders.lists.warehouses({ kind: 'VAN' }, { technicianId })).map((w) => w.id)
      : null;
    return ctx.loaders.lists.documents({ first, after, last, before }, filter ?? {}, vans);
  },
  stockDocument: async (_, { id }, ctx) => visibleDocument(ctx, await ctx.loaders.document.load(id)),
  stockDocumentByNumber: async (_, { number }, ctx) =>
    visibleDocument(ctx, await ctx.loaders.lists.documentByNumber(number)),
  stockMoves: (_, { first, after, last, before, filter }, ctx) =>
    ctx.loaders.lists.moves({ first, after, last, before }, filter),
  stockSerial: async (_, { itemId, serial }, ctx) => {
    const row = await ctx.loaders.lists.serial(itemId, serial);
    if (!row) return null;
    const { technicianId } = visibility(ctx);
    if (!technicianId) return row;
    const at = await ctx.loaders.location.load(row.locationId);
    return at?.technicianId === technicianId ? row : null;
  },
  stockSerials: (_, { first, after, last, before, filter }, ctx, info) =>
    ctx.loaders.lists.serials({ first, after, last, before }, filter ?? {}, selectsTotalCount(info)),
  stockReservations: (_, { first, after, last, before, filter }, ctx) =>
    ctx.loaders.lists.reservations({ first, after, last, before }, filter ?? {}),
  stockBelowMinimum: (_, { warehouseId }, ctx) => ctx.loaders.lists.belowMinimum(warehouseId ?? null),
  stockValuation: async (_, __, ctx) => {
    const rows = await ctx.loaders.lists.valuation();
    const warehouses = await Promise.all(
      rows.map(async (r) => ({
        warehouse: (await ctx.loaders.location.load(r.locationId))!,
        value: moneyText(r.value),
      })),
    );
    warehouses.sort((a, b) => a.warehouse.code.localeCompare(b.warehouse.code));
    return { warehouses, total: valuesTotal(rows.map((r) => r.value)) };
  },
  stockLedgerCheck: async (_, __, ctx) => {
    const { differences, serialDifferences, counts } = await ctx.loaders.lists.ledgerCheck();
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
          balanceValue: moneyText(d.balance_value),
          ledgerValue: moneyText(d.ledger_value),
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
