import { beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow } from '../db/tables.ts';
import { BarcodeErrorCode } from '../domain/barcodes.ts';
import { CharacteristicErrorCode } from '../domain/characteristics.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { catalog } from '../index.ts';
import {
  type CharacteristicDefinitionInput,
  createCategory,
  createItem,
  isoDayFromNow,
  ONT_TEMPLATE,
  rowCounts,
  setItemPackagings,
  validEan13,
} from '../test-factories.ts';
import { exportItemsCsv } from './export-csv.ts';
import { importItemsCsv } from './import-items-csv.ts';
import { importPricesCsv } from './import-prices-csv.ts';

const ITEM_HEADER = [
  'sku',
  'name',
  'kind',
  'categoryPath',
  'unit',
  'status',
  'manufacturer',
  'description',
  'barcodes',
  'characteristics',
];
const CABLE_TEMPLATE: CharacteristicDefinitionInput[] = [
  { key: 'fibers', label: 'Число волокон', type: 'NUMBER' },
];

/** A file as Russian Excel saves it: UTF-8 with a BOM, `;` between cells, CRLF, quotes where needed. */
function excelCsv(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\ufeff${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

let tag = 0;

/** The tree every test imports into: Оборудование / ONT (the ONT template) and Материалы / Кабель. */
async function plantTree(ctx: CatalogContext): Promise<{ ont: CategoryRow; cable: CategoryRow }> {
  const equipment = await createCategory(ctx, { name: 'Оборудование' });
  const ont = await createCategory(ctx, { name: 'ONT', parentId: equipment.id, template: ONT_TEMPLATE });
  const materials = await createCategory(ctx, { name: 'Материалы' });
  const cable = await createCategory(ctx, {
    name: 'Кабель',
    parentId: materials.id,
    template: CABLE_TEMPLATE,
  });
  return { ont, cable };
}

describe('CSV import', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let ont: CategoryRow;
  let cable: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    ({ ont, cable } = await plantTree(ctx));
  });

  const counts = () => rowCounts(h.database, ['items', 'barcodes', 'prices', 'audit_log']);
  const itemsWithPrefix = (prefix: string) =>
    h.database.sql<
      {
        sku: string;
        name: string;
        kind: string;
        category_id: string;
        status: string;
        characteristics: unknown;
        codes: string[];
      }[]
    >`
      select i.sku, i.name, i.kind, i.category_id, i.status, i.characteristics,
             coalesce(array_agg(b.code order by b.code) filter (where b.code is not null), '{}') as codes
      from catalog.items i left join catalog.barcodes b on b.item_id = i.id
      where i.sku like ${`${prefix}%`} group by i.id order by i.sku`;

  /** Three good rows under a fresh SKU prefix; the first has a two-line description. */
  function goodRows(prefix = `T${++tag}-`) {
    const eans = [validEan13(), validEan13(), validEan13()];
    const rows = [
      [
        `${prefix}ONT-A`,
        'ONT Huawei EchoLife HG8245H',
        'EQUIPMENT_MODEL',
        'Оборудование / ONT',
        'PCS',
        'ACTIVE',
        'Huawei',
        'Двухдиапазонный\nс голосовыми портами',
        `${eans[0]},${eans[1]}`,
        '{"ponType": "GPON", "lanPorts": 4, "wifi": true}',
      ],
      [
        `${prefix}ONT-B`,
        'ONT ZTE ZXHN F670L',
        'EQUIPMENT_MODEL',
        'оборудование/ont',
        'PCS',
        '',
        'ZTE',
        '',
        eans[2]!,
        '{"ponType": "XGS-PON", "lanPorts": 1}',
      ],
      [
        `${prefix}CBL-8`,
        'Кабель оптический ОКЛ 8 волокон',
        'MATERIAL',
        'Материалы / Кабель',
        'M',
        'ACTIVE',
        '',
        '',
        '',
        '{"fibers": 8}',
      ],
    ];
    return { prefix, rows, eans };
  }

  it('creates items with categories by path, barcodes and characteristics from an Excel file', async () => {
    const { prefix, rows, eans } = goodRows();
    const result = await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    expect(result).toEqual({ created: 3, updated: 0, skipped: 0, errors: [] });

    expect(await itemsWithPrefix(prefix)).toEqual([
      {
        sku: `${prefix}CBL-8`,
        name: 'Кабель оптический ОКЛ 8 волокон',
        kind: 'MATERIAL',
        category_id: cable.id,
        status: 'ACTIVE',
        characteristics: { fibers: 8 },
        codes: [],
      },
      {
        sku: `${prefix}ONT-A`,
        name: 'ONT Huawei EchoLife HG8245H',
        kind: 'EQUIPMENT_MODEL',
        category_id: ont.id,
        status: 'ACTIVE',
        characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true },
        codes: [eans[0], eans[1]].sort(),
      },
      {
        sku: `${prefix}ONT-B`,
        name: 'ONT ZTE ZXHN F670L',
        kind: 'EQUIPMENT_MODEL',
        category_id: ont.id,
        status: 'DRAFT',
        characteristics: { ponType: 'XGS-PON', lanPorts: 1 },
        codes: [eans[2]],
      },
    ]);
    const [described] = await h.database
      .sql`select description from catalog.items where sku = ${`${prefix}ONT-A`}`;
    expect(described?.description).toBe('Двухдиапазонный\nс голосовыми портами');
  });

  // Line 2 holds a two-line description, so the third record starts on line 5.
  const BAD_LINE = 5;
  const taken = validEan13();
  const packaged = validEan13();
  const badRows: [string, (row: string[]) => void, { column: string; code: string }][] = [
    [
      'an unknown category',
      (r) => (r[3] = 'Оборудование / DSLAM'),
      { column: 'categoryPath', code: ErrorCode.NOT_FOUND },
    ],
    [
      'a barcode with non-ASCII characters',
      (r) => (r[8] = 'ШК-000123'),
      { column: 'barcodes', code: BarcodeErrorCode.INVALID_CODE128 },
    ],
    [
      'a barcode another item holds',
      (r) => (r[8] = taken),
      { column: 'barcodes', code: CatalogErrorCode.DUPLICATE_BARCODE },
    ],
    [
      'a barcode that is another item’s package barcode',
      (r) => (r[8] = packaged),
      { column: 'barcodes', code: CatalogErrorCode.DUPLICATE_BARCODE },
    ],
    [
      'a characteristic of the wrong type',
      (r) => (r[9] = '{"fibers": "восемь"}'),
      { column: 'characteristics', code: CharacteristicErrorCode.WRONG_TYPE },
    ],
    ['a unit no one knows', (r) => (r[4] = 'бухта'), { column: 'unit', code: CatalogErrorCode.UNKNOWN_UNIT }],
  ];

  describe.each(badRows)('a file with one bad row: %s', (_, spoil, expected) => {
    function badFile() {
      const good = goodRows();
      spoil(good.rows[2]!);
      return { ...good, csv: excelCsv(ITEM_HEADER, good.rows) };
    }

    beforeAll(async () => {
      if ((await h.database.sql`select 1 from catalog.barcodes where code = ${taken}`).length === 0) {
        await createItem(ctx, cable.id, { barcodes: [{ code: taken }] });
      }
      if ((await h.database.sql`select 1 from catalog.packagings where barcode = ${packaged}`).length === 0) {
        const drum = await createItem(ctx, cable.id, { kind: 'MATERIAL' });
        await setItemPackagings(ctx, drum.id, [{ name: 'Барабан', quantity: '1000', barcode: packaged }]);
      }
    });

    it('changes nothing at all in ALL_OR_NOTHING mode and reports the line and reason', async () => {
      const { prefix, csv } = badFile();
      const before = await counts();
      const result = await importItemsCsv(ctx, { csv, mode: 'ALL_OR_NOTHING' });
      expect(result).toEqual({
        created: 0,
        updated: 0,
        skipped: 3,
        errors: [expect.objectContaining({ line: BAD_LINE, ...expected, message: expect.any(String) })],
      });
      expect(await counts()).toEqual(before);
      expect(await itemsWithPrefix(prefix)).toEqual([]);
    });

    it('writes the good rows and reports the bad one in VALID_ROWS_ONLY mode', async () => {
      const { prefix, csv } = badFile();
      const result = await importItemsCsv(ctx, { csv, mode: 'VALID_ROWS_ONLY' });
      expect(result).toEqual({
        created: 2,
        updated: 0,
        skipped: 1,
        errors: [expect.objectContaining({ line: BAD_LINE, ...expected })],
      });
      expect((await itemsWithPrefix(prefix)).map((i) => i.sku)).toEqual([`${prefix}ONT-A`, `${prefix}ONT-B`]);
    });

    it('writes nothing on a dry run but reports what it would do', async () => {
      const { csv } = badFile();
      const before = await counts();
      const result = await importItemsCsv(ctx, { csv, mode: 'VALID_ROWS_ONLY', dryRun: true });
      expect(result).toEqual({
        created: 2,
        updated: 0,
        skipped: 1,
        errors: [expect.objectContaining({ line: BAD_LINE, ...expected })],
      });
      expect(await counts()).toEqual(before);
    });
  });

  it('writes nothing on a dry run of a good file', async () => {
    const { prefix, rows } = goodRows();
    const before = await counts();
    const result = await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows), dryRun: true });
    expect(result).toEqual({ created: 3, updated: 0, skipped: 0, errors: [] });
    expect(await counts()).toEqual(before);
    expect(await itemsWithPrefix(prefix)).toEqual([]);
  });

  it('updates the items whose SKUs exist when a file is imported again', async () => {
    const { prefix, rows, eans } = goodRows();
    await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    const extra = validEan13();
    const again = rows.map((r) => [...r]);
    again[0]![0] = again[0]![0]!.toLowerCase(); // SKUs match whatever their case
    again[0]![1] = 'ONT Huawei EchoLife HG8245H (rev. B)';
    again[0]![8] = `${eans[0]};${eans[1]};${extra}`;
    again[1]![5] = 'ACTIVE';
    again[1]![9] = '{"ponType": "GPON", "lanPorts": 4}';

    const result = await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, again) });
    expect(result).toEqual({ created: 0, updated: 3, skipped: 0, errors: [] });
    const items = await itemsWithPrefix(prefix);
    expect(items).toHaveLength(3);
    expect(items.find((i) => i.sku === `${prefix}ONT-A`)).toMatchObject({
      name: 'ONT Huawei EchoLife HG8245H (rev. B)',
      codes: [eans[0], eans[1], extra].sort(),
    });
    expect(items.find((i) => i.sku === `${prefix}ONT-B`)).toMatchObject({
      status: 'ACTIVE',
      characteristics: { ponType: 'GPON', lanPorts: 4 },
    });
  });

  it('records a status a file changes as the item’s activation or discontinuation', async () => {
    const { prefix, rows } = goodRows();
    await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    const ids = new Map(
      (await h.database.sql`select id, sku from catalog.items where sku like ${`${prefix}%`}`).map((r) => [
        r.sku as string,
        r.id as string,
      ]),
    );
    const history = async (sku: string) => {
      const id = ids.get(`${prefix}${sku}`)!;
      const audit = await h.database.sql`
        select action from catalog.audit_log where entity_id = ${id} order by id`;
      const events = await h.database.sql`
        select data from pgboss.job where name = ${CatalogEvent.ITEM_CHANGED} and data->>'id' = ${id}
        order by created_on`;
      return { actions: audit.map((a) => a.action), changes: events.map((e) => e.data.change) };
    };
    const withStatus = (status: Record<string, string>) =>
      excelCsv(
        ITEM_HEADER,
        rows.map((r) => {
          const row = [...r];
          row[5] = status[row[0]!.slice(prefix.length)] ?? row[5]!;
          return row;
        }),
      );

    // ONT-B was a draft, ONT-A stays active: one is activated, the other updated.
    expect(await importItemsCsv(ctx, { csv: withStatus({ 'ONT-B': 'ACTIVE' }) })).toMatchObject({
      updated: 3,
      errors: [],
    });
    expect(await history('ONT-B')).toEqual({
      actions: ['create', 'activate'],
      changes: ['created', 'activated'],
    });
    expect(await history('ONT-A')).toEqual({
      actions: ['create', 'update'],
      changes: ['created', 'updated'],
    });

    expect(await importItemsCsv(ctx, { csv: withStatus({ 'ONT-B': 'DISCONTINUED' }) })).toMatchObject({
      updated: 3,
      errors: [],
    });
    expect(await history('ONT-B')).toEqual({
      actions: ['create', 'activate', 'discontinue'],
      changes: ['created', 'activated', 'discontinued'],
    });
  });

  it('refuses a warranty over 120 months, an unknown supply and a new item that starts discontinued', async () => {
    const prefix = `E${++tag}-`;
    const header = [...ITEM_HEADER, 'warrantyMonths', 'supply'];
    const ontCells = (sku: string) => [
      `${prefix}${sku}`,
      'ONT',
      'EQUIPMENT_MODEL',
      'Оборудование / ONT',
      'шт',
      '',
      '',
      '',
      '',
      '{"ponType": "GPON", "lanPorts": 4}',
    ];
    const before = await counts();
    const result = await importItemsCsv(ctx, {
      csv: excelCsv(header, [
        [...ontCells('WARRANTY'), '121', 'SALE'],
        [...ontCells('SUPPLY'), '12', 'LEASE'],
        [...ontCells('GONE').map((c, i) => (i === 5 ? 'DISCONTINUED' : c)), '', ''],
        [...ontCells('GOOD'), '120', 'SALE_OR_RENTAL'],
      ]),
    });
    expect(result).toEqual({
      created: 0,
      updated: 0,
      skipped: 4,
      errors: [
        expect.objectContaining({ line: 2, column: 'warrantyMonths', code: ErrorCode.VALIDATION }),
        expect.objectContaining({ line: 3, column: 'supply', code: ErrorCode.VALIDATION }),
        expect.objectContaining({ line: 4, column: 'status', code: CatalogErrorCode.INVALID_TRANSITION }),
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports a SKU given twice in one file with the line of the repeat', async () => {
    const { prefix, rows } = goodRows();
    rows[2]![0] = `${prefix}ont-a`;
    rows[2]![2] = 'EQUIPMENT_MODEL';
    rows[2]![3] = 'Оборудование / ONT';
    rows[2]![9] = '{"ponType": "EPON", "lanPorts": 2}';
    const before = await counts();
    const result = await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    expect(result.errors).toEqual([
      {
        line: BAD_LINE,
        column: 'sku',
        code: CatalogErrorCode.DUPLICATE_SKU,
        message: expect.stringContaining('line 2'),
      },
    ]);
    expect(result).toMatchObject({ created: 0, updated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reads a unit by OKEI code, by symbol or by its old name, and keywords and equipment columns', async () => {
    const prefix = `U${++tag}-`;
    const header = [
      'sku',
      'name',
      'kind',
      'categoryPath',
      'unit',
      'keywords',
      'trackedByMac',
      'warrantyMonths',
      'supply',
      'snmpSysObjectId',
    ];
    const oid = `1.3.6.1.4.1.2011.2.23.${900 + tag}`;
    const result = await importItemsCsv(ctx, {
      csv: excelCsv(header, [
        [`${prefix}CBL`, 'Кабель дроп', 'MATERIAL', 'Материалы / Кабель', 'м', 'drop; fibre', '', '', '', ''],
        [`${prefix}PCK`, 'Кабель в бухтах', 'MATERIAL', 'Материалы / Кабель', '18', '', '', '', '', ''],
        [`${prefix}LEG`, 'Кабель старый', 'MATERIAL', 'Материалы / Кабель', 'M', '', '', '', '', ''],
        [
          `${prefix}SW`,
          'Коммутатор',
          'EQUIPMENT_MODEL',
          'Оборудование / ONT',
          'шт.',
          'switch',
          'да',
          '36',
          'SALE',
          `.${oid}`,
        ],
      ]),
      mode: 'VALID_ROWS_ONLY',
    });
    // The switch's category (ONT) requires ponType and lanPorts: it is refused on them, not on its unit.
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [5, 'characteristics'],
      [5, 'characteristics'],
    ]);
    const rows = await h.database.sql`
      select sku, unit, keywords from catalog.items where sku like ${`${prefix}%`} order by sku`;
    expect(rows.map((r) => [r.sku, r.unit, r.keywords])).toEqual([
      [`${prefix}CBL`, '006', ['drop', 'fibre']],
      [`${prefix}LEG`, '006', []],
      [`${prefix}PCK`, '018', []],
    ]);
    const equipment = await importItemsCsv(ctx, {
      csv: excelCsv(
        [...header, 'characteristics'],
        [
          [
            `${prefix}SW`,
            'Коммутатор',
            'EQUIPMENT_MODEL',
            'Оборудование / ONT',
            'шт.',
            'switch',
            'да',
            '36',
            'SALE',
            `.${oid}`,
            '{"ponType": "GPON", "lanPorts": 24}',
          ],
          [
            `${prefix}BAD`,
            'Кабель',
            'MATERIAL',
            'Материалы / Кабель',
            'м',
            '',
            '',
            '',
            '',
            '1.3.6.1.4.1.9.1.1',
            '',
          ],
        ],
      ),
      mode: 'VALID_ROWS_ONLY',
    });
    expect(equipment.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'snmpSysObjectId', CatalogErrorCode.EQUIPMENT_ONLY],
    ]);
    const [sw] = await h.database.sql`
      select unit, tracked_by_serial, tracked_by_mac, warranty_months, supply, snmp_sys_object_id
      from catalog.items where sku = ${`${prefix}SW`}`;
    expect(sw).toEqual({
      unit: '796',
      tracked_by_serial: true,
      tracked_by_mac: true,
      warranty_months: 36,
      supply: 'SALE',
      snmp_sys_object_id: oid,
    });
    const exported = await exportItemsCsv(ctx, { search: prefix.slice(0, -1) });
    expect(exported).toContain(`${prefix}SW,Коммутатор,EQUIPMENT_MODEL,Оборудование / ONT,шт,`);
    expect(exported).toContain(`switch,true,true,36,SALE,${oid}`);
  });

  it('sets prices from a prices file, Russian number format included', async () => {
    const { prefix, rows } = goodRows();
    await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    const from = isoDayFromNow(2);
    const next = isoDayFromNow(40);
    const prices = excelCsv(
      ['sku', 'currency', 'amount', 'validFrom', 'validTo', 'includesVat'],
      [
        [`${prefix}ONT-A`, 'RUB', '4 990,00', from, '', ''],
        [`${prefix}ONT-A`, 'RUB', '4 490,50', next, '', 'нет'],
        [`${prefix}CBL-8`, 'RUB', '38.00', from, next, ''],
        [`${prefix}CBL-8`, 'USD', '0.45', from, '', ''],
      ],
    );
    const result = await importPricesCsv(ctx, { csv: prices });
    expect(result).toEqual({ created: 4, updated: 0, skipped: 0, errors: [] });

    const stored = await h.database.sql<
      {
        sku: string;
        currency: string;
        amount: string;
        valid_from: string;
        valid_to: string | null;
        includes_vat: boolean;
      }[]
    >`
      select i.sku, p.currency, p.amount, (p.valid_from at time zone 'UTC')::date::text as valid_from,
             (p.valid_to at time zone 'UTC')::date::text as valid_to, p.includes_vat
      from catalog.prices p join catalog.items i on i.id = p.item_id
      where i.sku like ${`${prefix}%`} order by i.sku, p.currency, p.valid_from`;
    // A blank includesVat: roubles include VAT, dollars do not.
    expect(stored).toEqual([
      {
        sku: `${prefix}CBL-8`,
        currency: 'RUB',
        amount: '38.00',
        valid_from: from,
        valid_to: next,
        includes_vat: true,
      },
      {
        sku: `${prefix}CBL-8`,
        currency: 'USD',
        amount: '0.45',
        valid_from: from,
        valid_to: null,
        includes_vat: false,
      },
      // The second ONT-A price closed the first where it starts.
      {
        sku: `${prefix}ONT-A`,
        currency: 'RUB',
        amount: '4990.00',
        valid_from: from,
        valid_to: next,
        includes_vat: true,
      },
      {
        sku: `${prefix}ONT-A`,
        currency: 'RUB',
        amount: '4490.50',
        valid_from: next,
        valid_to: null,
        includes_vat: false,
      },
    ]);
  });

  it('reports price rows for unknown SKUs and past dates, writing the good rows in VALID_ROWS_ONLY mode', async () => {
    const { prefix, rows } = goodRows();
    await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) });
    const prices = excelCsv(
      ['sku', 'currency', 'amount', 'validFrom'],
      [
        [`${prefix}ONT-A`, 'RUB', '4990.00', isoDayFromNow(3)],
        [`${prefix}NOPE`, 'RUB', '1.00', isoDayFromNow(3)],
        [`${prefix}ONT-B`, 'RUB', '5490.00', isoDayFromNow(-3)],
      ],
    );
    const before = await counts();
    const strict = await importPricesCsv(ctx, { csv: prices });
    expect(strict).toMatchObject({ created: 0, skipped: 3 });
    expect(await counts()).toEqual(before);

    const lenient = await importPricesCsv(ctx, { csv: prices, mode: 'VALID_ROWS_ONLY' });
    expect(lenient).toEqual({
      created: 1,
      updated: 0,
      skipped: 2,
      errors: [
        expect.objectContaining({ line: 3, column: 'sku', code: ErrorCode.NOT_FOUND }),
        expect.objectContaining({ line: 4, column: 'validFrom', code: CatalogErrorCode.PRICE_IN_PAST }),
      ],
    });
    expect((await counts()).prices).toBe(before.prices! + 1);
  });

  describe('export and import again', () => {
    const elsewhere = useServiceHarness(catalog);

    /** The same small tree in either database, so category paths resolve the same. */
    async function exportTree(c: CatalogContext) {
      const root = await createCategory(c, { name: 'Экспорт' });
      await createCategory(c, { name: 'ONT', parentId: root.id, template: ONT_TEMPLATE });
      await createCategory(c, { name: 'Кабель', parentId: root.id, template: CABLE_TEMPLATE });
      return root;
    }

    it('gives the same catalog in another database', async () => {
      const { rows } = goodRows();
      rows[0]![3] = 'Экспорт / ONT';
      rows[1]![3] = 'Экспорт / ONT';
      rows[2]![3] = 'Экспорт / Кабель';
      rows[2]![6] = 'ООО "Инкаб"; Пермь'; // quotes and the delimiter inside a cell
      const mineRoot = await exportTree(ctx);
      expect(await importItemsCsv(ctx, { csv: excelCsv(ITEM_HEADER, rows) })).toMatchObject({ created: 3 });
      const exported = await exportItemsCsv(ctx, { categoryId: mineRoot.id });
      expect(exported.startsWith('\ufeffsku,name,kind,categoryPath,')).toBe(true);

      const theirs = elsewhere.context('CATALOG_MANAGER');
      const theirRoot = await exportTree(theirs);
      const result = await importItemsCsv(theirs, { csv: exported });
      expect(result).toEqual({ created: 3, updated: 0, skipped: 0, errors: [] });

      expect(await exportItemsCsv(theirs, { categoryId: theirRoot.id })).toBe(exported);
      const columns = (sql: typeof h.database.sql) => sql`
        select i.sku, i.name, i.description, i.kind, i.unit, i.status, i.manufacturer, i.vendor_part_number,
               i.characteristics, c.name as category,
               array(select code from catalog.barcodes b where b.item_id = i.id order by code) as codes
        from catalog.items i join catalog.categories c on c.id = i.category_id
        where c.path like (select path from catalog.categories where name = 'Экспорт') || '%'
        order by i.sku`;
      const mine = await columns(h.database.sql);
      expect(mine).toHaveLength(3);
      expect(await columns(elsewhere.database.sql)).toEqual(mine);
    });
  });
});
