/**
 * Attack suite, faults and bad input: every input a client can send is at worst a 400 or a
 * BAD_USER_INPUT naming the field — never a fault of the database or the gateway — and nothing is
 * written after the client was told a write failed.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type GraphHarness, rawRequest, useGraph } from '../helpers.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Sends an operation and expects a client error (no fault): BAD_USER_INPUT with the field, or a 400. */
async function expectRefused(
  g: GraphHarness,
  query: string,
  variables: Record<string, unknown> | undefined,
  field?: string[],
) {
  const res = await g.request(query, variables ? { variables } : {});
  const text = JSON.stringify(res.body);
  expect(res.status, text).not.toBe(500);
  expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|SUBGRAPH_ERROR/);
  const error = res.body.errors?.[0];
  expect(error?.extensions?.code, text).toBe('BAD_USER_INPUT');
  if (field) expect(error?.extensions?.field, text).toEqual(field);
  return res;
}

describe('bad input', () => {
  const g = useGraph({ seed: true });
  let itemId: string;
  let categoryId: string;

  beforeAll(async () => {
    const { body } = await g.request(
      '{ catalogItems(first: 1, filter: { kind: GOODS }) { nodes { id category { id } } } }',
    );
    itemId = body.data?.catalogItems.nodes[0].id;
    categoryId = body.data?.catalogItems.nodes[0].category.id;
  });

  const CREATE_ITEM = `mutation($input: CreateCatalogItemInput!) {
    createCatalogItem(input: $input) { item { id } userErrors { code field } } }`;
  const itemInput = (over: Record<string, unknown> = {}) => ({
    sku: `NUL-${randomUUID().slice(0, 8)}`,
    name: 'Item',
    kind: 'GOODS',
    unitCode: '796',
    categoryId,
    ...over,
  });

  it.each([
    ['a name', { name: 'bad\u0000name' }, ['input', 'name']],
    ['a SKU', { sku: 'SKU\u0000X' }, ['input', 'sku']],
    ['a barcode', { barcodes: [{ code: '46\u00000' }] }, ['input', 'barcodes', '0', 'code']],
    ['an idempotency key', { idempotencyKey: 'k\u0000' }, ['input', 'idempotencyKey']],
    ['a characteristic', { characteristics: { a: 'x\u0000' } }, ['input', 'characteristics']],
  ])('refuses a null byte in %s and writes nothing', async (_name, over, field) => {
    const input = itemInput(over);
    await expectRefused(g, CREATE_ITEM, { input }, field);
    const rows = await g.graph.subgraphs.get('catalog')!.database.sql`
      select 1 from catalog.items where name = ${String(input.name).replace('\u0000', '')}
        and sku = ${String(input.sku).replace('\u0000', '')}`;
    expect(rows).toHaveLength(0);
  });

  it('refuses a null byte in a search and in a CSV cell', async () => {
    await expectRefused(
      g,
      'query($s: String) { catalogItems(first: 1, filter: { search: $s }) { totalCount } }',
      { s: 'a\u0000' },
      ['filter', 'search'],
    );
    await expectRefused(
      g,
      'mutation($csv: String!) { importCatalogItemsCsv(input: { csv: $csv }) { created userErrors { code } } }',
      { csv: 'sku,name,kind,categoryPath,unit\nX\u0000,N,GOODS,A,PCS\n' },
      ['input', 'csv'],
    );
  });

  it.each([
    ['a number where a name sorts', 'catalogItems(first: 2, after: $c)', [1, randomUUID()]],
    ['a nested array where a name sorts', 'catalogItems(first: 2, after: $c)', [['a'], randomUUID()]],
    ['no id', 'catalogItems(first: 2, after: $c)', ['a', 'not-an-id']],
    [
      'a text where a rank sorts',
      'catalogItems(first: 2, after: $c, filter: { search: "кабель оптический" })',
      ['x', randomUUID()],
    ],
    [
      'a text where a moment sorts',
      'catalogItems(first: 2, after: $c, orderBy: { field: CREATED_AT })',
      ['x', randomUUID()],
    ],
    [
      'a zero where a moment sorts',
      'catalogItems(first: 2, after: $c, orderBy: { field: UPDATED_AT })',
      [0, randomUUID()],
    ],
    ['a text where a day sorts', 'certificates(first: 2, after: $c)', ['x', randomUUID()]],
    ['a number where a day sorts', 'certificates(first: 2, after: $c)', [1, randomUUID()]],
    ['a text where a moment sorts (promotions)', 'promotions(first: 2, after: $c)', ['x', randomUUID()]],
    ['not JSON', 'catalogItems(first: 2, after: $c)', 'garbage'],
  ])('refuses a forged cursor holding %s', async (_name, field, value) => {
    const cursor = typeof value === 'string' ? value : b64(value);
    await expectRefused(g, `query($c: String) { ${field} { totalCount } }`, { c: cursor }, ['after']);
  });

  it.each(['-000001-01-01T00:00:00Z', '+200000-01-01T00:00:00Z', 'x', '2025-13-01T00:00:00Z'])(
    'refuses the moment %s',
    async (at) => {
      await expectRefused(
        g,
        'query($id: ID!, $at: DateTime) { catalogItem(id: $id) { price(at: $at) { amount } } }',
        { id: itemId, at },
      );
      const res = await g.request(
        `query($id: ID!) { catalogItem(id: $id) { price(at: "${at}") { amount } } }`,
        {
          variables: { id: itemId },
        },
      );
      expect(res.status).not.toBe(500);
      expect(res.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    },
  );

  it('refuses a day that does not exist', async () => {
    await expectRefused(
      g,
      `mutation($input: CreateCertificateInput!) { createCertificate(input: $input) { certificate { id } userErrors { code } } }`,
      {
        input: {
          type: 'OTHER',
          number: `C-${randomUUID()}`,
          issuer: 'X',
          validFrom: '2025-02-30',
          itemIds: [itemId],
        },
      },
      ['input', 'validFrom'],
    );
  });

  it('refuses a currency in lower case', async () => {
    await expectRefused(
      g,
      'query($id: ID!) { catalogItem(id: $id) { price(currency: "rub") { amount } } }',
      {
        id: itemId,
      },
      ['currency'],
    );
  });

  it.each([
    ['no lines', []],
    ['201 lines', Array.from({ length: 201 }, () => ({ itemId: randomUUID(), quantity: '1' }))],
  ])('refuses a quote with %s', async (_name, lines) => {
    await expectRefused(
      g,
      'query($input: QuoteInput!) { quote(input: $input) { total } }',
      { input: { lines } },
      ['input', 'lines'],
    );
  });

  it.each([
    [
      '1e999 as a literal',
      '{ quote(input: { lines: [{ itemId: "00000000-0000-0000-0000-000000000000", quantity: 1e999 }] }) { total } }',
    ],
    [
      '1e999 as a JSON number',
      'query($q: Quantity!) { quote(input: { lines: [{ itemId: "00000000-0000-0000-0000-000000000000", quantity: $q }] }) { total } }',
    ],
  ])('answers %s with 400, never a 500', async (_name, query) => {
    const res = await rawRequest(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.token('ADMIN')}` },
      body: query.includes('$q')
        ? `{"query":${JSON.stringify(query)},"variables":{"q":1e999}}`
        : JSON.stringify({ query }),
    });
    expect(res.status, res.text).toBe(400);
    expect(res.text).not.toMatch(/INTERNAL_SERVER_ERROR|Infinity/);
  });

  it('refuses a minimum quantity its column cannot hold', async () => {
    await expectRefused(
      g,
      `mutation($input: CreatePromotionInput!) { createPromotion(input: $input) { promotion { id } userErrors { code field } } }`,
      {
        input: {
          name: 'Huge',
          kind: 'PERCENTAGE',
          value: '5',
          scopeType: 'ALL',
          minQuantity: '1000000000000000',
        },
      },
      ['input', 'minQuantity'],
    );
  });

  it('refuses JSON nested thousands deep, in a filter and in characteristics, without a stack overflow', async () => {
    const deep = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const item = JSON.stringify(itemInput());
    for (const [query, variables] of [
      [
        'query($c: JSON) { catalogItems(first: 1, filter: { characteristics: $c }) { totalCount } }',
        `{"c":${deep}}`,
      ],
      [CREATE_ITEM, `{"input":${item.slice(0, -1)},"characteristics":${deep}}}`],
    ] as const) {
      const res = await rawRequest(g.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.token('ADMIN')}` },
        body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
      });
      expect(res.status, res.text).toBe(400);
      expect(res.json?.errors?.[0]?.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    }
    const literal = `{ catalogItems(first: 1, filter: { characteristics: ${'{ a: '.repeat(1500)}1${' }'.repeat(1500)} }) { totalCount } }`;
    const res = await g.request(literal);
    expect(res.status).not.toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR|SUBGRAPH_ERROR/);
  });

  it('passes ordinary client errors through with their own message', async () => {
    for (const [query, code, message] of [
      ['{ catalogItems(first: 1) { select } }', 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "select"/],
      ['query delete { __typename }', undefined, undefined],
    ] as const) {
      const res = await g.request(query, query.startsWith('query delete') ? { operationName: 'update' } : {});
      if (code) {
        expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
        expect(res.body.errors?.[0]?.message).toMatch(message);
      } else {
        expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
        expect(res.body.errors?.[0]?.message).toMatch(/update/);
      }
    }
  });

  it('passes a subgraph 400 with a GraphQL body through as that error', async () => {
    for (const query of [
      '{ catalogItems(first: 1) { nodes { price(at: "x") { amount } } } }',
      'mutation { setCatalogPrice(input: { itemId: "00000000-0000-0000-0000-000000000000", amount: "1.234" }) { userErrors { code } } }',
    ]) {
      const res = await g.request(query);
      expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR|SUBGRAPH_ERROR|400: 400/);
      expect(res.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
  });
});

