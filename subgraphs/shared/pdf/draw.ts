import {
  beginText,
  endText,
  fill,
  lineTo,
  moveTo,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
} from 'pdf-lib';
import { ASCENT, DESCENT, measurer } from './fonts.ts';
import { type Align, alignX } from './layout.ts';

/** Line spacing as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

/** How far below a line's top its baseline sits: the glyph box centred in the line. */
export function baselineOffset(size: number, lineHeight = size * LINE_HEIGHT): number {
  return (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
}

/** A string to print with its baseline's left end at (x, y), PDF coordinates. */
export interface TextRun {
  x: number;
  y: number;
  text: string;
}

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/**
 * The page's resource name for a font, added once. pdf-lib's `drawText({ font })` adds a fresh
 * resource entry on every call, after a linear search of the existing ones: a 200-row table got
 * thousands of entries per page and spent most of its time there.
 */
function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(font, key);
  }
  return key;
}

/** Prints strings in one font and size as one text object, in the current (black) fill colour. */
export function showTextRuns(page: PDFPage, font: PDFFont, size: number, runs: readonly TextRun[]): void {
  const ops: PDFOperator[] = [beginText(), setFontAndSize(fontKey(page, font), size)];
  for (const run of runs) {
    if (run.text === '') continue;
    ops.push(setTextMatrix(1, 0, 0, 1, run.x, run.y), showText(font.encodeText(run.text)));
  }
  if (ops.length === 2) return;
  ops.push(endText());
  page.pushOperators(...ops);
}

/** Lines of text in a box `width` wide whose top is at `top` (PDF coordinates), one under another. */
export interface TextBlock {
  font: PDFFont;
  size: number;
  left: number;
  width: number;
  top: number;
  align?: Align;
  lineHeight?: number;
}

/** Draws already wrapped lines and returns the y under the last one. */
export function drawLines(page: PDFPage, lines: readonly string[], block: TextBlock): number {
  const lineHeight = block.lineHeight ?? block.size * LINE_HEIGHT;
  const measure = measurer(block.font, block.size);
  const offset = baselineOffset(block.size, lineHeight);
  let top = block.top;
  const runs: TextRun[] = [];
  for (const line of lines) {
    runs.push({
      x: alignX(block.align ?? 'left', block.left, block.width, measure(line)),
      y: top - offset,
      text: line,
    });
    top -= lineHeight;
  }
  showTextRuns(page, block.font, block.size, runs);
  return top;
}

/** Thin straight lines in one path: table grids, signature rules. */
export function strokeSegments(
  page: PDFPage,
  segments: ReadonlyArray<readonly [number, number, number, number]>,
  width = 0.5,
  gray = 0,
): void {
  if (segments.length === 0) return;
  const ops: PDFOperator[] = [pushGraphicsState(), setLineWidth(width), setStrokingGrayscaleColor(gray)];
  for (const [x1, y1, x2, y2] of segments) ops.push(moveTo(x1, y1), lineTo(x2, y2));
  ops.push(stroke(), popGraphicsState());
  page.pushOperators(...ops);
}

/** A filled rectangle, e.g. a table header's shading; (x, y) is its lower-left corner. */
export function fillRect(
  page: PDFPage,
  x: number,
  y: number,
  width: number,
  height: number,
  gray: number,
): void {
  page.pushOperators(
    pushGraphicsState(),
    setFillingGrayscaleColor(gray),
    rectangle(x, y, width, height),
    fill(),
    popGraphicsState(),
  );
}
