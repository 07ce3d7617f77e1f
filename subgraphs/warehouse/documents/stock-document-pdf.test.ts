import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mm } from '../../shared/pdf/index.ts';
import { type PdfProbe, probePdf } from '../../shared/pdf/test-tools.ts';
import type { StockDocumentPrint } from './print-data.ts';
import { formatDecimal, renderStockDocument } from './stock-document-pdf.ts';

type Line = StockDocumentPrint['lines'][number];

const line = (over: Partial<Line> = {}): Line => ({
  name: 'Оптический терминал Huawei HG8245H',
  sku: 'ONT-HG8245H',
  unit: 'шт',
  quantity: '1',
  serials: [],
  unitCost: '3450.00',
  cost: '3450.00',
  condition: null,
  direction: null,
  ...over,
});

const document = (over: Partial<StockDocumentPrint> = {}): StockDocumentPrint => ({
  type: 'RECEIPT',
  status: 'POSTED',
  number: 'RC-2026-000123',
  date: '2026-03-02',
  source: null,
  destination: 'Центральный склад',
  counterpart: 'ООО «Оптические системы», счёт № 45/2026',
  reason: 'Договор поставки № 45/2026 от 15.01.2026',
  comment: null,
  reversalOf: null,
  lines: [],
  total: '0.00',
  author: 'Иванова А. П.',
  postedAt: new Date('2026-03-02T09:30:00Z'),
  ...over,
});

// Top right of the first page, where the number's code is printed.
const barcodeArea = { x: mm(210), y: mm(2), width: mm(85), height: mm(30) };

