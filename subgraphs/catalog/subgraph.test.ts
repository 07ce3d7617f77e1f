import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphHarness, useGraph, useServiceHarness } from '../../test/helpers.ts';
import { withTransaction } from '../shared/db.ts';
import { ErrorCode, toPayload } from '../shared/errors.ts';
import { encodeCursor } from '../shared/pagination.ts';
import type { CatalogContext } from './context.ts';
import type { CategoryRow, ItemRow } from './db/tables.ts';
import { CatalogErrorCode } from './domain/errors.ts';
import { CatalogEvent } from './events.ts';
import { catalog } from './index.ts';
import { activateItem } from './service/activate-item.ts';
import { createCategory } from './service/create-category.ts';
import { createItem } from './service/create-item.ts';
import { discontinueItem } from './service/discontinue-item.ts';
import { updateCategory } from './service/update-category.ts';
import { updateItem } from './service/update-item.ts';

// ---- factories ---------------------------------------------------------------------------------

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}-${randomUUID().slice(0, 8)}`;

interface ItemInput {
  sku: string;
  name: string;
  kind: 'EQUIPMENT_MODEL' | 'MATERIAL' | 'GOODS' | 'SERVICE';
  unitCode: string;
  categoryId: string;
  status?: string;
  manufacturer?: string;
  characteristics?: Record<string, string | number | boolean>;
  idempotencyKey?: string;
}

function itemInput(categoryId: string, over: Partial<ItemInput> = {}): ItemInput {
  return {
    sku: unique('SKU'),
    name: unique('ONT Huawei HG8245H'),
    kind: 'EQUIPMENT_MODEL',
    unitCode: '796',
    categoryId,
    manufacturer: 'Huawei',
    ...over,
  };
}

const newCategory = (ctx: CatalogContext, over: { name?: string; parentId?: string | null } = {}) =>
  createCategory(ctx, { name: unique('Category'), ...over });

// ---- the service layer ---------------------------------------------------------------------------

describe('catalog service layer', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let category: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    category = await newCategory(ctx, { name: 'ONT (оптические терминалы)' });
  });

  /** Runs an operation through the subgraph schema with a fresh request context (fresh loaders). */
  async function execute(query: string, variables: Record<string, unknown> = {}, context = h.context()) {
    return (await h.execute(query, variables, context)) as {
      data?: Record<string, any> | null;
      errors?: readonly { message: string; extensions?: Record<string, any> }[];
    };
  }

  const itemsWithSku = async (sku: string) =>
    Number((await h.database.sql`select count(*) as n from catalog.items where sku = ${sku}`)[0]!.n);
  const auditOf = (entityId: string) =>
    h.database.sql`select * from catalog.audit_log where entity_id = ${entityId} order by id`;
  const auditCount = async () =>
    Number((await h.database.sql`select count(*) as n from catalog.audit_log`)[0]!.n);
  const itemEvents = (itemId: string) =>
    h.database.sql`select data from pgboss.job
      where name = ${CatalogEvent.ITEM_CHANGED} and data->>'id' = ${itemId}`;

  describe('idempotency', () => {
    it('replays the first result when createCatalogItem is repeated with the same key and input', async () => {
      const input = itemInput(category.id, { idempotencyKey: randomUUID() });
      const first = await createItem(ctx, input);
      const second = await createItem(ctx, input);
      expect(second.id).toBe(first.id);
      expect(second.sku).toBe(input.sku);
      expect(await itemsWithSku(input.sku)).toBe(1);
      expect(await auditOf(first.id)).toHaveLength(1);
      expect(await itemEvents(first.id)).toHaveLength(1);
    });

    it('refuses the same key with other input and writes nothing', async () => {
      const key = randomUUID();
      const first = await createItem(ctx, itemInput(category.id, { idempotencyKey: key }));
      const auditBefore = await auditCount();
      const other = itemInput(category.id, { idempotencyKey: key });
      const payload = await toPayload('item', () => createItem(ctx, other));
      expect(payload.item).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({
          code: ErrorCode.IDEMPOTENCY_KEY_REUSED,
          field: ['input', 'idempotencyKey'],
        }),
      ]);
      expect(await itemsWithSku(other.sku)).toBe(0);
      expect(await auditCount()).toBe(auditBefore);
      expect(await itemsWithSku(first.sku)).toBe(1);
    });

    it('creates one item when two calls with the same key race', async () => {
      const input = itemInput(category.id, { idempotencyKey: randomUUID() });
      const [a, b] = await Promise.all([
        createItem(ctx, input),
        createItem(h.context('CATALOG_MANAGER'), input),
      ]);
      expect(a.id).toBe(b.id);
      expect(await itemsWithSku(input.sku)).toBe(1);
      expect(await auditOf(a.id)).toHaveLength(1);
    });

    it('keeps keys apart per caller: another actor with the same key creates its own item', async () => {
      const key = randomUUID();
      const mine = await createItem(ctx, itemInput(category.id, { idempotencyKey: key }));
      const theirs = await createItem(h.context('ADMIN'), itemInput(category.id, { idempotencyKey: key }));
      expect(theirs.id).not.toBe(mine.id);
    });
  });

  describe('audit', () => {
    it('records one audit row with actor, action, before and after for every write', async () => {
      const parent = await newCategory(ctx);
      const cat = await newCategory(ctx, { parentId: parent.id });
      const renamed = await updateCategory(ctx, { id: cat.id, name: 'Wi-Fi роутеры' });
      const item = await createItem(ctx, itemInput(cat.id, { name: 'Роутер Keenetic Giga' }));
      await updateItem(ctx, { id: item.id, name: 'Роутер Keenetic Giga KN-1010' });
      await activateItem(ctx, { id: item.id });

      const catRows = await auditOf(cat.id);
      expect(catRows.map((r) => r.action)).toEqual(['create', 'update']);
      expect(catRows[0]).toMatchObject({
        actor_id: ctx.actor.id,
        actor_roles: ['CATALOG_MANAGER'],
        request_id: ctx.requestId,
        entity_type: 'CatalogCategory',
        before: null,
      });
      expect(catRows[0]!.after).toMatchObject({ id: cat.id, name: cat.name, parentId: parent.id });
      expect(catRows[1]!.before).toMatchObject({ name: cat.name });
      expect(catRows[1]!.after).toMatchObject({ name: renamed.name });

      const itemRows = await auditOf(item.id);
      expect(itemRows.map((r) => r.action)).toEqual(['create', 'update', 'activate']);
      expect(itemRows[0]).toMatchObject({ actor_id: ctx.actor.id, entity_type: 'CatalogItem', before: null });
      expect(itemRows[0]!.after).toMatchObject({ sku: item.sku, status: 'DRAFT' });
      expect(itemRows[1]!.before).toMatchObject({ name: 'Роутер Keenetic Giga', status: 'DRAFT' });
      expect(itemRows[1]!.after).toMatchObject({ name: 'Роутер Keenetic Giga KN-1010', status: 'DRAFT' });
      expect(itemRows[2]!.before).toMatchObject({ status: 'DRAFT' });
      expect(itemRows[2]!.after).toMatchObject({ status: 'ACTIVE' });
    });

    it('records a move of a category with the old and new parent', async () => {
      const from = await newCategory(ctx);
      const to = await newCategory(ctx);
      const cat = await newCategory(ctx, { parentId: from.id });
      await updateCategory(ctx, { id: cat.id, parentId: to.id });
      const rows = await auditOf(cat.id);
      expect(rows.map((r) => r.action)).toEqual(['create', 'move']);
      expect(rows[1]!.before).toMatchObject({ parentId: from.id });
      expect(rows[1]!.after).toMatchObject({ parentId: to.id });
    });

    it('leaves no audit row for a create refused as a duplicate SKU', async () => {
      const existing = await createItem(ctx, itemInput(category.id));
      const before = await auditCount();
      const payload = await toPayload('item', () =>
        createItem(ctx, itemInput(category.id, { sku: existing.sku.toLowerCase() })),
      );
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.DUPLICATE_SKU, field: ['input', 'sku'] }),
      ]);
      expect(await auditCount()).toBe(before);
    });

    it('leaves no audit row for an update refused as a duplicate SKU', async () => {
      const a = await createItem(ctx, itemInput(category.id));
      const b = await createItem(ctx, itemInput(category.id));
      const before = await auditCount();
      const payload = await toPayload('item', () => updateItem(ctx, { id: b.id, sku: a.sku }));
      expect(payload.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.DUPLICATE_SKU]);
      expect(await auditCount()).toBe(before);
      expect(await auditOf(b.id)).toHaveLength(1);
    });

    it('leaves no item, audit row or event when the surrounding transaction rolls back', async () => {
      const input = itemInput(category.id);
      let createdId = '';
      await expect(
        withTransaction(ctx, async (tx) => {
          const item = await createItem(ctx.inTransaction(tx), input);
          createdId = item.id;
          throw new Error('the caller changed its mind');
        }),
      ).rejects.toThrow('the caller changed its mind');
      expect(createdId).not.toBe('');
      expect(await itemsWithSku(input.sku)).toBe(0);
      expect(await auditOf(createdId)).toHaveLength(0);
      expect(await itemEvents(createdId)).toHaveLength(0);
    });

    it('refuses to update or delete audit rows', async () => {
      const item = await createItem(ctx, itemInput(category.id));
      const [row] = await auditOf(item.id);
      await expect(
        h.database.sql`update catalog.audit_log set action = 'forged' where id = ${row!.id}`,
      ).rejects.toThrow(/append-only/);
      await expect(h.database.sql`delete from catalog.audit_log where id = ${row!.id}`).rejects.toThrow(
        /append-only/,
      );
      const after = await auditOf(item.id);
      expect(after).toHaveLength(1);
      expect(after[0]!.action).toBe('create');
    });

    it('returns an item’s audit trail newest first', async () => {
      const item = await createItem(ctx, itemInput(category.id));
      await activateItem(ctx, { id: item.id });
      await discontinueItem(ctx, { id: item.id });
      const res = await execute(
        `query($id: ID!) { catalogItem(id: $id) { auditTrail { action actorId after } } }`,
        { id: item.id },
      );
      expect(res.errors).toBeUndefined();
      const trail = res.data?.catalogItem.auditTrail as { action: string; actorId: string; after: any }[];
      expect(trail.map((e) => [e.action, e.after.status])).toEqual([
        ['discontinue', 'DISCONTINUED'],
        ['activate', 'ACTIVE'],
        ['create', 'DRAFT'],
      ]);
      expect(trail.every((e) => e.actorId === ctx.actor.id)).toBe(true);
    });
  });

  describe('events', () => {
    it('publishes catalog.item.changed in the same transaction as the created item', async () => {
      let seenBeforeCommit = -1;
      const item = await withTransaction(ctx, async (tx) => {
        const created = await createItem(ctx.inTransaction(tx), itemInput(category.id));
        // Another connection must not see the event before the change commits.
        seenBeforeCommit = (await itemEvents(created.id)).length;
        return created;
      });
      expect(seenBeforeCommit).toBe(0);
      const jobs = await itemEvents(item.id);
      expect(jobs.map((j) => j.data)).toEqual([{ id: item.id, change: 'created' }]);
    });

    it('publishes catalog.item.changed when an item is updated', async () => {
      const item = await createItem(ctx, itemInput(category.id));
      await updateItem(ctx, { id: item.id, name: 'Renamed' });
      const jobs = await itemEvents(item.id);
      expect(jobs.map((j) => j.data.change).sort()).toEqual(['created', 'updated']);
    });

    it('publishes nothing for a create that fails', async () => {
      const existing = await createItem(ctx, itemInput(category.id));
      const jobsBefore = (
        await h.database.sql`select count(*) as n from pgboss.job where name = ${CatalogEvent.ITEM_CHANGED}`
      )[0]!.n;
      await toPayload('item', () => createItem(ctx, itemInput(category.id, { sku: existing.sku })));
      const jobsAfter = (
        await h.database.sql`select count(*) as n from pgboss.job where name = ${CatalogEvent.ITEM_CHANGED}`
      )[0]!.n;
      expect(jobsAfter).toBe(jobsBefore);
    });
  });

  describe('_entities', () => {
    const ENTITIES = `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on CatalogItem { id sku category { id } }
        ... on CatalogCategory { id name }
      }
    }`;

    it('resolves CatalogItem representations in order, null for unknown ids, in one SQL statement', async () => {
      const made: ItemRow[] = [];
      for (let i = 0; i < 3; i++) made.push(await createItem(ctx, itemInput(category.id)));
      const unknown = randomUUID();
      const ids = [made[2]!.id, unknown, made[0]!.id, made[1]!.id];
      const start = h.database.stats.statements;
      const res = await execute(ENTITIES, {
        representations: ids.map((id) => ({ __typename: 'CatalogItem', id })),
      });
      const statements = h.database.stats.statements - start;
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities.map((e: any) => e?.id ?? null)).toEqual([
        made[2]!.id,
        null,
        made[0]!.id,
        made[1]!.id,
      ]);
      expect(res.data?._entities[0].sku).toBe(made[2]!.sku);
      // One statement for the items, one for their (shared) category.
      expect(statements).toBe(2);
    });

    it('resolves only the items themselves in one SQL statement', async () => {
      const made: ItemRow[] = [];
      for (let i = 0; i < 4; i++) made.push(await createItem(ctx, itemInput(category.id)));
      const start = h.database.stats.statements;
      const res = await execute(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on CatalogItem { id sku } } }`,
        { r: made.map((m) => ({ __typename: 'CatalogItem', id: m.id })) },
      );
      expect(h.database.stats.statements - start).toBe(1);
      expect(res.data?._entities.map((e: any) => e.sku)).toEqual(made.map((m) => m.sku));
    });

    it('resolves CatalogCategory representations in order, null for unknown ids, in one SQL statement', async () => {
      const cats: CategoryRow[] = [];
      for (let i = 0; i < 3; i++) cats.push(await newCategory(ctx));
      const ids = [cats[1]!.id, cats[0]!.id, randomUUID(), cats[2]!.id];
      const start = h.database.stats.statements;
      const res = await execute(ENTITIES, {
        representations: ids.map((id) => ({ __typename: 'CatalogCategory', id })),
      });
      expect(h.database.stats.statements - start).toBe(1);
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        { __typename: 'CatalogCategory', id: cats[1]!.id, name: cats[1]!.name },
        { __typename: 'CatalogCategory', id: cats[0]!.id, name: cats[0]!.name },
        null,
        { __typename: 'CatalogCategory', id: cats[2]!.id, name: cats[2]!.name },
      ]);
    });

    it('answers null, not a fault, for a representation whose id is not a UUID', async () => {
      const item = await createItem(ctx, itemInput(category.id));
      const res = await execute(ENTITIES, {
        representations: [
          { __typename: 'CatalogItem', id: 'not-a-uuid' },
          { __typename: 'CatalogItem', id: item.id },
        ],
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities.map((e: any) => e?.id ?? null)).toEqual([null, item.id]);
    });

    it('refuses entities to a caller without the catalog:read scope', async () => {
      const item = await createItem(ctx, itemInput(category.id));
      const res = await execute(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on CatalogItem { sku } } }`,
        { r: [{ __typename: 'CatalogItem', id: item.id }] },
        Object.assign(h.context(), { actor: { id: 'stranger', roles: [], scopes: [] } }),
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(res.data)).not.toContain(item.sku);
    });
  });

  describe('pagination of catalogItems', () => {
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: CatalogItemFilter, $orderBy: CatalogItemOrderBy) {
      catalogItems(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
        totalCount
        nodes { sku }
        edges { cursor node { sku } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const COUNT = 13;
    let shelf: CategoryRow;
    /** SKUs in creation order. */
    const created: string[] = [];

    beforeAll(async () => {
      shelf = await newCategory(ctx, { name: 'Сплиттеры' });
      // Names run against SKUs so every ordering differs from the others.
      const order = [7, 2, 11, 0, 5, 9, 12, 3, 1, 8, 6, 10, 4];
      for (const n of order) {
        const sku = `SPL-${String(n).padStart(2, '0')}`;
        await createItem(
          ctx,
          itemInput(shelf.id, { sku, name: `Splitter ${String(12 - n).padStart(2, '0')}` }),
        );
        created.push(sku);
      }
    });

    type Page = {
      totalCount: number;
      nodes: { sku: string }[];
      edges: { cursor: string; node: { sku: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };

    async function page(vars: Record<string, unknown>): Promise<Page> {
      const res = await execute(PAGE, { filter: { categoryId: shelf.id }, ...vars });
      expect(res.errors).toBeUndefined();
      return res.data!.catalogItems as Page;
    }

    async function walkForward(size: number, orderBy?: object): Promise<string[]> {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; ; i++) {
        const p = await page({ first: size, after, orderBy });
        expect(p.totalCount).toBe(COUNT);
        expect(p.nodes.map((n) => n.sku)).toEqual(p.edges.map((e) => e.node.sku));
        expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
        expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
        expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
        seen.push(...p.nodes.map((n) => n.sku));
        if (!p.pageInfo.hasNextPage) break;
        expect(p.nodes).toHaveLength(size);
        after = p.pageInfo.endCursor;
        expect(i).toBeLessThan(COUNT);
      }
      return seen;
    }

    async function walkBackward(size: number, orderBy?: object): Promise<string[]> {
      const seen: string[] = [];
      let before: string | null = null;
      for (let i = 0; ; i++) {
        const p = await page({ last: size, before, orderBy });
        expect(p.totalCount).toBe(COUNT);
        expect(p.pageInfo.hasNextPage).toBe(i > 0);
        seen.unshift(...p.nodes.map((n) => n.sku));
        if (!p.pageInfo.hasPreviousPage) break;
        expect(p.nodes).toHaveLength(size);
        before = p.pageInfo.startCursor;
        expect(i).toBeLessThan(COUNT);
      }
      return seen;
    }

    const skus = () => created.map((s) => s);
    const bySkuAsc = () => skus().sort();
    const byNameAsc = () => bySkuAsc().reverse(); // names are `Splitter <12 - n>`

    it('visits every item once in name order, forward and backward', async () => {
      expect(await walkForward(5)).toEqual(byNameAsc());
      expect(await walkBackward(5)).toEqual(byNameAsc());
    });

    it('visits every item once ordered by SKU descending, forward and backward', async () => {
      const orderBy = { field: 'SKU', direction: 'DESC' };
      expect(await walkForward(4, orderBy)).toEqual(bySkuAsc().reverse());
      expect(await walkBackward(4, orderBy)).toEqual(bySkuAsc().reverse());
    });

    it('visits every item once in creation order, both directions of travel and of order', async () => {
      const asc = { field: 'CREATED_AT', direction: 'ASC' };
      const desc = { field: 'CREATED_AT', direction: 'DESC' };
      expect(await walkForward(3, asc)).toEqual(created);
      expect(await walkBackward(3, asc)).toEqual(created);
      expect(await walkForward(3, desc)).toEqual([...created].reverse());
      expect(await walkBackward(3, desc)).toEqual([...created].reverse());
    });

    it('counts the whole list on an empty page past the end, and none when nothing matches', async () => {
      const all = await page({ first: COUNT });
      const past = await page({ first: 5, after: all.pageInfo.endCursor });
      expect(past.nodes).toEqual([]);
      expect(past.totalCount).toBe(COUNT);
      const none = await page({ first: 5, filter: { categoryId: shelf.id, search: 'nothing-like-this' } });
      expect(none).toMatchObject({ nodes: [], totalCount: 0 });
    });

    it('pages from the middle: after one cursor and before another', async () => {
      const all = await page({ first: COUNT });
      const middle = await page({ first: 3, after: all.edges[4]!.cursor });
      expect(middle.nodes.map((n) => n.sku)).toEqual(all.nodes.slice(5, 8).map((n) => n.sku));
      expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const back = await page({ last: 3, before: all.edges[4]!.cursor });
      expect(back.nodes.map((n) => n.sku)).toEqual(all.nodes.slice(1, 4).map((n) => n.sku));
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it('refuses a page larger than 100 as BAD_USER_INPUT', async () => {
      const res = await execute(PAGE, { first: 101 });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a garbage cursor as BAD_USER_INPUT', async () => {
      for (const after of ['garbage', encodeCursor(['x']), encodeCursor(['Splitter', 'not-a-uuid'])]) {
        const res = await execute(PAGE, { first: 5, after });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      const res = await execute(PAGE, {
        first: 5,
        after: encodeCursor(['yesterday', randomUUID()]),
        orderBy: { field: 'CREATED_AT', direction: 'ASC' },
      });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });
});

// ---- through the gateway -------------------------------------------------------------------------

describe('catalog through the gateway', () => {
  const g: GraphHarness = useGraph();
  let categoryId = '';

  const CREATE = `mutation($input: CreateCatalogItemInput!) {
    createCatalogItem(input: $input) { item { id sku name } userErrors { code field message } }
  }`;

  const catalogSql = () => g.graph.subgraphs.get('catalog')!.database.sql;
  const itemsWithSku = async (sku: string) =>
    Number((await catalogSql()`select count(*) as n from catalog.items where sku = ${sku}`)[0]!.n);
  const auditFor = async (sku: string) =>
    Number(
      (
        await catalogSql()`select count(*) as n from catalog.audit_log a
          join catalog.items i on i.id = a.entity_id where i.sku = ${sku}`
      )[0]!.n,
    );

  beforeAll(async () => {
    const { body } = await g.request(
      `mutation { createCatalogCategory(input: { name: "Коммутаторы" }) { category { id } userErrors { code } } }`,
      { role: 'CATALOG_MANAGER' },
    );
    categoryId = body.data!.createCatalogCategory.category.id;
  });

  const create = (input: object) =>
    g.request(CREATE, { variables: { input }, role: 'CATALOG_MANAGER' }).then(({ body }) => {
      expect(body.errors).toBeUndefined();
      return body.data!.createCatalogItem as { item: { id: string } | null; userErrors: { code: string }[] };
    });

  it('replays createCatalogItem sent twice with the same idempotency key', async () => {
    const input = { ...itemInput(categoryId, { sku: unique('SW-S2326TP') }), idempotencyKey: randomUUID() };
    const first = await create(input);
    const second = await create(input);
    expect(first.userErrors).toEqual([]);
    expect(second.userErrors).toEqual([]);
    expect(second.item?.id).toBe(first.item?.id);
    expect(await itemsWithSku(input.sku)).toBe(1);
    expect(await auditFor(input.sku)).toBe(1);
  });

  it('answers IDEMPOTENCY_KEY_REUSED for the same key with other input and writes nothing', async () => {
    const key = randomUUID();
    await create({ ...itemInput(categoryId), idempotencyKey: key });
    const other = { ...itemInput(categoryId), idempotencyKey: key };
    const result = await create(other);
    expect(result.item).toBeNull();
    expect(result.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await itemsWithSku(other.sku)).toBe(0);
  });

  it('creates one item when two requests with the same key arrive together', async () => {
    const input = { ...itemInput(categoryId), idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([create(input), create(input)]);
    expect(a.item?.id).toBeDefined();
    expect(b.item?.id).toBe(a.item?.id);
    expect(await itemsWithSku(input.sku)).toBe(1);
    expect(await auditFor(input.sku)).toBe(1);
  });
});
