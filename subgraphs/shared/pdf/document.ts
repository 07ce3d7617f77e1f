import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { type BarcodeType, drawBarcode, encodeBarcode } from './barcode.ts';
import {
  baselineOffset,
  drawLines,
  fillRect,
  LINE_HEIGHT,
  showTextRuns,
  strokeSegments,
  type TextRun,
} from './draw.ts';
import { embedFonts, type Fonts, measurer } from './fonts.ts';
import {
  type Align,
  alignX,
  type ColumnWidth,
  clampLines,
  columnWidths,
  mm,
  type Orientation,
  pageSize,
  paginateRows,
  wrapText,
} from './layout.ts';

/** Written into every document's Producer field. */
export const PRODUCER = 'telecom-oss-graph';

/** The document information dictionary, shared by documents and label sheets. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** The application that made the document, e.g. `warehouse`; the project's name when left out. */
  creator?: string;
  /** Creation and modification date; pass one for byte-for-byte reproducible output. */
  creationDate?: Date;
  /** BCP 47 language of the text, for screen readers and search. */
  lang?: string;
}

/** Creates an empty document with its fonts embedded. */
export async function openDocument(): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  // updateMetadata would stamp pdf-lib's own producer and the current time.
  const doc = await PDFDocument.create({ updateMetadata: false });
  return { doc, fonts: await embedFonts(doc) };
}

