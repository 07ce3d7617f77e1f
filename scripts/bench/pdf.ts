/**
 * `node scripts/bench/pdf.ts`: how long the kit's PDF layer takes to render a warehouse document of
 * 200 lines (header fields, a table across pages with totals, a Code 128 of the document number,
 * signatures, page numbers). Renders once to warm up (fonts read, code compiled), then `--runs`
 * times, and prints p50/p95 in milliseconds and the size in bytes. The warehouse's budget is 300 ms.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPdf, mm } from '../../subgraphs/shared/pdf/index.ts';
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

let t = performance.now();
const first = await render();
say(machineLine());
say(`first render (reads the fonts): ${(performance.now() - t).toFixed(0)} ms, ${first.length} bytes`);

const times: number[] = [];
let bytes = 0;
for (let i = 0; i < RUNS; i++) {
  t = performance.now();
  bytes = (await render()).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const p50 = percentile(times, 50);
const p95 = percentile(times, 95);
say(`${LINES}-line document × ${RUNS}: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, ${bytes} bytes`);
say(p95 <= BUDGET_MS ? `within the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget`);
say(JSON.stringify({ lines: LINES, runs: RUNS, p50Ms: +p50.toFixed(1), p95Ms: +p95.toFixed(1), bytes }));
process.exitCode = p95 <= BUDGET_MS ? 0 : 1;
