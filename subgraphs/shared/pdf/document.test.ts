import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdf, type TableColumn } from './document.ts';
import { mm } from './layout.ts';
import { type PdfProbe, probePdf } from './test-tools.ts';

const creationDate = new Date('2026-03-02T09:30:00Z');

const columns: TableColumn[] = [
  { header: '№', width: 28, align: 'right' },
  { header: 'Наименование', width: { fr: 1 } },
  { header: 'Ед.', width: 32, align: 'center' },
  { header: 'Кол-во', width: 48, align: 'right' },
  { header: 'Цена, ₽', width: 62, align: 'right' },
  { header: 'Сумма, ₽', width: 70, align: 'right' },
];

async function receipt(): Promise<Uint8Array> {
  const pdf = await createPdf({
    title: 'Приходная накладная № ПН-2026-000123',
    creator: 'warehouse',
    creationDate,
  });
  pdf
    .heading('Приходная накладная № ПН-2026-000123')
    .fields([
      ['Номер', 'ПН-2026-000123'],
      ['Дата', '02.03.2026'],
      ['Склад', 'Центральный склад'],
      ['Поставщик', 'ООО «Оптические системы»'],
    ])
    .table({
      columns,
      rows: [
        ['1', 'Оптический терминал Huawei HG8245H', 'шт', '12', '3 450,00', '41 400,00'],
        ['2', 'Кабель оптический ОКЛ-0,22-8', 'м', '2 000', '38,50', '77 000,00'],
      ],
      totals: ['', 'Итого', '', '', '', '118 400,00'],
    })
    .signatures(['Сдал', 'Принял']);
  return pdf.save();
}