/** Writes the metadata and serialises the document. */
export async function finishDocument(doc: PDFDocument, meta: PdfMetadata): Promise<Uint8Array> {
  const date = meta.creationDate ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setCreator(meta.creator ?? PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang ?? 'ru-RU');
  return doc.save();
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A flowing document: A4, its margins, and what the footer of every page says. */
export interface PdfOptions extends PdfMetadata {
  orientation?: Orientation;
  /** Points; one number for all four sides. 15 mm each when left out. */
  margins?: number | Partial<Margins>;
  /** «Страница N из M» at the bottom right of every page (default true). */
  pageNumbers?: boolean;
  /** A line at the bottom left of every page, e.g. the document's number. */
  footer?: string;
  /** Body text size in points (default 10). */
  fontSize?: number;
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  align?: Align;
}

export interface TableColumn {
  header: string;
  /** Points, or `{ fr: n }` for a share of the width the fixed columns leave (the default, 1fr). */
  width?: ColumnWidth;
  /** Cell alignment; numbers read best right-aligned. Headers are centred. */
  align?: Align;
}

export interface TableSpec {
  columns: readonly TableColumn[];
  /** Cells as printed: callers format numbers, money and dates. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
  /** A bold row after the last one, on the same page as it. */
  totals?: ReadonlyArray<string>;
  /** Text size in points (default: the document's size less one). */
  size?: number;
}

export interface BarcodeSpec {
  type: BarcodeType;
  value: string;
  /** The box, quiet zones and text line included, in points. */
  width: number;
  height: number;
  /** Human-readable line under a 1-D code: `true` prints the encoded value. */
  text?: boolean | string;
  textSize?: number;
  /** Placement in the flow (default left). */
  align?: Align;
  /** Places the box's top-left corner here on the current page (points from the page's top-left
   * corner, y downwards) instead of in the flow; the cursor does not move. */
  at?: { x: number; y: number };
}

/** A signature slot: the role («Сдал», «Принял») and, optionally, the name printed under the rule. */
export type Signature = string | { role: string; name?: string };

const DEFAULT_MARGIN = mm(15);
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2.5;

/**
 * Lays a document out top to bottom: each call places its block under the previous one and starts
 * a new page when the block (or, for text and tables, its next line or row) does not fit. Methods
 * return the builder so calls chain; `save()` ends it.
 */
export class PdfBuilder {
  private readonly doc: PDFDocument;
  private readonly fonts: Fonts;
  private readonly options: PdfOptions;
  private readonly size: { width: number; height: number };
  private readonly margins: Margins;
  private readonly fontSize: number;
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private saved = false;

  /** Use `createPdf`, which embeds the fonts first. */
  constructor(doc: PDFDocument, fonts: Fonts, options: PdfOptions) {
    this.doc = doc;
    this.fonts = fonts;
    this.options = options;
    this.size = pageSize(options.orientation);
    const m = options.margins;
    this.margins =
      typeof m === 'number'
        ? { top: m, right: m, bottom: m, left: m }
        : {
            top: m?.top ?? DEFAULT_MARGIN,
            right: m?.right ?? DEFAULT_MARGIN,
            bottom: m?.bottom ?? DEFAULT_MARGIN,
            left: m?.left ?? DEFAULT_MARGIN,
          };
    this.fontSize = options.fontSize ?? 10;
    this.newPage();
  }

  private get left(): number {
    return this.margins.left;
  }

  private get width(): number {
    return this.size.width - this.margins.left - this.margins.right;
  }

  private get top(): number {
    return this.size.height - this.margins.top;
  }

  private get bottom(): number {
    return this.margins.bottom;
  }

  private font(bold?: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  private check(): void {
    if (this.saved) throw new Error('This document has been saved; start a new one with createPdf()');
  }

  private newPage(): void {
    this.page = this.doc.addPage([this.size.width, this.size.height]);
    this.pages.push(this.page);
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits under the cursor (or the page is empty). */
  private ensure(height: number): void {
    if (this.y - height < this.bottom && this.y < this.top) this.newPage();
  }

  /** Moves the cursor down; a gap never carries over to the top of a new page. */
  space(points: number): this {
    this.check();
    this.y = Math.max(this.y - points, this.bottom);
    return this;
  }

  /** Continues on a new page. */
  pageBreak(): this {
    this.check();
    this.newPage();
    return this;
  }

  /** A bold title line: level 1 is the document's name, 2 and 3 its sections. */
  heading(content: string, options: { level?: 1 | 2 | 3; align?: Align } = {}): this {
    const level = options.level ?? 1;
    const size = { 1: 14, 2: 12, 3: 10.5 }[level];
    if (this.y < this.top) this.space(size * 0.6);
    // Keep a heading with at least two lines of what follows it.
    this.ensure(size * LINE_HEIGHT + this.fontSize * LINE_HEIGHT * 2);
    this.paragraph(content, { size, bold: true, align: options.align ?? 'left' });
    return this.space(size * 0.4);
  }

  /** A paragraph wrapped to the page width; it may continue on the next page line by line. */
  text(content: string, options: TextOptions = {}): this {
    this.paragraph(content, options);
    return this.space((options.size ?? this.fontSize) * 0.4);
  }

  private paragraph(content: string, options: TextOptions): void {
    this.check();
    const size = options.size ?? this.fontSize;
    const font = this.font(options.bold);
    const lineHeight = size * LINE_HEIGHT;
    for (const line of wrapText(content, this.width, measurer(font, size))) {
      this.ensure(lineHeight);
      this.y = drawLines(this.page, [line], {
        font,
        size,
        left: this.left,
        width: this.width,
        top: this.y,
        align: options.align ?? 'left',
      });
    }
  }

  /**
   * A key–value block («Номер», «Дата», «Склад»…): labels in a column as wide as the longest (at most
   * 40 % of the page), values in bold beside them, each pair kept on one page.
   */
  fields(
    entries: ReadonlyArray<readonly [label: string, value: string]>,
    options: { size?: number } = {},
  ): this {
    this.check();
    const size = options.size ?? this.fontSize;
    const lineHeight = size * LINE_HEIGHT;
    const labelMeasure = measurer(this.fonts.regular, size);
    const valueMeasure = measurer(this.fonts.bold, size);
    const gap = size;
    const labelWidth = Math.min(
      Math.max(0, ...entries.map(([label]) => labelMeasure(label))),
      this.width * 0.4,
    );
    const valueWidth = this.width - labelWidth - gap;
    for (const [label, value] of entries) {
      const labelLines = wrapText(label, labelWidth, labelMeasure);
      const valueLines = wrapText(value, valueWidth, valueMeasure);
      this.ensure(Math.max(labelLines.length, valueLines.length) * lineHeight);
      const top = this.y;
      const afterLabel = drawLines(this.page, labelLines, {
        font: this.fonts.regular,
        size,
        left: this.left,
        width: labelWidth,
        top,
      });
      const afterValue = drawLines(this.page, valueLines, {
        font: this.fonts.bold,
        size,
        left: this.left + labelWidth + gap,
        width: valueWidth,
        top,
      });
      this.y = Math.min(afterLabel, afterValue);
    }
    return this.space(size * 0.6);
  }

  /**
   * A table with thin grid lines that flows across pages: its header row is repeated on every page,
   * a row is never split (cells wrap; a row is as tall as its tallest cell), and the totals row stays
   * with the last row. A cell too long for a whole page is cut short with «…».
   */
  table(spec: TableSpec): this {
    this.check();
    const { columns, rows, totals } = spec;
    if (columns.length === 0) throw new RangeError('A table needs at least one column');
    [...rows, ...(totals ? [totals] : [])].forEach((row, index) => {
      if (row.length !== columns.length) {
        const which = index < rows.length ? `Row ${index + 1}` : 'The totals row';
        throw new RangeError(`${which} has ${row.length} cells; the table has ${columns.length} columns`);
      }
    });
    const size = spec.size ?? this.fontSize - 1;
    const lineHeight = size * LINE_HEIGHT;
    const widths = columnWidths(
      columns.map((column) => column.width),
      this.width,
    );
    const regular = measurer(this.fonts.regular, size);
    const bold = measurer(this.fonts.bold, size);
    const wrapRow = (cells: ReadonlyArray<string>, measure: (text: string) => number) =>
      cells.map((cell, index) => wrapText(cell, widths[index]! - 2 * CELL_PAD_X, measure));
    const heightOf = (cells: string[][]) =>
      Math.max(...cells.map((lines) => lines.length)) * lineHeight + 2 * CELL_PAD_Y;

    const header = wrapRow(
      columns.map((column) => column.header),
      bold,
    );
    const headerHeight = heightOf(header);
    const totalsCells = totals ? wrapRow(totals, bold) : undefined;
    const totalsHeight = totalsCells ? heightOf(totalsCells) : 0;
    const pageSpace = this.top - this.bottom;
    const maxLines = Math.max(
      1,
      Math.floor((pageSpace - headerHeight - totalsHeight - 2 * CELL_PAD_Y) / lineHeight),
    );
    const body = rows.map((row) =>
      wrapRow(row, regular).map((lines, index) =>
        clampLines(lines, maxLines, widths[index]! - 2 * CELL_PAD_X, regular),
      ),
    );
    const rowHeights = body.map(heightOf);

    const edges = [this.left];
    for (const width of widths) edges.push(edges.at(-1)! + width);
    const tableRight = edges.at(-1)!;
    const drawRow = (cells: string[][], height: number, font: PDFFont, aligns: Align[]) => {
      cells.forEach((lines, index) => {
        drawLines(this.page, lines, {
          font,
          size,
          left: edges[index]! + CELL_PAD_X,
          width: widths[index]! - 2 * CELL_PAD_X,
          top: this.y - CELL_PAD_Y,
          align: aligns[index] ?? 'left',
        });
      });
      this.y -= height;
    };
    const cellAligns = columns.map((column) => column.align ?? 'left');

    for (const chunk of paginateRows({
      rowHeights,
      headerHeight,
      totalsHeight,
      firstPageSpace: this.y - this.bottom,
      pageSpace,
    })) {
      if (chunk.newPage) this.newPage();
      const chunkTop = this.y;
      const rules: Array<[number, number, number, number]> = [[this.left, chunkTop, tableRight, chunkTop]];
      fillRect(this.page, this.left, chunkTop - headerHeight, tableRight - this.left, headerHeight, 0.9);
      drawRow(
        header,
        headerHeight,
        this.fonts.bold,
        columns.map(() => 'center'),
      );
      rules.push([this.left, this.y, tableRight, this.y]);
      for (let index = chunk.from; index < chunk.to; index++) {
        drawRow(body[index]!, rowHeights[index]!, this.fonts.regular, cellAligns);
        rules.push([this.left, this.y, tableRight, this.y]);
      }
      if (chunk.totals && totalsCells) {
        drawRow(totalsCells, totalsHeight, this.fonts.bold, cellAligns);
        rules.push([this.left, this.y, tableRight, this.y]);
      }
      for (const x of edges) rules.push([x, chunkTop, x, this.y]);
      strokeSegments(this.page, rules);
    }
    return this.space(this.fontSize);
  }

  /** A barcode in the flow, or at a fixed place on the current page with `at`. */
  barcode(spec: BarcodeSpec): this {
    this.check();
    const symbol = encodeBarcode(spec.type, spec.value);
    const box = { width: spec.width, height: spec.height, text: spec.text, textSize: spec.textSize };
    if (spec.at) {
      drawBarcode(this.page, this.fonts, symbol, {
        ...box,
        x: spec.at.x,
        y: this.size.height - spec.at.y - spec.height,
      });
      return this;
    }
    this.ensure(spec.height);
    drawBarcode(this.page, this.fonts, symbol, {
      ...box,
      x: alignX(spec.align ?? 'left', this.left, this.width, spec.width),
      y: this.y - spec.height,
    });
    this.y -= spec.height;
    return this.space(this.fontSize * 0.6);
  }

  /**
   * Signature lines, two to a row: «Сдал ________ / ________ /» with «подпись» and «расшифровка
   * подписи» under the rules, and the name over the second rule when given. Kept together on one page.
   */
  signatures(slots: readonly Signature[], options: { size?: number } = {}): this {
    this.check();
    const size = options.size ?? this.fontSize;
    const captionSize = Math.max(5.5, size * 0.65);
    const measure = measurer(this.fonts.regular, size);
    const captionMeasure = measurer(this.fonts.regular, captionSize);
    const items = slots.map((slot) => (typeof slot === 'string' ? { role: slot } : slot));
    const gutter = mm(10);
    const slotWidth = (this.width - gutter) / 2;
    const roleWidth = Math.max(0, ...items.map((item) => measure(item.role))) + size * 0.5;
    const slash = measure('/');
    const rowHeight = size * LINE_HEIGHT * 2.6 + captionSize * LINE_HEIGHT;
    const rows = Math.ceil(items.length / 2);
    this.space(size * LINE_HEIGHT);
    this.ensure(rows * rowHeight);
    for (let row = 0; row < rows; row++) {
      const baseline = this.y - size * LINE_HEIGHT * 1.6;
      const rules: Array<[number, number, number, number]> = [];
      for (let column = 0; column < 2; column++) {
        const item = items[row * 2 + column];
        if (!item) continue;
        const x0 = this.left + column * (slotWidth + gutter);
        const ruleSpace = slotWidth - roleWidth - 2 * slash - size;
        const signStart = x0 + roleWidth;
        const signEnd = signStart + ruleSpace * 0.42;
        const nameStart = signEnd + slash + size * 0.5;
        const nameEnd = nameStart + ruleSpace * 0.58;
        const runs: TextRun[] = [
          { x: x0, y: baseline, text: item.role },
          { x: signEnd + size * 0.25, y: baseline, text: '/' },
          { x: nameEnd + size * 0.25, y: baseline, text: '/' },
        ];
        if (item.name) {
          const name = clampLines([item.name], 1, nameEnd - nameStart, measure)[0] ?? '';
          runs.push({
            x: alignX('center', nameStart, nameEnd - nameStart, measure(name)),
            y: baseline + 1,
            text: name,
          });
        }
        showTextRuns(this.page, this.fonts.regular, size, runs);
        const ruleY = baseline - size * 0.25;
        rules.push([signStart, ruleY, signEnd, ruleY], [nameStart, ruleY, nameEnd, ruleY]);
        const captionBaseline = ruleY - 1 - baselineOffset(captionSize);
        const captions = [
          ['подпись', signStart, signEnd],
          ['расшифровка подписи', nameStart, nameEnd],
        ] as const;
        showTextRuns(
          this.page,
          this.fonts.regular,
          captionSize,
          captions.map(([caption, from, to]) => ({
            x: alignX('center', from, to - from, captionMeasure(caption)),
            y: captionBaseline,
            text: caption,
          })),
        );
      }
      strokeSegments(this.page, rules);
      this.y -= rowHeight;
    }
    return this;
  }

  /** Fills in the footers («Страница N из M») and returns the finished PDF's bytes. */
  async save(): Promise<Uint8Array> {
    this.check();
    this.saved = true;
    const size = 8;
    const font = this.fonts.regular;
    const measure = measurer(font, size);
    const baseline = this.bottom / 2 - size / 2;
    const right = this.size.width - this.margins.right;
    this.pages.forEach((page, index) => {
      const runs: TextRun[] = [];
      if (this.options.footer) runs.push({ x: this.left, y: baseline, text: this.options.footer });
      if (this.options.pageNumbers !== false) {
        const label = `Страница ${index + 1} из ${this.pages.length}`;
        runs.push({ x: right - measure(label), y: baseline, text: label });
      }
      showTextRuns(page, font, size, runs);
    });
    return finishDocument(this.doc, this.options);
  }
}

/**
 * Starts an A4 document with DejaVu Sans embedded (Cyrillic, Latin, digits).
 *
 *     const pdf = await createPdf({ title: 'Приходная накладная № ПН-2026-000123' });
 *     pdf.heading('Приходная накладная № ПН-2026-000123').fields([['Склад', 'Центральный']]);
 *     const bytes = await pdf.table({ columns, rows }).signatures(['Сдал', 'Принял']).save();
 */
export async function createPdf(options: PdfOptions): Promise<PdfBuilder> {
  const { doc, fonts } = await openDocument();
  return new PdfBuilder(doc, fonts, options);
}
