import { beforeAll, describe, expect, it } from 'vitest';
import { demoItemId } from '../../subgraphs/catalog/domain/ids.ts';
import type { Role } from '../../subgraphs/shared/roles.ts';
import { useGraph } from '../helpers.ts';

/**
 * The catalog as its users reach it: through the gateway, over the demo catalog (`seed: true`), with
 * the tokens of the roles that use it.
 */

/**
 * Items with category, parent, price, certificates and barcodes: the page of items, their categories
 * with every ancestor (parents included), the prices, the certificates, the barcodes — whatever the
 * page size.
 */
const ITEM_CARD_STATEMENTS = 5;

const ITEM_CARDS = `query($first: Int!) {
  catalogItems(first: $first) {
    nodes {
      sku
      category { name parent { name } }
      price { amount }
      certificates { number }
      barcodes { code }
    }
  }
}`;

const SEARCH = `query($filter: CatalogItemFilter, $first: Int = 20) {
  catalogItems(first: $first, filter: $filter) { totalCount nodes { sku name } }
}`;

const QUOTE = `query($input: QuoteInput!) {
  quote(input: $input) {
    base discount total
    lines { item { sku } quantity baseAmount discount total applied { promotion { name } amount } }
    userErrors { code field }
  }
}`;

const SET_PRICE = `mutation($input: SetCatalogPriceInput!) {
  setCatalogPrice(input: $input) { price { amount validFrom } item { sku } userErrors { code field } }
}`;

