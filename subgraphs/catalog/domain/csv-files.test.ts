import { describe, expect, it } from 'vitest';
import {
  ITEM_CSV_COLUMNS,
  type ItemCsvRow,
  itemsToCsv,
  PRICE_CSV_COLUMNS,
  type PriceCsvRow,
  parseItemsCsv,
  parsePricesCsv,
  pricesToCsv,
} from './csv-files.ts';

const ont: Omit<ItemCsvRow, 'line'> = {
  sku: 'ONT-HG8245H',
  name: 'ONT Huawei HG8245H, белый',
  kind: 'EQUIPMENT_MODEL',
  categoryPath: 'Оборудование / Абонентское оборудование / ONT',
  unit: 'шт',
  status: 'ACTIVE',
  manufacturer: 'Huawei',
  vendorPartNumber: '50082964',
  description: 'Терминал GPON; 4 порта LAN, "Wi-Fi 2.4 ГГц".\nВторая строка,\r\nтретья строка',
  barcodes: ['6901443123457', 'CAT000000123'],
  characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true, note: 'He said "ok", then; left' },
  keywords: ['ONT', 'оптический терминал', 'fiber, fibre'],
  trackedBySerial: true,
  trackedByMac: false,
  warrantyMonths: 12,
  supply: 'SALE_OR_RENTAL',
  snmpSysObjectId: null,
};

const cable: Omit<ItemCsvRow, 'line'> = {
  sku: 'CABLE-DROP-1',
  name: 'Кабель дроп 1 волокно',
  kind: 'MATERIAL',
  categoryPath: 'Материалы / Кабель',
  unit: 'м',
  status: null,
  manufacturer: null,
  vendorPartNumber: null,
  description: null,
  barcodes: [],
  characteristics: {},
  keywords: [],
  trackedBySerial: null,
  trackedByMac: null,
  warrantyMonths: null,
  supply: null,
  snmpSysObjectId: null,
};

const itemHeader = 'sku,name,kind,categoryPath,unit';

