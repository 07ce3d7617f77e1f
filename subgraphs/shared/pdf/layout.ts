/**
 * Layout arithmetic with no PDF in it: units, wrapping, column widths, table pagination and label
 * grids. Lengths are PDF points (1/72 inch) unless a name says otherwise.
 */

/** Millimetres to points: label sheets and forms are specified in millimetres. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

/** ISO 216 A4, portrait, in points. */
export const A4 = { width: mm(210), height: mm(297) } as const;

export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right';

/** An A4 page's size in the given orientation. */
export function pageSize(orientation: Orientation = 'portrait'): { width: number; height: number } {
  return orientation === 'portrait' ? { ...A4 } : { width: A4.height, height: A4.width };
}

/** Where a line of the given width starts inside a box from `left` that is `width` wide. */
export function alignX(align: Align, left: number, width: number, lineWidth: number): number {
  if (align === 'right') return left + width - lineWidth;
  if (align === 'center') return left + (width - lineWidth) / 2;
  return left;
}

// Spaces a line may break at. Not `\s`: that includes the no-break spaces (U+00A0, U+2007, U+202F)
// that Intl.NumberFormat('ru-RU') puts between thousands, and «41 400,00» must stay on one line.
const BREAKING_SPACE = /[\t\v\f \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+/;

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, at explicit line breaks, and inside a
 * word only when the word alone is too wide (after a hyphen or slash where possible, so
 * «ОКЛ-0,22-8» becomes «ОКЛ-» «0,22-8»). Runs of spaces collapse to one; no-break spaces are kept.
 * An empty text is one empty line, so an empty table cell still has a height.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(BREAKING_SPACE).filter((word) => word !== '');
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = splitWord(word, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

/** Splits one over-wide word into pieces that fit, preferring to end a piece after «-» or «/». */
function splitWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0) {
    let fit = 0;
    let width = 0;
    while (fit < rest.length) {
      const next = width + measure(rest[fit]!);
      if (next > maxWidth) break;
      width = next;
      fit++;
    }
    // At least one character per piece, or a column narrower than a letter would never end.
    fit = Math.max(fit, 1);
    if (fit < rest.length) {
      for (let i = fit - 1; i > 0; i--) {
        if (rest[i] === '-' || rest[i] === '/') {
          fit = i + 1;
          break;
        }
      }
    }
    pieces.push(rest.slice(0, fit).join(''));
    rest = rest.slice(fit);
  }
  return pieces;
}

/**
 * Cuts wrapped lines down to `maxLines`, ending the last kept line with «…» so a reader sees that
 * something was left out.
 */
export function clampLines(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last !== '' && measure(`${last}…`) > maxWidth) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A column's width: points, or `{ fr }`, a share of what the fixed columns leave. */
export type ColumnWidth = number | { fr: number };

/**
 * Resolves column widths for a table `total` points wide. Fixed widths are kept; `{ fr: n }` columns
 * split the rest in proportion to n (so fractions that sum to 1 read as fractions of the rest); a
 * column with no width counts as `{ fr: 1 }`. When every column is fixed the table is as wide as
 * their sum.
 */
export function columnWidths(widths: ReadonlyArray<ColumnWidth | undefined>, total: number): number[] {
  let fixed = 0;
  let shares = 0;
  for (const width of widths) {
    if (typeof width === 'number') {
      if (!(width > 0)) throw new RangeError(`A column width must be positive, got ${width}`);
      fixed += width;
    } else {
      const fr = width?.fr ?? 1;
      if (!(fr > 0)) throw new RangeError(`A column share must be positive, got ${fr}fr`);
      shares += fr;
    }
  }
  const rest = total - fixed;
  if (rest < -1e-6 || (shares > 0 && rest <= 0)) {
    throw new RangeError(
      `The columns need ${fixed.toFixed(1)} pt of fixed width but the table is ${total.toFixed(1)} pt wide`,
    );
  }
  return widths.map((width) => (typeof width === 'number' ? width : (rest * (width?.fr ?? 1)) / shares));
}

/** A run of table rows printed together: on the current page, or on a new one under a repeated header. */
export interface TableChunk {
  /** True when the chunk starts a new page. */
  newPage: boolean;
  /** Row indices [from, to). */
  from: number;
  to: number;
  /** The totals row follows this chunk's rows. */
  totals: boolean;
}

