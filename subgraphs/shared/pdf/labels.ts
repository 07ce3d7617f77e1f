import type { PDFPage } from 'pdf-lib';
import { type BarcodeType, drawBarcode, encodeBarcode } from './barcode.ts';
import { finishDocument, openDocument, type PdfMetadata } from './document.ts';
import { drawLines, LINE_HEIGHT, strokeSegments } from './draw.ts';
import type { Fonts } from './fonts.ts';
import { measurer } from './fonts.ts';
import {
  type Align,
  clampLines,
  type LabelGridSpec,
  labelGrid,
  mm,
  type Orientation,
  pageSize,
  wrapText,
} from './layout.ts';

/** A4 sheet of 65 labels, 38.1 × 21.2 mm in 5 columns and 13 rows, 2.5 mm between columns. */
export const A4_65_LABELS = {
  label: { width: mm(38.1), height: mm(21.2) },
  columns: 5,
  rows: 13,
  margin: { top: mm(10.7), left: mm(4.75) },
  gap: { x: mm(2.5), y: 0 },
} as const;

export interface LabelSheetOptions extends PdfMetadata, Omit<LabelGridSpec, 'page'> {
  orientation?: Orientation;
  /** Draws each label's outline, for proofs on plain paper. */
  outline?: boolean;
}

/**
 * One label while it is being drawn. Coordinates are points from the label's top-left corner, y
 * downwards; nothing is clipped, so keep inside `width` × `height`.
 */
export interface LabelCanvas {
  readonly width: number;
  readonly height: number;
  /** Wrapped text from (x, y), at most `maxLines` lines (default: as many as fit); returns the y under it. */
  text(
    content: string,
    options?: {
      x?: number;
      y?: number;
      width?: number;
      size?: number;
      bold?: boolean;
      align?: Align;
      maxLines?: number;
    },
  ): number;
  /** A barcode in a box whose top-left corner is (x, y); the box includes the quiet zones. */
  barcode(options: {
    type: BarcodeType;
    value: string;
    x?: number;
    y?: number;
    width: number;
    height: number;
    text?: boolean | string;
    textSize?: number;
  }): void;
}

function canvas(
  page: PDFPage,
  fonts: Fonts,
  box: { x: number; y: number; width: number; height: number },
): LabelCanvas {
  const top = box.y + box.height;
  return {
    width: box.width,
    height: box.height,
    text(content, options = {}) {
      const x = options.x ?? 0;
      const y = options.y ?? 0;
      const size = options.size ?? 7;
      const width = options.width ?? box.width - x;
      const font = options.bold ? fonts.bold : fonts.regular;
      const measure = measurer(font, size);
      const fit = Math.max(1, Math.floor((box.height - y) / (size * LINE_HEIGHT)));
      const lines = clampLines(wrapText(content, width, measure), options.maxLines ?? fit, width, measure);
      const under = drawLines(page, lines, {
        font,
        size,
        left: box.x + x,
        width,
        top: top - y,
        align: options.align,
      });
      return top - under;
    },
    barcode(options) {
      const x = options.x ?? 0;
      const y = options.y ?? 0;
      drawBarcode(page, fonts, encodeBarcode(options.type, options.value), {
        x: box.x + x,
        y: top - y - options.height,
        width: options.width,
        height: options.height,
        text: options.text,
        textSize: options.textSize,
      });
    },
  };
}

/**
 * Prints one label per item on a grid of A4 sheets, as many sheets as the items need, each label
 * drawn by `draw`. Returns the PDF's bytes.
 *
 *     await labelSheet({ title: 'Этикетки', ...A4_65_LABELS }, items, (label, item) => {
 *       label.barcode({ type: 'code128', value: item.sku, x: 4, y: 4, width: label.width - 8, height: 34 });
 *       label.text(item.name, { x: 4, y: 40, size: 6 });
 *     });
 */
export async function labelSheet<T>(
  options: LabelSheetOptions,
  items: readonly T[],
  draw: (label: LabelCanvas, item: T, index: number) => void,
): Promise<Uint8Array> {
  const page = pageSize(options.orientation);
  const positions = labelGrid({ ...options, page }, items.length);
  const { doc, fonts } = await openDocument();
  const sheets: PDFPage[] = [];
  const sheetCount = positions.length === 0 ? 1 : positions.at(-1)!.sheet + 1;
  for (let i = 0; i < sheetCount; i++) sheets.push(doc.addPage([page.width, page.height]));
  items.forEach((item, index) => {
    const position = positions[index]!;
    const sheet = sheets[position.sheet]!;
    if (options.outline) {
      const { x, y, width, height } = position;
      strokeSegments(
        sheet,
        [
          [x, y, x + width, y],
          [x + width, y, x + width, y + height],
          [x + width, y + height, x, y + height],
          [x, y + height, x, y],
        ],
        0.25,
        0.6,
      );
    }
    draw(canvas(sheet, fonts, position), item, index);
  });
  return finishDocument(doc, options);
}
