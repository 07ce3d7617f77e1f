import { createPdf, mm, type Signature, type TableColumn } from '../../shared/pdf/index.ts';
import type { StockDocumentPrint } from './print-data.ts';

type DocumentType = StockDocumentPrint['type'];

/** The form's name, as Russian warehouse paperwork calls each kind of document. */
export const STOCK_DOCUMENT_TITLES: Readonly<Record<DocumentType, string>> = {
  RECEIPT: 'Приходная накладная',
  ISSUE: 'Расходная накладная',
  TRANSFER: 'Накладная на перемещение',
  WRITE_OFF: 'Акт списания',
  RETURN: 'Возвратная накладная',
  ADJUSTMENT: 'Акт корректировки остатков',
};

const STATUS_NAMES: Readonly<Record<StockDocumentPrint['status'], string>> = {
  DRAFT: 'Черновик',
  POSTED: 'Проведён',
  REVERSED: 'Сторнирован',
};

/** How each form names where stock comes from, where it goes and who the other party is. */
const PARTIES: Readonly<
  Record<DocumentType, { source: string; destination: string; counterpart: string; reason: string }>
> = {
  RECEIPT: { source: 'Откуда', destination: 'Склад', counterpart: 'Поставщик', reason: 'Основание' },
  ISSUE: { source: 'Склад', destination: 'Куда', counterpart: 'Получатель', reason: 'Основание' },
  TRANSFER: { source: 'Отправитель', destination: 'Получатель', counterpart: 'Основание', reason: 'Причина' },
  WRITE_OFF: { source: 'Склад', destination: 'Куда', counterpart: 'Основание', reason: 'Причина списания' },
  RETURN: { source: 'Откуда', destination: 'Склад', counterpart: 'Возврат от', reason: 'Причина возврата' },
  ADJUSTMENT: { source: 'Склад', destination: 'Склад', counterpart: 'Основание', reason: 'Причина' },
};

/**
 * Who signs each form. Stock changing hands needs the one who hands it over and the one who takes it;
 * an act (write-off, adjustment) is drawn up by one person and approved by another.
 */
const SIGNATURES: Readonly<Record<DocumentType, readonly string[]>> = {
  RECEIPT: ['Сдал', 'Принял'],
  ISSUE: ['Отпустил', 'Получил'],
  TRANSFER: ['Сдал', 'Принял'],
  WRITE_OFF: ['Составил', 'Утвердил'],
  RETURN: ['Сдал', 'Принял'],
  ADJUSTMENT: ['Составил', 'Проверил', 'Утвердил'],
};

const DIRECTIONS = { IN: 'Приход', OUT: 'Расход' } as const;

const NBSP = '\u00a0';

