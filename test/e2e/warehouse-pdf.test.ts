/**
 * A stock document's print form through the graph: `pdfUrl` is a signed link on the gateway that opens
 * without a header, prints the document as posted, and stops working when tampered with.
 */
import { describe, expect, it } from 'vitest';
import { probePdf } from '../../subgraphs/shared/pdf/test-tools.ts';
import { rawRequest, useGraph } from '../helpers.ts';

describe('a stock document printed from its pdfUrl', () => {
  const g = useGraph({ seed: true });

  async function knownItems(): Promise<{ id: string; name: string }[]> {
    const sql = g.graph.subgraphs.get('warehouse')!.database.sql;
    for (let i = 0; i < 100; i++) {
      const rows = await sql<{ id: string; name: string }[]>`
        select id, name from warehouse.catalog_items where kind = 'MATERIAL' order by sku limit 3`;
      if (rows.length === 3) return rows;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the warehouse never learned the catalog');
  }

  it('opens a receipt with the Russian item names and a Code 128 of its number, and refuses a tampered link', async () => {
    const items = await knownItems();
    const warehouses = await g.request('{ warehouses(filter: { kind: CENTRAL }) { id } }');
    const destinationId = warehouses.body.data?.warehouses[0].id;
    const created = await g.request(
      `mutation($input: CreateStockDocumentInput!) {
        createStockDocument(input: $input) { document { id number } userErrors { code field } } }`,
      {
        role: 'WAREHOUSE_KEEPER',
        variables: {
          input: {
            type: 'RECEIPT',
            destinationId,
            supplierReference: 'ТН-2026/17',
            lines: items.map((item, i) => ({
              itemId: item.id,
              quantity: String(10 * (i + 1)),
              unitCost: '12.50',
            })),
          },
        },
      },
    );
    expect(created.body.data?.createStockDocument.userErrors).toEqual([]);
    const { id, number } = created.body.data!.createStockDocument.document;
    const posted = await g.request(
      `mutation($id: ID!) { postStockDocument(input: { id: $id }) { document { status pdfUrl } userErrors { code } } }`,
      { role: 'WAREHOUSE_KEEPER', variables: { id } },
    );
    expect(posted.body.data?.postStockDocument).toMatchObject({
      document: { status: 'POSTED' },
      userErrors: [],
    });
    const link = new URL(posted.body.data?.postStockDocument.document.pdfUrl, g.url).toString();

    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await probePdf(new Uint8Array(await res.arrayBuffer()));
    try {
      const text = await pdf.text();
      for (const item of items) expect(text.replace(/\s+/g, ' ')).toContain(item.name.replace(/\s+/g, ' '));
      expect(text).toContain(number);
      expect(await pdf.zbar(1, 'code128')).toContain(number);
    } finally {
      await pdf.dispose();
    }

    const tampered = link.replace(/signature=./, (m) => `${m.slice(0, -1)}${m.endsWith('A') ? 'B' : 'A'}`);
    expect((await rawRequest(tampered)).status).toBe(403);
    const other = link.replace(id, '00000000-0000-4000-8000-000000000000');
    expect((await rawRequest(other)).status).toBe(403);
  });
});
