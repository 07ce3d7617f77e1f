/**
 * `node scripts/bench/pdf.ts`: how long the kit's PDF layer takes to render a warehouse document of
 * 200 lines (header fields, a table across pages with totals, a Code 128 of the document number,
 * signatures, page numbers). Renders once to warm up (fonts read, code compiled), then `--runs`
 * times, and prints p50/p95 in milliseconds and the size in bytes. The warehouse's budget is 300 ms.
 * The second case is the warehouse's own print form (`renderStockDocument`) of as many lines, with
 * serial numbers on some of them.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPdf, mm } from '../../subgraphs/shared/pdf/index.ts';
import type { StockDocumentPrint } from '../../subgraphs/warehouse/documents/print-data.ts';
import { renderStockDocument } from '../../subgraphs/warehouse/documents/stock-document-pdf.ts';
import { machineLine, percentile, say } from './common.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, lines: { type: 'string', default: '200' } },
});
const RUNS = Number(values.runs);
const LINES = Number(values.lines);
const BUDGET_MS = 300;

const names = [
  'Оптический терминал Huawei HG8245H',
  'Кабель оптический ОКЛ-0,22-8, бухта 2 км, в комплекте с муфтой и крепежом',
  'Патч-корд SC/APC-SC/APC 3 м',
  'Сплиттер PLC 1×8, кассетный, SC/APC',
  'Роутер Wi-Fi TP-Link Archer C6',
];

async function render(): Promise<Uint8Array> {
  const pdf = await createPdf({
    title: 'Приходная накладная № ПН-2026-000123',
    creator: 'warehouse',
    footer: 'ПН-2026-000123',
    creationDate: new Date('2026-03-02T09:30:00Z'),
  });
  pdf.barcode({
    type: 'code128',
    value: 'RCV-2026-000123',
    width: mm(60),
    height: mm(15),
    text: true,
    at: { x: mm(135), y: mm(12) },
  });
  pdf.heading('Приходная накладная № ПН-2026-000123');
  pdf.fields([
    ['Номер', 'ПН-2026-000123'],
    ['Дата', '02.03.2026'],
    ['Склад', 'Центральный склад'],
    ['Поставщик', 'ООО «Оптические системы»'],
    ['Основание', 'Договор поставки № 45/2026 от 15.01.2026'],
  ]);
  pdf.table({
    columns: [
      { header: '№', width: 28, align: 'right' },
      { header: 'Наименование' },
      { header: 'Ед.', width: 32, align: 'center' },
      { header: 'Кол-во', width: 48, align: 'right' },
      { header: 'Цена, ₽', width: 62, align: 'right' },
      { header: 'Сумма, ₽', width: 70, align: 'right' },
    ],
    rows: Array.from({ length: LINES }, (_, i) => [
      String(i + 1),
      names[i % names.length]!,
      'шт',
      String((i % 9) + 1),
      '1 234,50',
      '12 345,00',
    ]),
    totals: ['', 'Итого', '', '1 000', '', '2 469 000,00'],
  });
  pdf.signatures(['Сдал', 'Принял']);
  return pdf.save();
}

const stockDocument: StockDocumentPrint = {
  type: 'RECEIPT',
  status: 'POSTED',
  number: 'RC-2026-000123',
  date: '2026-03-02',
  source: null,
  destination: 'Центральный склад',
  counterpart: 'ООО «Оптические системы»',
  reason: 'Договор поставки № 45/2026 от 15.01.2026',
  comment: null,
  reversalOf: null,
  lines: Array.from({ length: LINES }, (_, i) => ({
    name: names[i % names.length]!,
    sku: `SKU-${String(i + 1).padStart(6, '0')}`,
    unit: 'шт',
    quantity: String((i % 9) + 1),
    serials: i % 5 === 0 ? [`48575443${String(i).padStart(8, '0')}`] : [],
    unitCost: '1234.50',
    cost: '12345.00',
    condition: null,
    direction: null,
  })),
  total: '2469000.00',
  author: 'Иванова А. П.',
  postedAt: new Date('2026-03-02T09:30:00Z'),
};

/** Renders once to warm up, then `RUNS` times; prints the figures and says whether they fit the budget. */
async function measure(label: string, renderOnce: () => Promise<Uint8Array>) {
  let t = performance.now();
  const first = await renderOnce();
  say(`${label}: first render ${(performance.now() - t).toFixed(0)} ms, ${first.length} bytes`);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    bytes = (await renderOnce()).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  say(`${label} × ${RUNS}: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, ${bytes} bytes`);
  say(p95 <= BUDGET_MS ? `within the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget`);
  say(
    JSON.stringify({
      case: label,
      lines: LINES,
      runs: RUNS,
      p50Ms: +p50.toFixed(1),
      p95Ms: +p95.toFixed(1),
      bytes,
    }),
  );
  return p95 <= BUDGET_MS;
}

say(machineLine());
const kit = await measure(`kit document of ${LINES} lines`, render);
const warehouse = await measure(`warehouse document of ${LINES} lines`, () =>
  renderStockDocument(stockDocument),
);
process.exitCode = kit && warehouse ? 0 : 1;