describe('a posted receipt of three lines', () => {
  let probe: PdfProbe;
  let bytes: Uint8Array;
  const receipt = document({
    lines: [
      line({
        quantity: '2',
        serials: ['48575443A1B2C3D4', '48575443A1B2C3D5'],
        unitCost: '3450.00',
        cost: '6900.00',
      }),
      line({
        name: 'Кабель оптический ОКЛ-0,22-8',
        sku: 'CBL-OKL-8',
        unit: 'м',
        quantity: '2000',
        unitCost: '38.50',
        cost: '77000.00',
      }),
      line({
        name: 'Сплиттер PLC 1×8, кассетный',
        sku: 'SPL-PLC-8',
        quantity: '10',
        unitCost: '650.00',
        cost: '6500.00',
      }),
    ],
    total: '90400.00',
  });

  beforeAll(async () => {
    bytes = await renderStockDocument(receipt);
    probe = await probePdf(bytes);
  });

  afterAll(() => probe?.dispose());

  it('prints its title, number, parties and the Russian item names', async () => {
    const text = await probe.text();
    expect(text).toContain('Приходная накладная');
    expect(text).toContain('№ RC-2026-000123 от 02.03.2026');
    expect(text).toMatch(/Склад +Центральный склад/);
    expect(text).toMatch(/Поставщик +ООО «Оптические системы», счёт № 45\/2026/);
    expect(text).toMatch(/Статус +Проведён/);
    expect(text).toContain('Оптический терминал Huawei HG8245H');
    expect(text).toContain('Кабель оптический ОКЛ-0,22-8');
    expect(text).toContain('Сплиттер PLC 1×8, кассетный');
  });

  it('prints quantities, costs and the total as Russian amounts', async () => {
    const text = await probe.text();
    expect(text).toContain('77 000,00');
    expect(text).toMatch(/Итого +90 400,00/);
    expect(text).toContain('2 000');
  });

  it('prints the serial numbers of a serialised line', async () => {
    const text = await probe.text();
    expect(text).toContain('48575443A1B2C3D4');
    expect(text).toContain('48575443A1B2C3D5');
  });

  it('carries a Code 128 that decodes exactly to the document number', async () => {
    expect(await probe.zbar(1, 'code128', barcodeArea)).toEqual(['RC-2026-000123']);
    expect(await probe.zbar(1, 'code128')).toEqual(['RC-2026-000123']);
  });

  it('has signature lines for the one who hands over and the one who receives', async () => {
    expect(await probe.text()).toMatch(/Сдал +\/ +\/ +Принял +\/ +\//);
  });

  it('records the number in the title and is the same file when printed again', async () => {
    expect((await probe.info()).Title).toBe('Приходная накладная № RC-2026-000123');
    expect(Buffer.from(await renderStockDocument(receipt)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a document of 200 lines', () => {
  let probe: PdfProbe;
  const names = ['Патч-корд SC/APC-SC/APC 3 м', 'Роутер Wi-Fi TP-Link Archer C6', 'Коннектор SC/APC'];

  beforeAll(async () => {
    const lines = Array.from({ length: 200 }, (_, i) =>
      line({
        name: `${names[i % names.length]} поз. ${i + 1}`,
        sku: `SKU-${String(i + 1).padStart(5, '0')}`,
        quantity: '1',
        serials: i % 7 === 0 ? [`SN${String(i + 1).padStart(8, '0')}`] : [],
        unitCost: '100.00',
        cost: '100.00',
      }),
    );
    probe = await probePdf(
      await renderStockDocument(
        document({
          type: 'ISSUE',
          number: 'IS-2026-000777',
          source: 'Центральный склад',
          lines,
          total: '20000.00',
        }),
      ),
    );
  });

  afterAll(() => probe?.dispose());

  const pages = async () => {
    const count = await probe.pageCount();
    return Promise.all(Array.from({ length: count }, (_, i) => probe.text(i + 1)));
  };

  it('flows over several pages, each numbered', async () => {
    const all = await pages();
    expect(all.length).toBeGreaterThanOrEqual(4);
    all.forEach((text, i) => {
      expect(text).toContain(`Страница ${i + 1} из ${all.length}`);
      expect(text).toContain('Расходная накладная № IS-2026-000777');
    });
  });

  it('prints every line exactly once, in order', async () => {
    const positions = (await pages()).flatMap((text) =>
      [...text.matchAll(/поз\. (\d+)/g)].map((m) => Number(m[1])),
    );
    expect(positions).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const skus = (await probe.text()).match(/SKU-\d{5}/g) ?? [];
    expect(new Set(skus).size).toBe(200);
    expect(skus).toHaveLength(200);
  });

  it('prints each serial number once and the total on the last page', async () => {
    const text = await probe.text();
    for (let i = 0; i < 200; i += 7) {
      const serial = `SN${String(i + 1).padStart(8, '0')}`;
      expect(text.split(serial)).toHaveLength(2);
    }
    const all = await pages();
    expect(all.filter((page) => /Итого +20 000,00/.test(page))).toHaveLength(1);
    expect(all.at(-1)).toMatch(/Отпустил +\/ +\/ +Получил/);
  });
});

describe('status, reversal and the forms of other documents', () => {
  const render = async (doc: StockDocumentPrint) => {
    const probe = await probePdf(await renderStockDocument(doc));
    try {
      return await probe.text();
    } finally {
      await probe.dispose();
    }
  };

  it('marks a draft as a draft', async () => {
    const text = await render(
      document({ status: 'DRAFT', postedAt: null, lines: [line({ unitCost: null, cost: null })] }),
    );
    expect(text).toMatch(/Статус +Черновик/);
    expect(text).toContain('ЧЕРНОВИК');
    expect(text).not.toContain('Проведён');
  });

  it('names the document a reversal reverses', async () => {
    const text = await render(
      document({ type: 'ISSUE', number: 'IS-2026-000046', reversalOf: 'IS-2026-000045', lines: [line()] }),
    );
    expect(text).toContain('Сторнирует документ № IS-2026-000045');
    expect(text).toMatch(/Сторнируемый документ +IS-2026-000045/);
  });

  it.each([
    ['TRANSFER', 'Накладная на перемещение', /Сдал .*Принял/],
    ['WRITE_OFF', 'Акт списания', /Составил .*Утвердил/],
    ['RETURN', 'Возвратная накладная', /Сдал .*Принял/],
  ] as const)('titles a %s «%s» with its signatures', async (type, title, signatures) => {
    const text = await render(
      document({ type, source: 'Склад № 2', destination: 'Центральный склад', lines: [line()] }),
    );
    expect(text).toContain(title);
    expect(text).toMatch(signatures);
  });

  it('prints an adjustment’s directions and conditions, approved by a third person', async () => {
    const text = await render(
      document({
        type: 'ADJUSTMENT',
        source: 'Центральный склад',
        destination: 'Центральный склад',
        lines: [
          line({ direction: 'IN', condition: 'Новый' }),
          line({ direction: 'OUT', condition: 'Б/у', sku: 'ONT-USED' }),
        ],
      }),
    );
    expect(text).toContain('Акт корректировки остатков');
    expect(text).toMatch(/Движение/);
    expect(text).toContain('Приход');
    expect(text).toContain('Расход');
    expect(text).toContain('Б/у');
    expect(text).toMatch(/Проверил/);
    expect(text).toMatch(/Утвердил/);
  });
});

describe('formatDecimal', () => {
  it('groups thousands and writes a decimal comma', () => {
    expect(formatDecimal('1290.00')).toBe('1\u00a0290,00');
    expect(formatDecimal('120.5')).toBe('120,5');
    expect(formatDecimal('2')).toBe('2');
    expect(formatDecimal('-1234567.1')).toBe('−1\u00a0234\u00a0567,1');
  });
});
