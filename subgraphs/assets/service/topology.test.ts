import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { insertMany } from '../../shared/db.ts';
import { servedSubscribersOf, upstreamOf } from '../db/queries.ts';
import { equipment, links, ports } from '../db/tables.ts';
import { inventoryNumber } from '../domain/identifiers.ts';
import { assets } from '../index.ts';
import { newUnit } from '../test-factories.ts';
import { applyDocument, type DocumentEvent } from './follow-warehouse.ts';

describe('topology', () => {
  const h = useServiceHarness(assets);

  it('finds exactly the subscribers below an OLT on a generated network of 10,000 CPE', async () => {
    const ctx = h.context('NOC_ENGINEER');
    // core → 4 aggregation → 40 OLT (16 PON ports each) → splitters (PASSIVE, 1 per PON port) → CPE.
    const units: (typeof equipment.$inferInsert)[] = [];
    const linkRows: { up: string; down: string }[] = [];
    let n = 0;
    const unit = (role: string, subscriberId: string | null = null) => {
      const id = randomUUID();
      units.push({
        id,
        serial: `G-${++n}`,
        inventoryNumber: inventoryNumber(900_000_000 + n),
        modelId: '00000000-0000-4000-8000-000000000001',
        role,
        status: 'INSTALLED',
        placeKind: subscriberId ? 'PREMISES' : 'SITE',
        placeId: randomUUID(),
        subscriberId,
      });
      return id;
    };
    const core = unit('CORE');
    const expected = new Map<string, Set<string>>();
    const olts: string[] = [];
    let cpe = 0;
    for (let a = 0; a < 4; a++) {
      const agg = unit('AGGREGATION');
      linkRows.push({ up: core, down: agg });
      for (let o = 0; o < 10; o++) {
        const olt = unit('ACCESS');
        olts.push(olt);
        expected.set(olt, new Set());
        linkRows.push({ up: agg, down: olt });
        for (let p = 0; p < 16; p++) {
          const splitter = unit('PASSIVE');
          linkRows.push({ up: olt, down: splitter });
          for (let c = 0; c < 16 && cpe < 10_000; c++, cpe++) {
            // Every tenth subscriber has two CPE on the same splitter: counted once.
            const subscriber =
              cpe % 10 === 9
                ? ([...(expected.get(olt) as Set<string>)].at(-1) ?? randomUUID())
                : randomUUID();
            const ont = unit('CPE', subscriber);
            linkRows.push({ up: splitter, down: ont });
            expected.get(olt)?.add(subscriber);
          }
        }
      }
    }
    expect(cpe).toBe(10_000);
    await insertMany(ctx.db, equipment, units);
    // One uplink port on each unit below the core, one downlink port per child.
    const portRows: (typeof ports.$inferInsert)[] = [];
    const linkValues: (typeof links.$inferInsert)[] = [];
    const counter = new Map<string, number>();
    for (const l of linkRows) {
      const i = (counter.get(l.up) ?? 0) + 1;
      counter.set(l.up, i);
      const upPort = randomUUID();
      const downPort = randomUUID();
      portRows.push({ id: upPort, equipmentId: l.up, name: `d${i}`, index: i, type: 'GPON' });
      portRows.push({ id: downPort, equipmentId: l.down, name: 'up', index: 0, type: 'GPON' });
      linkValues.push({
        upstreamPortId: upPort,
        downstreamPortId: downPort,
        upstreamId: l.up,
        downstreamId: l.down,
      });
    }
    await insertMany(ctx.db, ports, portRows);
    await insertMany(ctx.db, links, linkValues);

    const asked = [olts[0], olts[17], olts[39]] as string[];
    const served = await servedSubscribersOf(ctx.db, asked);
    for (const olt of asked) {
      const got = served.filter((r) => r.root === olt).map((r) => r.subscriberId);
      expect(new Set(got).size).toBe(got.length);
      expect(got.sort()).toEqual([...(expected.get(olt) as Set<string>)].sort());
    }
    const all = await servedSubscribersOf(ctx.db, [core]);
    expect(all.length).toBe([...expected.values()].reduce((sum, s) => sum + s.size, 0));
    const leaf = units.filter((u) => u.role === 'CPE').at(-1)?.id as string;
    expect((await upstreamOf(ctx.db, leaf)).map((u) => u.role)).toEqual([
      'PASSIVE',
      'ACCESS',
      'AGGREGATION',
      'CORE',
    ]);
  });

  it('applies a warehouse document once in effect however often it is applied', async () => {
    const ctx = h.context('WAREHOUSE_KEEPER');
    const warehouse = randomUUID();
    const model = randomUUID();
    const serial = `ONT-${randomUUID().slice(0, 8)}`.toUpperCase();
    const receipt: DocumentEvent = {
      id: randomUUID(),
      type: 'RECEIPT',
      number: 'RC-2026-000001',
      sourceId: null,
      destinationId: warehouse,
      subscriberId: null,
      fieldTaskId: null,
      lines: [{ itemId: model, serials: [serial.toLowerCase()], fromId: randomUUID(), toId: warehouse }],
    };
    const noPremises = async () => null;
    const apply = () =>
      h.database.sql.begin((tx) => applyDocument({ sql: tx, db: ctx.db }, receipt, false, noPremises));
    await apply();
    await apply();
    const rows = await h.database
      .sql`select id, status, place_id from assets.equipment where serial = ${serial}`;
    expect(rows).toEqual([{ id: expect.any(String), status: 'IN_STOCK', place_id: warehouse }]);
    const entries = await h.database
      .sql`select change from assets.history where equipment_id = ${rows[0]?.id as string}`;
    expect(entries.map((e) => e.change)).toEqual(['CREATED']);
    // Returned faulty, it goes to repair; a received transfer moves it to the destination, still in repair.
    const back: DocumentEvent = {
      ...receipt,
      id: randomUUID(),
      type: 'RETURN',
      number: 'RT-2026-000001',
      lines: [
        { itemId: model, serials: [serial], fromId: randomUUID(), toId: warehouse, condition: 'FAULTY' },
      ],
    };
    await h.database.sql.begin((tx) => applyDocument({ sql: tx, db: ctx.db }, back, false, noPremises));
    const far = randomUUID();
    const received: DocumentEvent = {
      ...receipt,
      id: randomUUID(),
      type: 'TRANSFER',
      number: 'TR-2026-000001',
      sourceId: warehouse,
      destinationId: far,
      lines: [{ itemId: model, serials: [serial], fromId: randomUUID(), toId: far }],
    };
    await h.database.sql.begin((tx) => applyDocument({ sql: tx, db: ctx.db }, received, false, noPremises));
    const [moved] = await h.database
      .sql`select status, place_id from assets.equipment where serial = ${serial}`;
    expect(moved).toEqual({ status: 'IN_REPAIR', place_id: far });
    const changes = await h.database
      .sql`select change, after from assets.history where equipment_id = ${rows[0]?.id as string} order by id`;
    expect(changes.map((c) => c.change)).toEqual(['CREATED', 'STATUS', 'PLACE']);
    expect(changes[1]?.after).toBe('IN_REPAIR');
    // An older document's event arriving after a newer one changes nothing: the issue after the receipt
    // of a second serial, delivered first, leaves it issued when the receipt comes.
    const second = `ONT-${randomUUID().slice(0, 8)}`.toUpperCase();
    const laterIssue: DocumentEvent = {
      ...receipt,
      id: randomUUID(),
      movedAt: 2_000,
      type: 'ISSUE',
      number: 'IS-2026-000001',
      sourceId: warehouse,
      destinationId: null,
      lines: [{ itemId: model, serials: [second], fromId: warehouse, toId: randomUUID() }],
    };
    const earlierReceipt: DocumentEvent = {
      ...receipt,
      id: randomUUID(),
      movedAt: 1_000,
      lines: [{ ...receipt.lines[0]!, serials: [second] }],
    };
    await h.database.sql.begin((tx) => applyDocument({ sql: tx, db: ctx.db }, laterIssue, false, noPremises));
    await h.database.sql.begin((tx) =>
      applyDocument({ sql: tx, db: ctx.db }, earlierReceipt, false, noPremises),
    );
    const [issued] = await h.database
      .sql`select status, place_id from assets.equipment where serial = ${second}`;
    expect(issued).toEqual({ status: 'RESERVED', place_id: warehouse });
    // The same serial of the same model is one unit: it cannot be in two places.
    await expect(newUnit(ctx, { modelId: model, serial })).rejects.toThrow();
  });
});
