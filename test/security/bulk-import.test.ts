/**
 * Attack suite, large imports: a realistic file imports whole through the gateway, within the size the
 * schema documents, and the larger body limit serves imports only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useGraph } from '../helpers.ts';

const IMPORT = `mutation($csv: String!) {
  importCatalogItemsCsv(input: { csv: $csv }) { created updated skipped errors { line code } userErrors { code } } }`;

describe('a 50,000-row catalog import', () => {
  const g = useGraph();
  let csv: string;

  beforeAll(async () => {
    const { body } = await g.request(
      'mutation { createCatalogCategory(input: { name: "Материалы" }) { category { id } userErrors { code } } }',
    );
    expect(body.data?.createCatalogCategory.userErrors).toEqual([]);
    const lines = ['sku,name,kind,categoryPath,unit,manufacturer,description'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(
        `MAT-${String(i).padStart(6, '0')},Кабель оптический ОКЛ-0.22-${i % 48} тип ${i},MATERIAL,Материалы,M,Инкаб,"Кабель для подвеса, партия ${i}"`,
      );
    }
    csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(4_000_000);
  });

  it('imports every row in one request, all or nothing', async () => {
    const res = await g.request(IMPORT, { variables: { csv }, role: 'CATALOG_MANAGER' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.importCatalogItemsCsv).toMatchObject({
      created: 50_000,
      skipped: 0,
      errors: [],
      userErrors: [],
    });
    const rows = await g.graph.subgraphs.get('catalog')!.database.sql`
      select count(*)::int as n from catalog.items where sku like 'MAT-%'`;
    expect(rows[0]!.n).toBe(50_000);
    const audit = await g.graph.subgraphs.get('catalog')!.database.sql`
      select count(*)::int as n from catalog.audit_log where entity_type = 'CatalogItem' and action = 'create'`;
    expect(audit[0]!.n).toBe(50_000);
  }, 120_000);

  it('refuses a large body for any other operation, and for a caller who cannot write', async () => {
    const padded = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } });
    for (const role of ['ADMIN', 'PARTNER'] as const) {
      const res = await g.post(padded, { role });
      expect(res.status).toBe(413);
      expect(res.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    }
    const partner = await g.post({ query: IMPORT, variables: { csv } }, { role: 'PARTNER' });
    expect(partner.status).toBe(413);
  });

  it('refuses an import over the documented limit', async () => {
    const res = await g.post({ query: IMPORT, variables: { csv: csv.repeat(5) } });
    expect(res.status).toBe(413);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