describe('exporting', () => {
  it('writes a BOM, a header, commas and CRLF line endings', () => {
    const csv = itemsToCsv([cable]);
    expect(csv).toBe(
      `\ufeff${ITEM_CSV_COLUMNS.join(',')}\r\n` +
        'CABLE-DROP-1,Кабель дроп 1 волокно,MATERIAL,Материалы / Кабель,м,,,,,,,,,,,,\r\n',
    );
    expect(pricesToCsv([])).toBe(`\ufeff${PRICE_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('quotes cells holding commas, quotes and line breaks', () => {
    const csv = itemsToCsv([ont]);
    expect(csv).toContain('"ONT Huawei HG8245H, белый"');
    expect(csv).toContain('""Wi-Fi 2.4 ГГц""');
    expect(csv).toContain('"{""ponType"":""GPON""');
  });
});

describe('round trip', () => {
  it('reads back the items it wrote, with Cyrillic, quotes, commas and line breaks in descriptions', () => {
    const { rows, errors } = parseItemsCsv(itemsToCsv([ont, cable]));
    expect(errors).toEqual([]);
    // The ONT's description spans three physical lines, so the cable starts on line 5.
    expect(rows).toEqual([
      { ...ont, line: 2 },
      { ...cable, line: 5 },
    ]);
  });

  it('reads back the prices it wrote', () => {
    const prices: Omit<PriceCsvRow, 'line'>[] = [
      {
        sku: 'ONT-HG8245H',
        currency: 'RUB',
        amount: '4990.00',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        recurringPeriod: null,
        includesVat: true,
      },
      {
        sku: 'SRV-INTERNET-500',
        currency: 'RUB',
        amount: '750.5',
        validFrom: '2025-03-01T00:00:00+03:00',
        validTo: null,
        recurringPeriod: 'MONTH',
        includesVat: null,
      },
    ];
    const { rows, errors } = parsePricesCsv(pricesToCsv(prices));
    expect(errors).toEqual([]);
    expect(rows).toEqual(prices.map((p, i) => ({ ...p, line: i + 2 })));
  });
});

describe('reading items', () => {
  it('reads a file from Russian Excel: BOM, semicolons, CRLF, header in any case', () => {
    const text =
      '\ufeffSKU;Name;KIND;CategoryPath;Unit;Barcodes;Characteristics;Description\r\n' +
      'ONT-1;ONT Huawei;EQUIPMENT_MODEL;Оборудование / ONT;PCS;4006381333931, 5901234123457;' +
      '"{""ponType"": ""GPON"", ""lanPorts"": 4}";"Строка 1\r\nСтрока 2; с точкой с запятой"\r\n' +
      'ONT-2;ONT ZTE;EQUIPMENT_MODEL;Оборудование / ONT;PCS;4600051000057;;\r\n';
    const { rows, errors } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        sku: 'ONT-1',
        name: 'ONT Huawei',
        kind: 'EQUIPMENT_MODEL',
        categoryPath: 'Оборудование / ONT',
        unit: 'PCS',
        status: null,
        manufacturer: null,
        vendorPartNumber: null,
        description: 'Строка 1\r\nСтрока 2; с точкой с запятой',
        barcodes: ['4006381333931', '5901234123457'],
        characteristics: { ponType: 'GPON', lanPorts: 4 },
        keywords: [],
        trackedBySerial: null,
        trackedByMac: null,
        warrantyMonths: null,
        supply: null,
        snmpSysObjectId: null,
      },
      expect.objectContaining({ line: 4, sku: 'ONT-2', barcodes: ['4600051000057'], characteristics: {} }),
    ]);
  });

  it('reads keywords separated by semicolons and yes/no cells in either language', () => {
    const text = [
      'sku,name,kind,categoryPath,unit,keywords,trackedBySerial,trackedByMac,warrantyMonths,supply,snmpSysObjectId',
      'SW-1,Switch,EQUIPMENT_MODEL,Root,шт,"switch; коммутатор ;ethernet",да,Нет,24,SALE,.1.3.6.1.4.1.171.10.113.1.3',
      'SW-2,Switch,EQUIPMENT_MODEL,Root,796,,TRUE,0,,,',
    ].join('\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(errors).toEqual([]);
    expect(
      rows.map((r) => [
        r.keywords,
        r.trackedBySerial,
        r.trackedByMac,
        r.warrantyMonths,
        r.supply,
        r.snmpSysObjectId,
      ]),
    ).toEqual([
      [['switch', 'коммутатор', 'ethernet'], true, false, 24, 'SALE', '.1.3.6.1.4.1.171.10.113.1.3'],
      [[], true, false, null, null, null],
    ]);
  });

  it('refuses a yes/no cell that is neither, and a warranty that is not a whole number', () => {
    const text = [
      'sku,name,kind,categoryPath,unit,trackedByMac,warrantyMonths',
      'A,N,EQUIPMENT_MODEL,Root,шт,maybe,1.5',
    ].join('\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'trackedByMac', 'INVALID_BOOLEAN'],
      [2, 'warrantyMonths', 'INVALID_NUMBER'],
    ]);
  });

  it('numbers rows by the physical line they start on, counting blank lines and line breaks in cells', () => {
    const text = [
      itemHeader,
      'A,"Name',
      'continued",MATERIAL,Root,PCS',
      '',
      'B,,MATERIAL,Root,PCS',
      ',,,,',
      'C,Name C,MATERIAL,Root,PCS',
    ].join('\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => [r.sku, r.line])).toEqual([
      ['A', 2],
      ['C', 7],
    ]);
    expect(errors).toEqual([{ line: 5, column: 'name', code: 'REQUIRED', message: expect.any(String) }]);
  });

  it('reports every empty required cell of a row', () => {
    const { rows, errors } = parseItemsCsv(`${itemHeader}\r\nX-1, ,,Root,\r\n`);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'name', 'REQUIRED'],
      [2, 'kind', 'REQUIRED'],
      [2, 'unit', 'REQUIRED'],
    ]);
  });

  it('refuses characteristics that are not a JSON object', () => {
    const text = [
      `${itemHeader},characteristics`,
      'A,Name,MATERIAL,Root,PCS,{ponType: GPON}',
      'B,Name,MATERIAL,Root,PCS,"[1,2]"',
      'C,Name,MATERIAL,Root,PCS,"{""lanPorts"": 4}"',
    ].join('\r\n');
    const { rows, errors } = parseItemsCsv(text);
    expect(rows.map((r) => r.sku)).toEqual(['C']);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'characteristics', 'INVALID_JSON'],
      [3, 'characteristics', 'INVALID_JSON'],
    ]);
  });

  it('refuses unknown columns with one error on the header line', () => {
    const { rows, errors } = parseItemsCsv(`${itemHeader},colour,weight\nA,Name,MATERIAL,Root,PCS,white,1\n`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        column: null,
        code: 'UNKNOWN_COLUMN',
        message: expect.stringContaining('"colour", "weight"'),
      },
    ]);
  });

  it('refuses a file without a required column', () => {
    const { errors } = parseItemsCsv('sku,name,kind\nA,Name,MATERIAL\n');
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 'categoryPath', 'MISSING_COLUMN'],
      [1, 'unit', 'MISSING_COLUMN'],
    ]);
  });

  it('refuses an empty file for want of a header', () => {
    expect(parseItemsCsv('\ufeff').errors).toEqual([
      { line: 1, column: null, code: 'MISSING_HEADER', message: expect.any(String) },
    ]);
  });

  it('reports an unclosed quote as malformed CSV at the line where the record starts', () => {
    const text = `${itemHeader}\nA,Name,MATERIAL,Root,PCS\n\nB,"Name,MATERIAL,Root,PCS\nC,Name,MATERIAL,Root,PCS\n`;
    const { rows, errors } = parseItemsCsv(text);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 4, column: null, code: 'MALFORMED_CSV', message: expect.stringContaining('line 4') },
    ]);
  });

  it('refuses a row with more values than the header names', () => {
    const { rows, errors } = parseItemsCsv(`${itemHeader}\nA,Name, with comma,MATERIAL,Root,PCS\n`);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.code])).toEqual([[2, 'COLUMN_COUNT']]);
  });

  it('tolerates a trailing delimiter that leaves an unnamed empty column', () => {
    const { rows, errors } = parseItemsCsv('sku;name;kind;categoryPath;unit;\nA;Name;MATERIAL;Root;PCS;\n');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.sku)).toEqual(['A']);
  });
});

