import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { demoId } from '../shared/ids.ts';
import { seedDemoStock } from './demo-stock.ts';
import { warehouse } from './index.ts';
import { seedWarehouses } from './seed.ts';
import { knownItem, serialItem } from './test-factories.ts';

const h = useServiceHarness(warehouse);
const runtime = () => ({ database: h.database, events: h.events, logger: pino({ level: 'silent' }) });

describe('the demo stock', () => {
  it('posts receipts, transfers and issues that leave realistic balances, once', async () => {
    await seedWarehouses(h.context('ADMIN'));
    await knownItem(h.database, { sku: 'CBL-OK-4', name: 'Кабель оптический 4 волокна' });
    const ont = await serialItem(h.database, { sku: 'ONT-HG8245H', name: 'ONT Huawei EchoLife HG8245H' });
    await knownItem(h.database, {
      sku: 'PC-SC-3',
      name: 'Патч-корд SC/APC 3 м',
      kind: 'GOODS',
      unitSymbol: 'шт',
      unitCode: '796',
    });
    await knownItem(h.database, { sku: 'TAR-100', name: 'Тариф «Домашний 100»', kind: 'SERVICE' });

    const posted = await seedDemoStock(runtime());
    // Two receipts, a transfer to each regional warehouse and to each van, an issue from each van.
    expect(posted).toBe(2 + 2 + 3 + 3);

    const res = await h.execute(`{
      warehouses { code balances(first: 100) { nodes { sku onHand } } }
      stockLedgerCheck { consistent differences { ledgerOnHand balanceOnHand } serialDifferences { serial } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.stockLedgerCheck).toEqual({ consistent: true, differences: [], serialDifferences: [] });
    const held = Object.fromEntries(
      (
        (res.data?.warehouses ?? []) as {
          code: string;
          balances: { nodes: { sku: string; onHand: string }[] };
        }[]
      ).map((w) => [w.code, Object.fromEntries(w.balances.nodes.map((b) => [b.sku, b.onHand]))]),
    );
    // 3,000 m of cable in, 800 m to each regional warehouse, 150 m on to each van, 35.5–59.5 m to subscribers.
    expect(held['MSK-CENTRAL']).toEqual({ 'CBL-OK-4': '1400', 'ONT-HG8245H': '4', 'PC-SC-3': '120' });
    expect(held['MSK-NORTH']).toEqual({ 'CBL-OK-4': '500', 'ONT-HG8245H': '1', 'PC-SC-3': '28' });
    expect(held['VAN-01']).toEqual({ 'CBL-OK-4': '114.5', 'PC-SC-3': '4' });
    expect(held['VAN-03']).toEqual({ 'CBL-OK-4': '90.5', 'PC-SC-3': '4' });

    // Every serial the demo received is in one place: 10 units, 3 with subscribers.
    const [units] = await h.database.sql<{ n: number; out: number }[]>`
      select count(*)::int as n, count(*) filter (where l.kind = 'CUSTOMER')::int as out
      from warehouse.serials s join warehouse.locations l on l.id = s.location_id where s.item_id = ${ont}`;
    expect({ ...units }).toEqual({ n: 10, out: 3 });
    const issued = await h.execute(
      `{ stockDocuments(first: 10, filter: { type: ISSUE }) { nodes { subscriberId status lines { sku quantity serials } } } }`,
    );
    expect(issued.errors).toBeUndefined();
    const issues = (
      (issued.data?.stockDocuments?.nodes ?? []) as {
        subscriberId: string;
        status: string;
        lines: { sku: string; serials: string[] }[];
      }[]
    ).map((d) => [d.subscriberId, d.status, d.lines.map((l) => `${l.sku}×${l.serials.length}`)]);
    expect(issues.sort()).toEqual(
      [1, 2, 3]
        .map((n) => [demoId('subscriber', n), 'POSTED', ['ONT-HG8245H×1', 'CBL-OK-4×0', 'PC-SC-3×0']])
        .sort(),
    );

    const count = async () =>
      (await h.database.sql<{ n: number }[]>`select count(*)::int as n from warehouse.moves`)[0]?.n;
    const moves = await count();
    expect(await seedDemoStock(runtime())).toBe(0);
    expect(await count()).toBe(moves);
  });
});