describe('the catalog through the gateway', () => {
  // No background work: the statement counts are one client's.
  const g = useGraph({ seed: true, background: false });
  const ids = new Map<string, string>();

  async function read(query: string, variables: Record<string, unknown> = {}, role: Role = 'ADMIN') {
    const { status, body } = await g.request(query, { variables, role });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  const skus = async (filter: Record<string, unknown>) =>
    ((await read(SEARCH, { filter })).catalogItems.nodes as { sku: string }[]).map((n) => n.sku);

  beforeAll(async () => {
    const data = await read(`{
      catalogItems(first: 100) { nodes { id sku } }
      catalogCategories(first: 100) { nodes { id name } }
    }`);
    for (const n of data.catalogItems.nodes) ids.set(n.sku, n.id);
    for (const n of data.catalogCategories.nodes) ids.set(n.name, n.id);
  });

  describe('fuzzy search', () => {
    it.each([
      ['Кабель оптическй', ['CBL-FTTH-1', 'CBL-OKL-8']], // a letter missing
      ['кабел оптич', ['CBL-FTTH-1', 'CBL-OKL-8']], // word stems, lower case
      ['huawei ont', ['ONT-HG8245H', 'ONT-HG8310M']], // words in another order than in the name
      ['ONT huawey', ['ONT-HG8245H', 'ONT-HG8310M']], // a typo in English
    ])('finds "%s" with the best matches first', async (search, best) => {
      const found = await skus({ search });
      expect(found.slice(0, best.length).sort()).toEqual(best);
    });

    it.each([
      ['Кабель оптический FTTH', 'CBL-FTTH-1'],
      ['кабель оптический окл', 'CBL-OKL-8'],
      ['кабель utp', 'CBL-UTP5E'],
    ])('ranks the item matching every word of "%s" first', async (search, best) => {
      const found = await skus({ search });
      expect(found[0]).toBe(best);
      // Looser matches may follow, but only after it.
      expect(found.filter((sku) => sku === best)).toHaveLength(1);
    });

    it('puts the item whose SKU or part of its name matches exactly first', async () => {
      expect((await skus({ search: 'HG8245' }))[0]).toBe('ONT-HG8245H');
      expect((await skus({ search: 'spl-plc-1x16' }))[0]).toBe('SPL-PLC-1x16');
    });

    it.each([
      ['ont термнал', ['ONT-F670L', 'ONT-HG8245H', 'ONT-HG8310M']], // a Russian typo, found through keywords
      ['switch', ['SW-DES3200-28', 'SW-MES3324F', 'SW-S2326TP', 'SW-SNR2985']],
      ['router', ['RTR-AX53', 'RTR-KN1010']],
      ['fibre cable', ['CBL-FTTH-1', 'CBL-OKL-8']],
      ['modem', ['ONT-F670L', 'ONT-HG8245H', 'ONT-HG8310M']],
    ])('finds "%s" in the demo data, in either language', async (search, expected) => {
      expect((await skus({ search })).sort()).toEqual(expected);
    });

    it('combines a search with the other filters', async () => {
      const found = await skus({
        search: 'huawei',
        kind: 'EQUIPMENT_MODEL',
        categoryId: ids.get('Абонентское оборудование'),
      });
      expect(found.sort()).toEqual(['ONT-HG8245H', 'ONT-HG8310M']);
    });
  });

  describe('filters', () => {
    it('filters by a category and its whole subtree', async () => {
      expect((await skus({ categoryId: ids.get('Абонентское оборудование') })).sort()).toEqual([
        'ONT-F670L',
        'ONT-HG8245H',
        'ONT-HG8310M',
        'RTR-AX53',
        'RTR-KN1010',
      ]);
      expect((await skus({ categoryId: ids.get('Wi-Fi роутеры') })).sort()).toEqual([
        'RTR-AX53',
        'RTR-KN1010',
      ]);
    });

    it('filters by kind', async () => {
      expect((await skus({ kind: 'SERVICE' })).sort()).toEqual([
        'SRV-INSTALL',
        'SRV-REPAIR',
        'SRV-WARRANTY',
        'TAR-100',
        'TAR-300',
        'TAR-500',
      ]);
      expect((await skus({ kind: 'MATERIAL' })).sort()).toEqual(['CBL-FTTH-1', 'CBL-OKL-8', 'CBL-UTP5E']);
    });

    it('filters by status', async () => {
      const { body } = await g.request(
        `mutation($input: DiscontinueCatalogItemInput!) { discontinueCatalogItem(input: $input) { item { status } userErrors { code } } }`,
        {
          role: 'CATALOG_MANAGER',
          variables: { input: { id: ids.get('SRV-REPAIR') } },
        },
      );
      expect(body.data?.discontinueCatalogItem).toEqual({ item: { status: 'DISCONTINUED' }, userErrors: [] });
      expect(await skus({ status: 'DISCONTINUED' })).toEqual(['SRV-REPAIR']);
      expect(await skus({ status: 'DRAFT' })).toEqual([]);
      expect(await skus({ status: 'ACTIVE', kind: 'SERVICE' })).not.toContain('SRV-REPAIR');
    });

    it('filters by characteristic values', async () => {
      expect((await skus({ characteristics: { ponType: 'GPON' } })).sort()).toEqual([
        'ONT-F670L',
        'ONT-HG8245H',
        'ONT-HG8310M',
      ]);
      expect(await skus({ characteristics: { ponType: 'GPON', wifi: false } })).toEqual(['ONT-HG8310M']);
      expect(await skus({ characteristics: { ponType: 'XGS-PON' } })).toEqual([]);
    });
  });

  it('quotes lines with the demo promotions', async () => {
    const data = await read(
      QUOTE,
      {
        input: {
          promoCode: 'autumn',
          lines: [
            { itemId: ids.get('RTR-AX53'), quantity: 2 },
            { itemId: ids.get('SRV-INSTALL'), quantity: 1 },
            { itemId: ids.get('CBL-FTTH-1'), quantity: 150 },
          ],
        },
      },
      'WAREHOUSE_KEEPER',
    );
    const q = data.quote;
    expect(q.userErrors).toEqual([]);
    expect(q.lines.map((l: any) => [l.item.sku, l.baseAmount, l.discount, l.total])).toEqual([
      // 5990.00 × 2 = 11980.00; the router at half price: 5990.00 off
      ['RTR-AX53', '11980.00', '5990.00', '5990.00'],
      // 1500.00; promo code AUTUMN (given in lower case): 300.00 off
      ['SRV-INSTALL', '1500.00', '300.00', '1200.00'],
      // 14.50 × 150 = 2175.00; 10% on materials from 100 m: 217.50 off
      ['CBL-FTTH-1', '2175.00', '217.50', '1957.50'],
    ]);
    expect(q.lines[1].applied).toEqual([
      { promotion: { name: 'Промокод ОСЕНЬ: 300 ₽ на монтаж' }, amount: '300.00' },
    ]);
    // 11980.00 + 1500.00 + 2175.00 = 15655.00; 5990.00 + 300.00 + 217.50 = 6507.50; 15655.00 − 6507.50 = 9147.50
    expect([q.base, q.discount, q.total]).toEqual(['15655.00', '6507.50', '9147.50']);
  });

  it('exports the catalog as CSV text with a BOM', async () => {
    const csv = (
      await read('query($filter: CatalogItemFilter) { catalogItemsCsv(filter: $filter) }', {
        filter: { kind: 'SERVICE' },
      })
    ).catalogItemsCsv as string;
    expect(csv.startsWith('\ufeffsku,name,kind,categoryPath,unit,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.startsWith('TAR-300,'))).toContain('Услуги / Тарифы интернет');
  });

  it('quotes an ONT, its installation with a promo code, cable and a monthly tariff with VAT, one-time apart from monthly', async () => {
    const data = await read(
      `query($input: QuoteInput!) { quote(input: $input) {
        lines { item { sku unit { symbol } } recurringPeriod total vat { label } vatAmount considered { reason detail } }
        oneTime { total vatAmount amountWithVat vat { label vatAmount } }
        recurring { period total vatAmount vat { label vatAmount } }
        userErrors { code field } } }`,
      {
        input: {
          promoCode: 'AUTUMN',
          lines: [
            { itemId: demoItemId('ONT-HG8245H'), quantity: '1' },
            { itemId: demoItemId('SRV-INSTALL'), quantity: '1' },
            { itemId: demoItemId('CBL-FTTH-1'), quantity: '120.5' },
            { itemId: demoItemId('TAR-300'), quantity: '1' },
          ],
        },
      },
      'CUSTOMER_CARE',
    );
    const q = data.quote;
    expect(q.userErrors).toEqual([]);
    expect(
      q.lines.map((l: any) => [
        l.item.sku,
        l.item.unit.symbol,
        l.recurringPeriod,
        l.total,
        l.vat.label,
        l.vatAmount,
      ]),
    ).toEqual([
      // 4990.00 × 20 / 120 = 831.666… → 831.67
      ['ONT-HG8245H', 'шт', null, '4990.00', 'НДС 20 %', '831.67'],
      // 1500.00 − 300.00 (AUTUMN) = 1200.00; 1200.00 × 20 / 120 = 200.00
      ['SRV-INSTALL', 'усл. ед.', null, '1200.00', 'НДС 20 %', '200.00'],
      // 14.50 × 120.5 = 1747.25; 10 % from 100 m: 174.725 → 174.73 → 1572.52; × 20 / 120 = 262.0866… → 262.09
      ['CBL-FTTH-1', 'м', null, '1572.52', 'НДС 20 %', '262.09'],
      // 750.00 × 20 / 120 = 125.00
      ['TAR-300', 'мес', 'MONTH', '750.00', 'НДС 20 %', '125.00'],
    ]);
    // The code's promotion is for the installation only: the other lines say so.
    expect(q.lines[0].considered).toEqual([
      { reason: 'OUT_OF_SCOPE', detail: 'applies only to the item SRV-INSTALL' },
    ]);
    // The README's example: 4990.00 + 1200.00 + 1572.52 = 7762.52 once, 831.67 + 200.00 + 262.09 = 1293.76 of it VAT
    expect(q.oneTime).toEqual({
      total: '7762.52',
      vatAmount: '1293.76',
      amountWithVat: '7762.52',
      vat: [{ label: 'в т.ч. НДС 20 %', vatAmount: '1293.76' }],
    });
    expect(q.recurring).toEqual([
      {
        period: 'MONTH',
        total: '750.00',
        vatAmount: '125.00',
        vat: [{ label: 'в т.ч. НДС 20 %', vatAmount: '125.00' }],
      },
    ]);
  });

  it('recognises a device’s model from its sysObjectID, and names demo items by UUID v5 of the SKU', async () => {
    const data = await read(`{
      huawei: catalogItemBySysObjectId(oid: ".1.3.6.1.4.1.2011.2.23.92") { sku trackedByMac supply }
      zte: catalogItemBySysObjectId(oid: "1.3.6.1.4.1.3902.1082.1001.320.2.1") { sku }
      eltex: catalogItemBySysObjectId(oid: "1.3.6.1.4.1.35265.1.81") { sku }
      dlink: catalogItemBySysObjectId(oid: "1.3.6.1.4.1.171.10.113.1.3") { sku }
      cable: catalogItem(id: "${demoItemId('CBL-FTTH-1')}") { sku unit { code symbol } packagings { name quantity } vat { label } }
      warranty: catalogItemBySku(sku: "SRV-WARRANTY") { vat { exempt label } }
    }`);
    expect(data).toEqual({
      huawei: { sku: 'SW-S2326TP', trackedByMac: true, supply: null },
      zte: { sku: 'OLT-C320' },
      eltex: { sku: 'SW-MES3324F' },
      dlink: { sku: 'SW-DES3200-28' },
      cable: {
        sku: 'CBL-FTTH-1',
        unit: { code: '006', symbol: 'м' },
        packagings: [{ name: 'Барабан 1000 м', quantity: '1000' }],
        vat: { label: 'НДС 20 %' },
      },
      warranty: { vat: { exempt: true, label: 'без НДС' } },
    });
  });

  describe('roles', () => {
    const ITEM_PRICE =
      'query($id: ID!) { catalogItem(id: $id) { sku price { amount } priceHistory { amount } } }';

    it.each<Role>(['WAREHOUSE_KEEPER', 'PARTNER'])('lets a %s read the catalog and quote', async (role) => {
      const data = await read(
        `query($id: ID!, $code: String!) {
          catalogItem(id: $id) { sku price { amount } certificates { number } category { breadcrumbs { name } } }
          catalogItemByBarcode(code: $code) { sku }
          certificates(filter: { expiringWithinDays: 30 }) { nodes { number } }
        }`,
        { id: ids.get('ONT-HG8245H'), code: '4006381333931\r\n' },
        role,
      );
      expect(data.catalogItem).toEqual({
        sku: 'ONT-HG8245H',
        price: { amount: '4990.00' },
        certificates: [{ number: 'ЕАЭС N RU Д-CN.РА01.В.12345/24' }],
        category: {
          breadcrumbs: [
            { name: 'Оборудование' },
            { name: 'Абонентское оборудование' },
            { name: 'ONT (оптические терминалы)' },
          ],
        },
      });
      expect(data.catalogItemByBarcode).toEqual({ sku: 'ONT-HG8245H' });
      expect(data.certificates.nodes).toEqual([{ number: 'ОС-1-СПД-0420' }]);

      const quoted = await read(
        QUOTE,
        { input: { lines: [{ itemId: ids.get('SW-S2326TP'), quantity: 1 }] } },
        role,
      );
      expect(quoted.quote.total).toBe('38900.00');
    });

    it.each<Role>(['WAREHOUSE_KEEPER', 'PARTNER'])(
      'refuses setCatalogPrice to a %s with FORBIDDEN',
      async (role) => {
        const itemId = ids.get('RTR-KN1010');
        const before = await read(ITEM_PRICE, { id: itemId });
        const { status, body } = await g.request(SET_PRICE, {
          role,
          variables: { input: { itemId, amount: '1.00' } },
        });
        expect(status).toBe(200);
        expect(body.data?.setCatalogPrice ?? null).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(await read(ITEM_PRICE, { id: itemId })).toEqual(before);
      },
    );

    it('lets a CATALOG_MANAGER set a price, and reports a refused one as a userError', async () => {
      const itemId = ids.get('RTR-KN1010');
      const validFrom = new Date(Date.now() + 86_400_000).toISOString();
      const set = await read(
        SET_PRICE,
        { input: { itemId, amount: '10990.00', validFrom } },
        'CATALOG_MANAGER',
      );
      expect(set.setCatalogPrice).toEqual({
        price: { amount: '10990.00', validFrom },
        item: { sku: 'RTR-KN1010' },
        userErrors: [],
      });
      const history = await read(ITEM_PRICE, { id: itemId });
      expect(history.catalogItem.price).toEqual({ amount: '11990.00' });
      expect(history.catalogItem.priceHistory).toEqual([{ amount: '10990.00' }, { amount: '11990.00' }]);

      const past = await read(
        SET_PRICE,
        { input: { itemId, amount: '9990.00', validFrom: '2020-01-01T00:00:00Z' } },
        'CATALOG_MANAGER',
      );
      expect(past.setCatalogPrice).toEqual({
        price: null,
        item: null,
        userErrors: [{ code: 'PRICE_IN_PAST', field: ['input', 'validFrom'] }],
      });
    });
  });

  it('lists items with category, parent, price, certificates and barcodes in a constant number of statements', async () => {
    const stats = g.graph.subgraphs.get('catalog')!.database.stats;
    // postgres.js reads the server's array types once on each new connection: open the whole pool first
    // (many requests at once), so the measurement counts only what the query itself costs.
    await Promise.all(Array.from({ length: 12 }, () => read(ITEM_CARDS, { first: 20 })));
    const counts: number[] = [];
    for (const first of [5, 20]) {
      const before = stats.statements;
      const data = await read(ITEM_CARDS, { first });
      counts.push(stats.statements - before);
      const nodes = data.catalogItems.nodes as any[];
      expect(nodes).toHaveLength(first);
      // The page really holds what each lookup batches: several categories, parents, prices and codes.
      expect(nodes.every((n) => n.category.parent && n.price)).toBe(true);
      if (first === 20) {
        expect(new Set(nodes.map((n) => n.category.name)).size).toBeGreaterThan(5);
        expect(nodes.some((n) => n.certificates.length > 0)).toBe(true);
        expect(nodes.some((n) => n.barcodes.length > 0)).toBe(true);
      }
    }
    expect(counts).toEqual([ITEM_CARD_STATEMENTS, ITEM_CARD_STATEMENTS]);
  });
});