describe('reading prices', () => {
  const header = 'sku;currency;amount;validFrom;validTo;recurringPeriod';

  it('normalises decimal commas and Excel’s thousands separators to a plain decimal', () => {
    const text = [
      header,
      'A;RUB;1490,5;2025-01-01;;',
      'B;RUB;1\u00a0234,50;2025-01-01;;',
      'C;USD;12.99;2025-01-01;;',
      'D;RUB;0;2025-01-01;;',
    ].join('\r\n');
    const { rows, errors } = parsePricesCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.amount)).toEqual(['1490.5', '1234.50', '12.99', '0']);
  });

  it('refuses amounts that are not a non-negative decimal with at most two places and twelve digits', () => {
    const amounts = ['12.345', '-5', 'abc', '1,2,3', '1 23,4', '12.', '1234567890123'];
    const text = [header, ...amounts.map((a, i) => `S${i};RUB;"${a}";2025-01-01;;`)].join('\n');
    const { rows, errors } = parsePricesCsv(text);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual(
      amounts.map((_, i) => [i + 2, 'amount', 'INVALID_AMOUNT']),
    );
  });

  it('accepts ISO dates, datetimes with a zone and the DD.MM.YYYY Excel writes back', () => {
    const text = [
      header,
      'A;RUB;1;2025-02-28;2025-12-31T23:59:59.999Z;MONTH',
      'B;RUB;1;01.03.2025;31.12.2025;',
      'C;RUB;1;2025-03-01T00:00+03:00;;',
    ].join('\n');
    const { rows, errors } = parsePricesCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.validFrom, r.validTo, r.recurringPeriod])).toEqual([
      ['2025-02-28', '2025-12-31T23:59:59.999Z', 'MONTH'],
      ['2025-03-01', '2025-12-31', null],
      ['2025-03-01T00:00+03:00', null, null],
    ]);
  });

  it('refuses impossible dates and datetimes without a zone', () => {
    const text = [
      header,
      'A;RUB;1;2025-02-30;;',
      'B;RUB;1;2025-01-01T10:00;;',
      'C;RUB;1;2025-01-01;tomorrow;',
      'D;RUB;1;2025-01-01T24:00:00Z;;',
    ].join('\n');
    const { rows, errors } = parsePricesCsv(text);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'validFrom', 'INVALID_DATE'],
      [3, 'validFrom', 'INVALID_DATE'],
      [4, 'validTo', 'INVALID_DATE'],
      [5, 'validFrom', 'INVALID_DATE'],
    ]);
  });

  it('refuses a currency that is not three capital letters', () => {
    const { errors } = parsePricesCsv([header, 'A;rub;1;2025-01-01;;', 'B;RUBL;1;2025-01-01;;'].join('\n'));
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'currency', 'INVALID_CURRENCY'],
      [3, 'currency', 'INVALID_CURRENCY'],
    ]);
  });

  it('reports every problem of a row at once and keeps the good rows', () => {
    const text = [header, ';usd;1.234;31.02.2025;;', 'OK;EUR;10;2025-01-01;;'].join('\n');
    const { rows, errors } = parsePricesCsv(text);
    expect(rows.map((r) => [r.line, r.sku])).toEqual([[3, 'OK']]);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'sku', 'REQUIRED'],
      [2, 'currency', 'INVALID_CURRENCY'],
      [2, 'amount', 'INVALID_AMOUNT'],
      [2, 'validFrom', 'INVALID_DATE'],
    ]);
  });

  it('needs the required price columns and no others', () => {
    const { errors } = parsePricesCsv('sku,currency,price,validFrom\nA,RUB,1,2025-01-01\n');
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, null, 'UNKNOWN_COLUMN'],
      [1, 'amount', 'MISSING_COLUMN'],
    ]);
  });
});