/** What `paginateRows` needs to know about a table and the pages it flows across. */
export interface PaginateInput {
  rowHeights: readonly number[];
  headerHeight: number;
  /** 0 when the table has no totals row. */
  totalsHeight: number;
  /** Height left on the current page below the cursor. */
  firstPageSpace: number;
  /** Height of a whole page's content area. */
  pageSpace: number;
}

/**
 * Splits a table into per-page chunks. Rows never split; every chunk is printed under its own copy
 * of the header; the totals row stays on the page of the last row; a table whose header and first
 * row do not fit under the cursor starts on a new page. A row taller than a whole page gets a page of
 * its own (callers clamp cell lines so that does not happen).
 */
export function paginateRows(input: PaginateInput): TableChunk[] {
  const { rowHeights, headerHeight, totalsHeight, firstPageSpace, pageSpace } = input;
  const count = rowHeights.length;
  const need = (index: number) => (rowHeights[index] ?? 0) + (index === count - 1 ? totalsHeight : 0);
  const chunks: TableChunk[] = [];
  let space = firstPageSpace;
  let newPage = false;
  const firstNeed = headerHeight + (count === 0 ? totalsHeight : need(0));
  if (firstNeed > firstPageSpace && firstPageSpace < pageSpace) {
    space = pageSpace;
    newPage = true;
  }
  let from = 0;
  let left = space - headerHeight;
  for (let index = 0; index < count; index++) {
    const height = need(index);
    if (height > left && index > from) {
      chunks.push({ newPage, from, to: index, totals: false });
      newPage = true;
      from = index;
      left = pageSpace - headerHeight;
    }
    left -= rowHeights[index]!;
  }
  chunks.push({ newPage, from, to: count, totals: totalsHeight > 0 });
  return chunks;
}

/** A sheet of equal labels in a grid. */
export interface LabelGridSpec {
  page: { width: number; height: number };
  label: { width: number; height: number };
  columns: number;
  rows: number;
  /** Distance from the sheet's top-left corner to the first label; centred on the sheet when left out. */
  margin?: { top: number; left: number };
  /** Space between neighbouring labels. */
  gap?: { x: number; y: number };
  /** Labels already used on the first sheet: printing starts at this position (row by row). */
  start?: number;
}

/** One label's place: its sheet and its box, with (x, y) the lower-left corner in PDF coordinates. */
export interface LabelPosition {
  sheet: number;
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Places `count` labels on as many sheets as they need, row by row from the top-left label. Throws
 * when the grid does not fit on the sheet, which would otherwise print labels across the cut lines.
 */
export function labelGrid(spec: LabelGridSpec, count: number): LabelPosition[] {
  const { page, label, columns, rows } = spec;
  if (!Number.isInteger(columns) || !Number.isInteger(rows) || columns < 1 || rows < 1) {
    throw new RangeError(`A label grid needs whole positive columns and rows, got ${columns}×${rows}`);
  }
  const gap = spec.gap ?? { x: 0, y: 0 };
  const gridWidth = columns * label.width + (columns - 1) * gap.x;
  const gridHeight = rows * label.height + (rows - 1) * gap.y;
  const margin = spec.margin ?? { left: (page.width - gridWidth) / 2, top: (page.height - gridHeight) / 2 };
  const tolerance = 0.01;
  if (
    margin.left < -tolerance ||
    margin.top < -tolerance ||
    margin.left + gridWidth > page.width + tolerance ||
    margin.top + gridHeight > page.height + tolerance
  ) {
    throw new RangeError(
      `A ${columns}×${rows} grid of ${label.width.toFixed(1)}×${label.height.toFixed(1)} pt labels does not fit on the sheet`,
    );
  }
  const perSheet = columns * rows;
  const start = spec.start ?? 0;
  if (!Number.isInteger(start) || start < 0 || start >= perSheet) {
    throw new RangeError(
      `The first label must be a position on the sheet (0..${perSheet - 1}), got ${start}`,
    );
  }
  const positions: LabelPosition[] = [];
  for (let index = 0; index < count; index++) {
    const slot = start + index;
    const sheet = Math.floor(slot / perSheet);
    const row = Math.floor((slot % perSheet) / columns);
    const column = slot % columns;
    positions.push({
      sheet,
      column,
      row,
      x: margin.left + column * (label.width + gap.x),
      y: page.height - margin.top - row * (label.height + gap.y) - label.height,
      width: label.width,
      height: label.height,
    });
  }
  return positions;
}