describe('a document in Russian', () => {
  let probe: PdfProbe;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await receipt();
    probe = await probePdf(bytes);
  });

  afterAll(() => probe?.dispose());

  it('prints Cyrillic, Latin and digits that pdftotext reads back', async () => {
    const text = await probe.text();
    expect(text).toContain('Приходная накладная № ПН-2026-000123');
    expect(text).toContain('Оптический терминал Huawei HG8245H');
    expect(text).toContain('Кабель оптический ОКЛ-0,22-8');
    expect(text).toContain('118 400,00');
  });

  it('prints the header fields as label and value on one line', async () => {
    const text = await probe.text();
    expect(text).toMatch(/Номер +ПН-2026-000123/);
    expect(text).toMatch(/Склад +Центральный склад/);
    expect(text).toMatch(/Поставщик +ООО «Оптические системы»/);
  });

  it('right-aligns numeric columns so their last digits line up', async () => {
    const words = await probe.words(1);
    const rightEdge = (text: string) => words.filter((w) => w.text === text).map((w) => w.xMax);
    // The amounts' last words: «41 400,00», «77 000,00» and the totals' «118 400,00».
    const sums = [...rightEdge('400,00'), ...rightEdge('000,00')];
    expect(sums).toHaveLength(3);
    for (const x of sums) expect(x).toBeCloseTo(sums[0]!, 1);
    const prices = [...rightEdge('450,00'), ...rightEdge('38,50')];
    expect(prices).toHaveLength(2);
    expect(prices[0]).toBeCloseTo(prices[1]!, 1);
  });

  it('prints signature lines for each role with their captions', async () => {
    const text = await probe.text();
    expect(text).toMatch(/Сдал +\/ +\/ +Принял +\/ +\//);
    expect(text).toContain('расшифровка подписи');
  });

  it('numbers its pages in the footer', async () => {
    expect(await probe.text(1)).toContain('Страница 1 из 1');
  });

  it('records title, creator, producer and the given creation date', async () => {
    const info = await probe.info();
    expect(info).toMatchObject({
      Title: 'Приходная накладная № ПН-2026-000123',
      Creator: 'warehouse',
      Producer: 'telecom-oss-graph',
      Pages: '1',
      CreationDate: 'Mon Mar  2 09:30:00 2026 UTC',
      ModDate: 'Mon Mar  2 09:30:00 2026 UTC',
    });
    expect(info['Page size']).toContain('595.276 x 841.89 pts (A4)');
  });

  it('produces the same bytes for the same data and date', async () => {
    expect(Buffer.from(await receipt()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a 200-line table', () => {
  let probe: PdfProbe;
  const names = ['Оптический терминал Huawei HG8245H', 'Патч-корд SC/APC-SC/APC 3 м', 'Сплиттер PLC 1×8'];
  const name = (n: number) =>
    n % 10 === 0
      ? `Кабель оптический ОКЛ-0,22-8, бухта 2 км, в комплекте с муфтой, кронштейнами и крепежом, партия ${n}`
      : names[n % names.length]!;

  beforeAll(async () => {
    const pdf = await createPdf({ title: 'Инвентаризационная опись № ИНВ-2026-000007', creationDate });
    pdf.heading('Инвентаризационная опись № ИНВ-2026-000007');
    pdf.table({
      columns,
      rows: Array.from({ length: 200 }, (_, i) => [
        String(i + 1),
        name(i + 1),
        'шт',
        '5',
        '100,00',
        '500,00',
      ]),
      totals: ['', 'Итого', '', '1 000', '', '100 000,00'],
    });
    probe = await probePdf(await pdf.save());
  });

  afterAll(() => probe?.dispose());

  const pages = async () => {
    const count = await probe.pageCount();
    return Promise.all(Array.from({ length: count }, (_, i) => probe.text(i + 1)));
  };
  const rowNumbers = (text: string) =>
    [...text.matchAll(/^ *(\d+) +(?:Оптический|Патч-корд|Сплиттер|Кабель)/gm)].map((m) => Number(m[1]));

  it('flows onto several pages', async () => {
    expect(await probe.pageCount()).toBeGreaterThanOrEqual(4);
  });

  it('repeats the table header on every page', async () => {
    for (const text of await pages())
      expect(text).toMatch(/№ +Наименование +Ед\. +Кол-во +Цена, ₽ +Сумма, ₽/);
  });

  it('prints every row exactly once, in order', async () => {
    const numbers = (await pages()).flatMap(rowNumbers);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('never splits a row across pages', async () => {
    for (const text of await pages()) {
      for (const n of rowNumbers(text).filter((n) => n % 10 === 0)) {
        // The wrapped row's last line, with its batch number, is on the page of its first line.
        expect(text).toContain(`партия ${n}`);
      }
    }
  });

  it('prints the totals once, on the last page', async () => {
    const all = await pages();
    expect(all.filter((text) => text.includes('100 000,00'))).toHaveLength(1);
    expect(all.at(-1)).toContain('100 000,00');
  });

  it('numbers the pages «Страница N из M»', async () => {
    const all = await pages();
    all.forEach((text, i) => {
      expect(text).toContain(`Страница ${i + 1} из ${all.length}`);
    });
  });
});

describe('document layout', () => {
  it('keeps a Latin letter in the text of a later document after a Cyrillic one built from it', async () => {
    // DejaVu draws Cyrillic «Ј» with the Latin J glyph: met first as a part, it must still read as "J".
    const first = await createPdf({ title: 'Ј', creationDate });
    await first.heading('Јота').save();
    const later = await createPdf({ title: 'J', creationDate });
    const probe = await probePdf(await later.heading('JX-2026').save());
    try {
      expect(await probe.text()).toContain('JX-2026');
    } finally {
      await probe.dispose();
    }
  });

  it('keeps a one-line page small by embedding only the glyphs used', async () => {
    const pdf = await createPdf({ title: 'Проба', creationDate });
    const bytes = await pdf.text('Склад № 1').save();
    expect(bytes.length).toBeLessThan(12_000);
  });

  it('prints amounts formatted by Intl with their no-break spaces intact', async () => {
    const amount = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(2469000);
    const pdf = await createPdf({ title: 'Сумма', creationDate });
    const probe = await probePdf(await pdf.text(`Итого к оплате: ${amount} ₽`).save());
    try {
      // pdftotext writes a no-break space as a plain one; the amount is still one unbroken run.
      expect(await probe.text()).toContain('Итого к оплате: 2 469 000,00 ₽');
    } finally {
      await probe.dispose();
    }
  });

  it('lays landscape pages out sideways', async () => {
    const pdf = await createPdf({ title: 'Сличительная ведомость', orientation: 'landscape' });
    const probe = await probePdf(await pdf.heading('Сличительная ведомость').save());
    try {
      expect((await probe.info())['Page size']).toContain('841.89 x 595.276 pts (A4)');
    } finally {
      await probe.dispose();
    }
  });

  it('continues a long paragraph on the next page, line by line', async () => {
    const pdf = await createPdf({ title: 'Акт', creationDate });
    const words = Array.from({ length: 1500 }, (_, i) => `слово${i + 1}`).join(' ');
    const probe = await probePdf(await pdf.text(words).save());
    try {
      const count = await probe.pageCount();
      expect(count).toBeGreaterThan(1);
      const text = (await probe.text()).replace(/\s+/g, ' ');
      expect(text).toContain('слово1 слово2');
      expect(text).toContain('слово1499 слово1500');
    } finally {
      await probe.dispose();
    }
  });

  it('places a barcode at a fixed spot without moving the text', async () => {
    const pdf = await createPdf({ title: 'Расходная накладная', creationDate });
    pdf.barcode({
      type: 'code128',
      value: 'ISS-2026-000045',
      width: mm(55),
      height: mm(14),
      at: { x: mm(140), y: mm(10) },
    });
    pdf.heading('Расходная накладная № РН-2026-000045');
    const probe = await probePdf(await pdf.save());
    try {
      // The heading is still the first line; the code sits beside it, top right.
      expect((await probe.text(1)).trimStart().startsWith('Расходная накладная')).toBe(true);
      expect(await probe.zbar(1, 'code128', { x: mm(135), y: mm(5), width: mm(65), height: mm(24) })).toEqual(
        ['ISS-2026-000045'],
      );
    } finally {
      await probe.dispose();
    }
  });

  it('refuses a row whose cells do not match the columns', async () => {
    const pdf = await createPdf({ title: 'Ошибка' });
    expect(() => pdf.table({ columns, rows: [['1', 'Кабель']] })).toThrow(
      /Row 1 has 2 cells; the table has 6 columns/,
    );
  });

  it('refuses to be used after it has been saved', async () => {
    const pdf = await createPdf({ title: 'Сохранён' });
    await pdf.save();
    expect(() => pdf.text('ещё')).toThrow(/has been saved/);
  });
});
