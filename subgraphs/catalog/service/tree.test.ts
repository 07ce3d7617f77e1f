import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import { buildSchema } from '../../shared/subgraph.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { catalog } from '../index.ts';
import { archiveCategory } from './archive-category.ts';
import { createCategory } from './create-category.ts';
import { restoreCategory } from './restore-category.ts';
import { updateCategory } from './update-category.ts';

describe('the category tree', () => {
  const h = useServiceHarness(catalog);
  const server = new ApolloServer<CatalogContext>({
    schema: buildSchema(catalog),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  let ctx: CatalogContext;

  beforeAll(async () => {
    await server.start();
    ctx = h.context('CATALOG_MANAGER');
  });
  afterAll(async () => {
    await server.stop();
  });

  // ---- factories and readers ----

  const make = (name: string, parent?: CategoryRow) =>
    createCategory(ctx, { name, ...(parent ? { parentId: parent.id } : {}) });
  const tag = () => randomUUID().slice(0, 6);
  const move = (category: CategoryRow, under: CategoryRow | null) =>
    toPayload('category', () =>
      updateCategory(
        ctx,
        under ? { id: category.id, parentId: under.id } : { id: category.id, moveToRoot: true },
      ),
    );

  const allCategories = () =>
    h.database.sql<{ id: string; parent_id: string | null; name: string; path: string; depth: number }[]>`
      select id, parent_id, name, path, depth from catalog.categories order by id`;
  const auditRows = async () =>
    Number((await h.database.sql`select count(*) as n from catalog.audit_log`)[0]!.n);

  /** Every category's path is its parent's path plus its own id, its depth one more: no cycle, no drift. */
  async function expectTreeConsistent() {
    const rows = await allCategories();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      const parent = row.parent_id ? byId.get(row.parent_id) : null;
      if (row.parent_id) expect(parent, `parent of ${row.name}`).toBeDefined();
      expect(row.path, `path of ${row.name}`).toBe(`${parent?.path ?? '/'}${row.id}/`);
      expect(row.depth, `depth of ${row.name}`).toBe(parent ? parent.depth + 1 : 0);
      const chain = row.path.split('/').filter(Boolean);
      expect(new Set(chain).size, `ancestors of ${row.name} repeat`).toBe(chain.length);
    }
  }

  async function breadcrumbs(category: CategoryRow): Promise<{ names: string[]; depth: number }> {
    const res = await server.executeOperation(
      {
        query: 'query($id: ID!) { catalogCategory(id: $id) { depth breadcrumbs { name depth } } }',
        variables: { id: category.id },
      },
      { contextValue: h.context() },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const node = res.body.singleResult.data?.catalogCategory as {
      depth: number;
      breadcrumbs: { name: string; depth: number }[];
    };
    // Each crumb sits one level below the one before it.
    expect(node.breadcrumbs.map((b) => b.depth)).toEqual(node.breadcrumbs.map((_, i) => i));
    return { names: node.breadcrumbs.map((b) => b.name), depth: node.depth };
  }

  // ---- behaviour ----

  it('moves a subtree with every descendant’s breadcrumbs and depth', async () => {
    const t = tag();
    const equipment = await make(`Оборудование ${t}`);
    const subscriber = await make('Абонентское оборудование', equipment);
    const ont = await make('ONT', subscriber);
    const gpon = await make('GPON', ont);
    const routers = await make('Wi-Fi роутеры', subscriber);
    const network = await make(`Сетевое оборудование ${t}`);
    const access = await make('Доступ', network);

    const moved = await move(subscriber, access);
    expect(moved.userErrors).toEqual([]);
    expect(moved.category).toMatchObject({ parentId: access.id, depth: 2 });

    expect(await breadcrumbs(gpon)).toEqual({
      names: [`Сетевое оборудование ${t}`, 'Доступ', 'Абонентское оборудование', 'ONT', 'GPON'],
      depth: 4,
    });
    expect(await breadcrumbs(routers)).toEqual({
      names: [`Сетевое оборудование ${t}`, 'Доступ', 'Абонентское оборудование', 'Wi-Fi роутеры'],
      depth: 3,
    });
    expect(await breadcrumbs(equipment)).toEqual({ names: [`Оборудование ${t}`], depth: 0 });
    await expectTreeConsistent();

    // And up again: the subtree to the root.
    expect((await move(ont, null)).userErrors).toEqual([]);
    expect(await breadcrumbs(gpon)).toEqual({ names: ['ONT', 'GPON'], depth: 1 });
    expect(await breadcrumbs(routers)).toEqual({
      names: [`Сетевое оборудование ${t}`, 'Доступ', 'Абонентское оборудование', 'Wi-Fi роутеры'],
      depth: 3,
    });
    await expectTreeConsistent();
  });

  it('refuses to move a category under its own descendant or itself, and changes nothing', async () => {
    const top = await make(`Материалы ${tag()}`);
    const cable = await make('Кабель', top);
    const fibre = await make('Оптический', cable);
    const drop = await make('Дроп', fibre);
    const treeBefore = await allCategories();
    const auditBefore = await auditRows();

    for (const [category, under] of [
      [top, drop],
      [cable, fibre],
      [cable, cable],
    ] as const) {
      const result = await move(category, under);
      expect(result.category).toBeNull();
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.CATEGORY_CYCLE, field: ['input', 'parentId'] }),
      ]);
    }

    expect(await allCategories()).toEqual(treeBefore);
    expect(await auditRows()).toBe(auditBefore);
  });

  it('never produces a cycle from two concurrent opposite moves', async () => {
    for (let round = 0; round < 5; round++) {
      const parent = await make(`Pair ${tag()}`);
      const a = await make('A', parent);
      const b = await make('B', parent);
      const results = await Promise.all([
        toPayload('category', () =>
          updateCategory(h.context('CATALOG_MANAGER'), { id: a.id, parentId: b.id }),
        ),
        toPayload('category', () =>
          updateCategory(h.context('CATALOG_MANAGER'), { id: b.id, parentId: a.id }),
        ),
      ]);
      const codes = results.map((r) => r.userErrors.map((e) => e.code));
      // One move wins; the other sees the winner's result and is refused as a cycle.
      expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
      expect(codes.filter((c) => c[0] === CatalogErrorCode.CATEGORY_CYCLE)).toHaveLength(1);
      await expectTreeConsistent();
    }
  });

  it('keeps sibling names unique, case-insensitively, for creates, renames and moves', async () => {
    const t = tag();
    const olt = await make(`OLT ${t}`);
    const switches = await make(`Коммутаторы ${t}`);
    await make('Huawei', olt);

    const sameName = await toPayload('category', () =>
      createCategory(ctx, { name: 'huawei', parentId: olt.id }),
    );
    expect(sameName.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.DUPLICATE, field: ['input', 'name'] }),
    ]);
    const twinRoot = await toPayload('category', () => createCategory(ctx, { name: `olt ${t}` }));
    expect(twinRoot.userErrors.map((e) => e.code)).toEqual([ErrorCode.DUPLICATE]);

    // The same name under another parent is fine.
    const elsewhere = await toPayload('category', () =>
      createCategory(ctx, { name: 'Huawei', parentId: switches.id }),
    );
    expect(elsewhere.userErrors).toEqual([]);
    const zte = await make('ZTE', olt);

    const rename = await toPayload('category', () => updateCategory(ctx, { id: zte.id, name: 'HUAWEI' }));
    expect(rename.userErrors.map((e) => e.code)).toEqual([ErrorCode.DUPLICATE]);

    const treeBefore = await allCategories();
    const moveInto = await move(elsewhere.category!, olt);
    expect(moveInto.userErrors.map((e) => e.code)).toEqual([ErrorCode.DUPLICATE]);
    expect(await allCategories()).toEqual(treeBefore);
  });

  it('answers NOT_FOUND on input.parentId for a parent that does not exist, and writes nothing', async () => {
    const missing = randomUUID();
    const treeBefore = await allCategories();
    const auditBefore = await auditRows();

    const created = await toPayload('category', () =>
      createCategory(ctx, { name: `Orphan ${tag()}`, parentId: missing }),
    );
    expect(created.category).toBeNull();
    expect(created.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'parentId'] }),
    ]);

    const lonely = await make(`Lonely ${tag()}`);
    const moved = await toPayload('category', () =>
      updateCategory(ctx, { id: lonely.id, parentId: missing }),
    );
    expect(moved.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'parentId'] }),
    ]);

    const after = await allCategories();
    expect(after.filter((r) => r.id !== lonely.id)).toEqual(treeBefore);
    expect(after.find((r) => r.id === lonely.id)).toMatchObject({ parent_id: null, depth: 0 });
    expect(await auditRows()).toBe(auditBefore + 1); // only the create of `lonely`
  });

  it('archives and restores a subtree once: doing either again writes nothing and answers it as it is', async () => {
    const top = await make(`Архив ${tag()}`);
    const below = await make(`Ниже ${tag()}`, top);
    const stored = async () =>
      h.database.sql<{ id: string; status: string; updated_at: string }[]>`
        select id, status, updated_at from catalog.categories where id in (${top.id}, ${below.id})
        order by depth`;
    const changes = async () =>
      (
        await h.database.sql`select data from pgboss.job
          where name = ${CatalogEvent.CATEGORY_CHANGED} and data->>'id' = ${top.id} order by created_on`
      ).map((j) => j.data.change);
    const firstChanges = await changes();

    for (const [verb, status, change] of [
      [archiveCategory, 'ARCHIVED', 'archived'],
      [restoreCategory, 'ACTIVE', 'restored'],
    ] as const) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const done = await toPayload('category', () => verb(ctx, { id: top.id }));
      expect(done.userErrors).toEqual([]);
      const rows = await stored();
      expect(rows.map((r) => r.status)).toEqual([status, status]);
      // The answer is the row as stored, its updatedAt the change's.
      expect(done.category).toMatchObject({ id: top.id, status, updatedAt: new Date(rows[0]!.updated_at) });
      expect(done.category!.updatedAt.getTime()).toBeGreaterThan(top.updatedAt.getTime());

      const audit = await auditRows();
      const events = await changes();
      expect(events.at(-1)).toBe(change);
      const again = await toPayload('category', () => verb(ctx, { id: top.id }));
      expect(again.userErrors).toEqual([]);
      expect(again.category).toMatchObject({ id: top.id, status, updatedAt: new Date(rows[0]!.updated_at) });
      expect(await stored()).toEqual(rows);
      expect(await auditRows()).toBe(audit);
      expect(await changes()).toEqual(events);
    }
    expect(await changes()).toEqual([...firstChanges, 'archived', 'restored']);
  });
});
