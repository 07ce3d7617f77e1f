import { beforeAll, describe, expect, it } from 'vitest';
import { useGraph } from '../helpers.ts';

/**
 * Query-count baselines (NetBox's lesson): a list query costs a pinned number of SQL statements in the
 * catalog subgraph whatever its page size. A count that grows with the page is an N+1 in a resolver or
 * a loader; a count above the baseline is a regression. Change a baseline only on purpose, with the
 * reason in the commit.
 */

/**
 * Categories with parent, items (page, total, each item's category) and children: the page of
 * categories, their parents, the item pages, the item counts, the children, the items' categories.
 */
const CATEGORY_TREE_STATEMENTS = 6;

/** Items with their category and its parent: the page of items, their categories, the parents. */
const ITEMS_WITH_CATEGORY_STATEMENTS = 3;

const CATEGORIES = `query($first: Int!) {
  catalogCategories(first: $first) {
    nodes {
      name
      parent { name }
      items(first: 5) { totalCount nodes { sku category { name } } }
      children { name }
    }
  }
}`;

const ITEMS = `query($first: Int!) {
  catalogItems(first: $first) {
    nodes { sku category { name parent { name } } }
  }
}`;

// 6 roots with 5 children each, 3 items in every category. Names and SKUs sort every child (and its
// items) before any root, so no page of up to 30 holds a row that is also another row's parent: a
// request's loader cache, which can only save statements, never hides one, and every page size costs
// exactly the baseline.
const ROOTS = 6;
const CHILDREN_PER_ROOT = 5;
const ITEMS_PER_CATEGORY = 3;

describe('catalog query counts through the gateway', () => {
  const g = useGraph();

  async function mutate(query: string, input: Record<string, unknown>): Promise<any> {
    const { body } = await g.request(query, { variables: { input }, role: 'CATALOG_MANAGER' });
    expect(body.errors).toBeUndefined();
    const payload = Object.values(body.data ?? {})[0] as { userErrors: unknown[] };
    expect(payload.userErrors).toEqual([]);
    return payload;
  }
  const createCategory = (name: string, parentId?: string) =>
    mutate(
      'mutation($input: CreateCatalogCategoryInput!) { createCatalogCategory(input: $input) { category { id } userErrors { code message } } }',
      { name, ...(parentId ? { parentId } : {}) },
    ).then((p) => p.category.id as string);
  const createItem = (categoryId: string, sku: string) =>
    mutate(
      'mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { item { id } userErrors { code message } } }',
      { sku, name: `Item ${sku}`, kind: 'GOODS', unit: 'PCS', categoryId, status: 'ACTIVE' },
    );

  beforeAll(async () => {
    const roots = await Promise.all(
      Array.from({ length: ROOTS }, (_, r) => createCategory(`Root ${String(r).padStart(2, '0')}`)),
    );
    const children = await Promise.all(
      roots.flatMap((rootId, r) =>
        Array.from({ length: CHILDREN_PER_ROOT }, (_, c) =>
          createCategory(`Child ${String(r).padStart(2, '0')}.${c}`, rootId),
        ),
      ),
    );
    const owners = [
      ...children.map((id, n) => ({ id, tag: 'QC', n })),
      ...roots.map((id, n) => ({ id, tag: 'QR', n })),
    ];
    await Promise.all(
      owners.flatMap(({ id, tag, n }) =>
        // `QC-<k>-<child>`: the first page of items takes one item from each of many categories.
        Array.from({ length: ITEMS_PER_CATEGORY }, (_, k) =>
          createItem(id, `${tag}-${k}-${String(n).padStart(2, '0')}`),
        ),
      ),
    );
  });

  /** Statements the catalog subgraph sent while the gateway answered `query`. */
  async function statementsFor(query: string, first: number) {
    const stats = g.graph.subgraphs.get('catalog')!.database.stats;
    const before = stats.statements;
    const { status, body } = await g.request(query, { variables: { first } });
    const statements = stats.statements - before;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return { statements, data: body.data! };
  }

  it('answers categories with parents, item pages and children in a constant number of statements', async () => {
    const counts: number[] = [];
    for (const first of [2, 10, 30]) {
      const { statements, data } = await statementsFor(CATEGORIES, first);
      const nodes = data.catalogCategories.nodes as any[];
      expect(nodes).toHaveLength(first);
      for (const node of nodes) {
        expect(node.items.totalCount).toBe(ITEMS_PER_CATEGORY);
        expect(node.items.nodes).toHaveLength(ITEMS_PER_CATEGORY);
        for (const item of node.items.nodes) expect(item.category.name).toBe(node.name);
        expect(node.name).toMatch(/^Child /);
        expect(node.parent.name).toBe(`Root ${node.name.slice(6, 8)}`);
        expect(node.children).toEqual([]);
      }
      counts.push(statements);
    }
    expect(counts).toEqual([CATEGORY_TREE_STATEMENTS, CATEGORY_TREE_STATEMENTS, CATEGORY_TREE_STATEMENTS]);
  });

  it('answers items with their category and its parent in a constant number of statements', async () => {
    const counts: number[] = [];
    for (const first of [2, 10, 30]) {
      const { statements, data } = await statementsFor(ITEMS, first);
      const nodes = data.catalogItems.nodes as any[];
      expect(nodes).toHaveLength(first);
      for (const node of nodes) {
        expect(node.category.name).toMatch(/^Child /);
        expect(node.category.parent.name).toBe(`Root ${node.category.name.slice(6, 8)}`);
      }
      // The page spans many categories and parents, so a per-item lookup would show.
      expect(new Set(nodes.map((n) => n.category.name)).size).toBe(first);
      counts.push(statements);
    }
    expect(counts).toEqual([
      ITEMS_WITH_CATEGORY_STATEMENTS,
      ITEMS_WITH_CATEGORY_STATEMENTS,
      ITEMS_WITH_CATEGORY_STATEMENTS,
    ]);
  });
});
