import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { anyId, insertMany } from '../../shared/db.ts';
import { seededRandom } from '../../shared/random.ts';
import type { AssetsContext } from '../context.ts';
import { servedCountsOf, servedSubscribersOf, upstreamOf } from '../db/queries.ts';
import { equipment, links, ports } from '../db/tables.ts';
import { inventoryNumber } from '../domain/identifiers.ts';
import { assets } from '../index.ts';
import { newUnit } from '../test-factories.ts';
import { applyDocument, type DocumentEvent } from './follow-warehouse.ts';
import { connectLink, disconnectLink } from './links.ts';

describe('topology', () => {
  const h = useServiceHarness(assets);

  /** A unit's `ancestors` as the links' triggers left them. */
  const chainOf = async (id: string) =>
    (await h.context().db.select({ a: equipment.ancestors }).from(equipment).where(eq(equipment.id, id)))[0]
      ?.a;
  const portIds = async (id: string) =>
    (
      await h.database.sql<
        { id: string }[]
      >`select id from assets.ports where equipment_id = ${id} order by index`
    ).map((p) => p.id);
  /** Hangs `down` (its port 0) on `up`'s first free port above 0; the link. */
  const hang = async (ctx: AssetsContext, up: string, down: string) => {
    const busy = new Set(
      (
        await h.database.sql<{ port: string }[]>`
          select upstream_port_id as port from assets.links where upstream_id = ${up}`
      ).map((r) => r.port),
    );
    const free = (await portIds(up)).slice(1).find((p) => !busy.has(p));
    return connectLink(ctx, {
      upstreamPortId: free as string,
      downstreamPortId: (await portIds(down))[0] as string,
    });
  };
  const cpe = (ctx: AssetsContext, subscriberId: string = randomUUID()) =>
    newUnit(ctx, { role: 'CPE', placeKind: 'PREMISES', placeId: randomUUID(), subscriberId }, 1);
  const count = async (id: string) => (await servedCountsOf(h.context().db, [id])).get(id);

  it('keeps the chain of units above every unit as links are connected and disconnected, in any order', async () => {
    const ctx = h.context('NOC_ENGINEER');
    const [core, agg, olt, splitter] = await Promise.all(
      ['CORE', 'AGGREGATION', 'ACCESS', 'PASSIVE'].map((role) => newUnit(ctx, { role }, 4)),
    );
    const ont = await cpe(ctx);
    // From the bottom up: each link re-parents everything already below it.
    await hang(ctx, splitter!.id, ont.id);
    await hang(ctx, olt!.id, splitter!.id);
    expect(await chainOf(ont.id)).toEqual([splitter!.id, olt!.id]);
    const upper = await hang(ctx, agg!.id, olt!.id);
    await hang(ctx, core!.id, agg!.id);
    expect(await chainOf(ont.id)).toEqual([splitter!.id, olt!.id, agg!.id, core!.id]);
    expect(await chainOf(olt!.id)).toEqual([agg!.id, core!.id]);
    expect(await chainOf(core!.id)).toEqual([]);
    expect((await upstreamOf(ctx.db, ont.id)).map((u) => u.role)).toEqual([
      'PASSIVE',
      'ACCESS',
      'AGGREGATION',
      'CORE',
    ]);
    expect(await servedSubscribersOf(ctx.db, [core!.id, ont.id])).toEqual(
      [core!.id, ont.id]
        .map((root) => ({ root, subscriberId: ont.subscriberId }))
        .sort((a, b) => (a.root < b.root ? -1 : 1)),
    );
    expect(await count(core!.id)).toBe(1);

    await disconnectLink(ctx, { id: upper.id });
    expect(await chainOf(olt!.id)).toEqual([]);
    expect(await chainOf(ont.id)).toEqual([splitter!.id, olt!.id]);
    expect(await chainOf(agg!.id)).toEqual([core!.id]);
    expect(await count(core!.id)).toBe(0);
    expect(await count(olt!.id)).toBe(1);
    expect(await upstreamOf(ctx.db, olt!.id)).toEqual([]);
  });

  it('moves a subtree to another uplink: every unit below it is re-parented and serves from there', async () => {
    const ctx = h.context('NOC_ENGINEER');
    const [agg, from, to, splitter] = await Promise.all(
      ['AGGREGATION', 'ACCESS', 'ACCESS', 'PASSIVE'].map((role) => newUnit(ctx, { role }, 5)),
    );
    await hang(ctx, agg!.id, from!.id);
    await hang(ctx, agg!.id, to!.id);
    const link = await hang(ctx, from!.id, splitter!.id);
    const onts = [];
    for (let i = 0; i < 3; i++) {
      onts.push(await cpe(ctx));
      await hang(ctx, splitter!.id, onts[i]!.id);
    }
    // A subscriber with two units is served once.
    const second = await cpe(ctx, onts[0]!.subscriberId as string);
    await hang(ctx, splitter!.id, second.id);
    expect(await count(from!.id)).toBe(3);
    expect(await count(to!.id)).toBe(0);

    await disconnectLink(ctx, { id: link.id });
    await hang(ctx, to!.id, splitter!.id);
    for (const unit of [...onts, second]) {
      expect(await chainOf(unit.id)).toEqual([splitter!.id, to!.id, agg!.id]);
    }
    expect(await count(from!.id)).toBe(0);
    expect(await count(to!.id)).toBe(3);
    expect(await count(agg!.id)).toBe(3);
    const served = await h.execute(
      `query($id: ID!) { equipment(id: $id) { servedSubscriberCount servedSubscribers { id }
        servedSubscriberConnection(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } }`,
      { id: to!.id },
      ctx,
    );
    const ids = onts.map((o) => o.subscriberId as string).sort();
    expect(served.data?.equipment).toEqual({
      servedSubscriberCount: 3,
      servedSubscribers: ids.map((id) => ({ id })),
      servedSubscriberConnection: {
        totalCount: 3,
        nodes: ids.slice(0, 2).map((id) => ({ id })),
        pageInfo: { hasNextPage: true },
      },
    });
  });

  it('refuses a link into the chain of units above the upstream one as a loop, writing nothing', async () => {
    const ctx = h.context('NOC_ENGINEER');
    const [top, middle, bottom] = await Promise.all(
      ['AGGREGATION', 'ACCESS', 'PASSIVE'].map((role) => newUnit(ctx, { role }, 3)),
    );
    await hang(ctx, top!.id, middle!.id);
    await hang(ctx, middle!.id, bottom!.id);
    const links = async () => (await h.database.sql`select count(*)::int as n from assets.links`)[0]?.n;
    const before = await links();
    // The top hung below the bottom would be above itself.
    await expect(hang(ctx, bottom!.id, top!.id)).rejects.toMatchObject({
      errors: [{ code: 'LINK_LOOP', field: ['input', 'upstreamPortId'] }],
    });
    expect(await links()).toBe(before);
    expect(await chainOf(top!.id)).toEqual([]);
    expect(await chainOf(bottom!.id)).toEqual([middle!.id, top!.id]);
  });

  it('finds exactly the subscribers below each unit on a generated network of 10,000 CPE, however its links went in', async () => {
    const ctx = h.context('NOC_ENGINEER');
    // core → 4 aggregation → 40 OLT (16 PON ports each) → splitters (PASSIVE, 1 per PON port) → CPE.
    const units: (typeof equipment.$inferInsert)[] = [];
    const linkRows: { up: string; down: string }[] = [];
    /** Each unit's chain, built by hand as the network is. */
    const chains = new Map<string, string[]>();
    let n = 0;
    const unit = (role: string, up: string | null, subscriberId: string | null = null) => {
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
      chains.set(id, up ? [up, ...(chains.get(up) ?? [])] : []);
      if (up) linkRows.push({ up, down: id });
      return id;
    };
    const core = unit('CORE', null);
    const expected = new Map<string, Set<string>>();
    const olts: string[] = [];
    const splitters: string[] = [];
    let cpe = 0;
    for (let a = 0; a < 4; a++) {
      const agg = unit('AGGREGATION', core);
      for (let o = 0; o < 10; o++) {
        const olt = unit('ACCESS', agg);
        olts.push(olt);
        expected.set(olt, new Set());
        for (let p = 0; p < 16; p++) {
          const splitter = unit('PASSIVE', olt);
          splitters.push(splitter);
          expected.set(splitter, new Set());
          for (let c = 0; c < 16 && cpe < 10_000; c++, cpe++) {
            // Every tenth subscriber has two CPE on the same splitter: counted once.
            const subscriber =
              cpe % 10 === 9
                ? ([...(expected.get(splitter) as Set<string>)].at(-1) ?? randomUUID())
                : randomUUID();
            unit('CPE', splitter, subscriber);
            expected.get(olt)?.add(subscriber);
            expected.get(splitter)?.add(subscriber);
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
    // In a shuffled order and three statements: children before their parents, parents in a later
    // statement than their children.
    const random = seededRandom(12);
    const shuffled = linkValues
      .map((l) => ({ l, k: random() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.l);
    const third = Math.ceil(shuffled.length / 3);
    for (let i = 0; i < shuffled.length; i += third)
      await insertMany(ctx.db, links, shuffled.slice(i, i + third));

    const stored = await ctx.db
      .select({ id: equipment.id, ancestors: equipment.ancestors })
      .from(equipment)
      .where(anyId(equipment.id, [...chains.keys()]));
    expect(stored.length).toBe(chains.size);
    expect(stored.filter((r) => JSON.stringify(r.ancestors) !== JSON.stringify(chains.get(r.id)))).toEqual(
      [],
    );

    const asked = [olts[0], olts[17], olts[39], splitters[5], splitters[600]] as string[];
    const served = await servedSubscribersOf(ctx.db, asked);
    const counts = await servedCountsOf(ctx.db, [...asked, core]);
    for (const root of asked) {
      const want = [...(expected.get(root) as Set<string>)].sort();
      expect(served.filter((r) => r.root === root).map((r) => r.subscriberId)).toEqual(want);
      expect(counts.get(root)).toBe(want.length);
    }
    const everyone = new Set([...expected.values()].flatMap((s) => [...s]));
    expect((await servedSubscribersOf(ctx.db, [core])).map((r) => r.subscriberId)).toEqual(
      [...everyone].sort(),
    );
    expect(counts.get(core)).toBe(everyone.size);

    // Paged through the subgraph: every page in order, the whole list once.
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res = await h.execute(
        `query($id: ID!, $after: String) { equipment(id: $id) { servedSubscriberConnection(first: 100, after: $after) {
          totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
        { id: core, after },
        ctx,
      );
      const data = res.data as {
        equipment: {
          servedSubscriberConnection: {
            totalCount: number;
            nodes: { id: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      };
      const connection = data.equipment.servedSubscriberConnection;
      expect(connection.totalCount).toBe(everyone.size);
      paged.push(...connection.nodes.map((s) => s.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual([...everyone].sort());
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