describe('WebSocket connection parameters', () => {
  const g = useGraph();

  it('closes with 4400 and a fixed reason for an authorization that is not a string', async () => {
    const { code, reason } = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(g.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: { toString: 1 } } })),
      );
      socket.on('close', (c, r) => resolve({ code: c, reason: String(r) }));
    });
    expect(code).toBe(4400);
    expect(reason).not.toMatch(/convert|primitive|object/i);
  });
});

describe('CSV export', () => {
  const g = useGraph();

  it('neutralises cells that a spreadsheet would run as formulas, and reads them back as written', async () => {
    const { body } = await g.request(
      'mutation { createCatalogCategory(input: { name: "=HYPERLINK(\\"http://evil\\")" }) { category { id } userErrors { code } } }',
    );
    const categoryId = body.data?.createCatalogCategory.category.id;
    const names = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)'];
    for (const [i, name] of names.entries()) {
      const res = await g.request(
        'mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { userErrors { code } } }',
        {
          variables: {
            input: {
              sku: `FORMULA-${i}`,
              name,
              kind: 'GOODS',
              unitCode: '796',
              categoryId,
              description: '=1+1',
            },
          },
        },
      );
      expect(res.body.data?.createCatalogItem.userErrors).toEqual([]);
    }
    const csv = (await g.request('{ catalogItemsCsv }')).body.data?.catalogItemsCsv as string;
    for (const name of names) {
      expect(csv).toContain(`'${name.startsWith('=cmd') ? name.replaceAll('"', '""') : name}`);
    }
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const reimport = await g.request(
      'mutation($csv: String!) { importCatalogItemsCsv(input: { csv: $csv, dryRun: true }) { created updated errors { message } userErrors { code } } }',
      { variables: { csv } },
    );
    expect(reimport.body.data?.importCatalogItemsCsv).toMatchObject({
      created: 0,
      updated: names.length,
      errors: [],
    });
  });
});

describe('idempotent retries', () => {
  const g = useGraph({ seed: true });

  it('replays setCatalogPrice retried with the same key and input, even after its default start has passed', async () => {
    const { body } = await g.request('{ catalogItems(first: 1, filter: { kind: GOODS }) { nodes { id } } }');
    const input = {
      itemId: body.data?.catalogItems.nodes[0].id,
      amount: '123.45',
      idempotencyKey: randomUUID(),
    };
    const SET = `mutation($input: SetCatalogPriceInput!) { setCatalogPrice(input: $input) { price { id validFrom } userErrors { code } } }`;
    const first = await g.request(SET, { variables: { input } });
    expect(first.body.data?.setCatalogPrice.userErrors).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await g.request(SET, { variables: { input } });
    expect(second.body.data?.setCatalogPrice.userErrors).toEqual([]);
    expect(second.body.data?.setCatalogPrice.price.id).toBe(first.body.data?.setCatalogPrice.price.id);
  });
});