/** "1290.00" → «1 290,00», "-3" → «−3»: the API's decimal strings as Russian paperwork prints them. */
export function formatDecimal(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "2026-03-02" → «02.03.2026». */
function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

function formatMoment(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(moment);
}

const money = (value: string | null) => (value === null ? '—' : formatDecimal(value));

/**
 * The print form of a stock document: its title and number, the parties, status (a draft is marked as
 * such, a reversal names the document it reverses), the lines with serial numbers and costs, totals,
 * signature lines and a Code 128 of the number for scanning the paper back in. Pure: the same data
 * prints the same bytes.
 */
export async function renderStockDocument(doc: StockDocumentPrint): Promise<Uint8Array> {
  const title = STOCK_DOCUMENT_TITLES[doc.type];
  const fullTitle = `${title} № ${doc.number}`;
  const draft = doc.status === 'DRAFT';
  const pdf = await createPdf({
    title: fullTitle,
    subject: draft ? `${fullTitle} (черновик)` : fullTitle,
    author: doc.author,
    creator: 'warehouse',
    // Landscape, as the unified forms are: ten columns with serial numbers need the width.
    orientation: 'landscape',
    // The document's own moment, so a reprint is byte-for-byte the same file.
    creationDate: doc.postedAt ?? new Date(`${doc.date}T00:00:00Z`),
    footer: draft ? `${fullTitle} — черновик` : fullTitle,
  });

  // Top right, beside the title, where a scanner at the counter expects it.
  pdf.barcode({
    type: 'code128',
    value: doc.number,
    width: mm(62),
    height: mm(16),
    text: true,
    at: { x: mm(297 - 15 - 62), y: mm(8) },
  });
  pdf.heading(title);
  pdf.heading(`№ ${doc.number} от ${formatDate(doc.date)}`, { level: 2 });
  if (draft) pdf.text('ЧЕРНОВИК — документ не проведён и не изменил остатки', { bold: true });
  if (doc.reversalOf) pdf.text(`Сторнирует документ № ${doc.reversalOf}`, { bold: true });

  const parties = PARTIES[doc.type];
  const fields: Array<readonly [string, string]> = [
    ['Номер', doc.number],
    ['Дата', formatDate(doc.date)],
    ['Статус', STATUS_NAMES[doc.status]],
  ];
  if (doc.source !== null) fields.push([parties.source, doc.source]);
  if (doc.destination !== null && !(doc.type === 'ADJUSTMENT' && doc.destination === doc.source)) {
    fields.push([parties.destination, doc.destination]);
  }
  if (doc.counterpart !== null) fields.push([parties.counterpart, doc.counterpart]);
  if (doc.reversalOf) fields.push(['Сторнируемый документ', doc.reversalOf]);
  if (doc.reason !== null) fields.push([parties.reason, doc.reason]);
  if (doc.comment !== null) fields.push(['Комментарий', doc.comment]);
  fields.push(['Составил', doc.author]);
  if (doc.postedAt) fields.push(['Проведён', formatMoment(doc.postedAt, doc.timeZone ?? 'Europe/Moscow')]);
  pdf.fields(fields);

  const withCondition = doc.lines.some((line) => line.condition !== null);
  const withDirection = doc.type === 'ADJUSTMENT' || doc.lines.some((line) => line.direction !== null);
  const columns: TableColumn[] = [
    { header: '№', width: 24, align: 'right' },
    { header: 'Наименование', width: { fr: 2 } },
    { header: 'Артикул', width: 90 },
    { header: 'Ед.', width: 30, align: 'center' },
    ...(withDirection ? [{ header: 'Движение', width: 64, align: 'center' } as const] : []),
    { header: 'Кол-во', width: 50, align: 'right' },
    { header: 'Серийные номера', width: { fr: 1.4 } },
    ...(withCondition ? [{ header: 'Состояние', width: 64 } as const] : []),
    { header: 'Цена, ₽', width: 62, align: 'right' },
    { header: 'Сумма, ₽', width: 70, align: 'right' },
  ];
  const rows = doc.lines.map((line, index) => [
    String(index + 1),
    line.name,
    line.sku,
    line.unit,
    ...(withDirection ? [line.direction ? DIRECTIONS[line.direction] : ''] : []),
    formatDecimal(line.quantity),
    line.serials.join(', '),
    ...(withCondition ? [line.condition ?? ''] : []),
    money(line.unitCost),
    money(line.cost),
  ]);
  const totals = columns.map(() => '');
  totals[1] = 'Итого';
  totals[totals.length - 1] = formatDecimal(doc.total);
  pdf.table({ columns, rows, totals });

  const count = doc.lines.length;
  const serials = doc.lines.reduce((sum, line) => sum + line.serials.length, 0);
  pdf.text(
    `Всего наименований: ${count}${serials ? `, серийных номеров: ${serials}` : ''}, на сумму ${formatDecimal(doc.total)} ₽`,
  );

  const slots: Signature[] = SIGNATURES[doc.type].map((role) =>
    role === 'Составил' ? { role, name: doc.author } : role,
  );
  pdf.signatures(slots);
  return pdf.save();
}
