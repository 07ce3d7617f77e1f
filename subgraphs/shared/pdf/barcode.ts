import bwipjs from 'bwip-js';
import {
  fill,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
} from 'pdf-lib';
import { showTextRuns, type TextRun } from './draw.ts';
import { ASCENT, DESCENT, type Fonts, measurer } from './fonts.ts';

/** The symbologies the warehouse prints: document numbers, retail codes and 2-D item labels. */
export type BarcodeType = 'code128' | 'ean13' | 'datamatrix' | 'qrcode';

/** A 1-D symbol in module units: bars from the first bar's left edge, quiet zones on each side. */
export interface LinearSymbol {
  kind: 'linear';
  type: 'code128' | 'ean13';
  /** The value as encoded (an EAN-13 with its check digit). */
  value: string;
  bars: Array<{ x: number; width: number; guard: boolean }>;
  modules: number;
  quiet: { left: number; right: number };
}

/** A 2-D symbol in module units: dark runs per row, rows counted from the top. */
export interface MatrixSymbol {
  kind: 'matrix';
  type: 'datamatrix' | 'qrcode';
  value: string;
  columns: number;
  rows: number;
  runs: Array<{ x: number; y: number; width: number }>;
  quiet: number;
}

export type BarcodeSymbol = LinearSymbol | MatrixSymbol;

// Minimum quiet zones in modules: ISO/IEC 15417 (Code 128), GS1 (EAN-13: 11 left, 7 right),
// ISO/IEC 18004 (QR) and ISO/IEC 16022 (Data Matrix).
const QUIET = { code128: 10, eanLeft: 11, eanRight: 7, qrcode: 4, datamatrix: 1 } as const;

/** The GS1 check digit of the first 12 digits of an EAN-13. */
export function ean13CheckDigit(digits12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * Encodes a value into its symbol's geometry with bwip-js (the raw bars and modules, before any
 * rendering). Rejects what the symbology cannot carry instead of printing a wrong code: bwip-js
 * would turn Cyrillic in Code 128 into Latin-1 bytes that no scanner reads back as written.
 */
export function encodeBarcode(type: BarcodeType, value: string): BarcodeSymbol {
  if (value === '') throw new RangeError(`A ${type} barcode needs a value`);
  if (type === 'code128') {
    if (!/^[\x20-\x7e]+$/.test(value)) {
      throw new RangeError(`Code 128 carries printable ASCII only; cannot encode ${JSON.stringify(value)}`);
    }
    return linear(type, value, { left: QUIET.code128, right: QUIET.code128 });
  }
  if (type === 'ean13') {
    if (!/^\d{12,13}$/.test(value))
      throw new RangeError(`An EAN-13 is 12 or 13 digits, got ${JSON.stringify(value)}`);
    const check = ean13CheckDigit(value);
    if (value.length === 13 && Number(value[12]) !== check) {
      throw new RangeError(`EAN-13 ${value} has a wrong check digit; expected ${check}`);
    }
    return linear(type, value.slice(0, 12) + check, { left: QUIET.eanLeft, right: QUIET.eanRight });
  }
  const [symbol] = bwipjs.raw(type, value, {});
  if (!symbol || !('pixs' in symbol)) throw new Error(`bwip-js returned no matrix for ${type}`);
  const runs: MatrixSymbol['runs'] = [];
  for (let y = 0; y < symbol.pixy; y++) {
    let x = 0;
    while (x < symbol.pixx) {
      if (symbol.pixs[y * symbol.pixx + x] !== 1) {
        x++;
        continue;
      }
      const from = x;
      while (x < symbol.pixx && symbol.pixs[y * symbol.pixx + x] === 1) x++;
      runs.push({ x: from, y, width: x - from });
    }
  }
  return { kind: 'matrix', type, value, columns: symbol.pixx, rows: symbol.pixy, runs, quiet: QUIET[type] };
}

function linear(type: 'code128' | 'ean13', value: string, quiet: LinearSymbol['quiet']): LinearSymbol {
  const [symbol] = bwipjs.raw(type, value, {});
  if (!symbol || !('sbs' in symbol)) throw new Error(`bwip-js returned no bars for ${type}`);
  const bars: LinearSymbol['bars'] = [];
  let x = 0;
  // sbs alternates bar and space widths, starting with a bar.
  symbol.sbs.forEach((width, index) => {
    if (index % 2 === 0) bars.push({ x, width, guard: false });
    x += width;
  });
  if (type === 'ean13') {
    // Start, centre and end guards are bars 0–1, 14–15 and 28–29 of EAN-13's 30.
    for (const index of [0, 1, 14, 15, 28, 29]) bars[index]!.guard = true;
  }
  return { kind: 'linear', type, value, bars, modules: x, quiet };
}

/** Where and how to draw a barcode: a box that includes the symbol's quiet zones. */
export interface BarcodeBox {
  /** Lower-left corner in PDF coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Human-readable line under a 1-D code: `true` prints the encoded value. Ignored for 2-D codes. */
  text?: boolean | string;
  textSize?: number;
}

/**
 * Draws a symbol as filled vector rectangles in one path, so it stays sharp at any printer
 * resolution and neighbouring modules show no seams. A 1-D code fills the box's width (bars over an
 * optional text line); a 2-D code is the largest square-module symbol that fits, centred.
 */
export function drawBarcode(page: PDFPage, fonts: Fonts, symbol: BarcodeSymbol, box: BarcodeBox): void {
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  if (symbol.kind === 'matrix') {
    const module = Math.min(
      box.width / (symbol.columns + 2 * symbol.quiet),
      box.height / (symbol.rows + 2 * symbol.quiet),
    );
    const left = box.x + (box.width - symbol.columns * module) / 2;
    const top = box.y + (box.height + symbol.rows * module) / 2;
    for (const run of symbol.runs) {
      ops.push(rectangle(left + run.x * module, top - (run.y + 1) * module, run.width * module, module));
    }
    ops.push(fill(), popGraphicsState());
    page.pushOperators(...ops);
    return;
  }

  const module = box.width / (symbol.quiet.left + symbol.modules + symbol.quiet.right);
  const left = box.x + symbol.quiet.left * module;
  const label = box.text === true ? symbol.value : box.text || '';
  const font = fonts.regular;
  const size = label === '' ? 0 : textSize(symbol, label, module, box, font);
  const band = size === 0 ? 0 : size * (ASCENT + DESCENT) + module * 2;
  const barBottom = box.y + band;
  // EAN guard bars reach down between the digit groups, as GS1 draws them.
  const guardBottom = symbol.type === 'ean13' ? box.y + band / 2 : barBottom;
  for (const bar of symbol.bars) {
    const bottom = bar.guard ? guardBottom : barBottom;
    ops.push(rectangle(left + bar.x * module, bottom, bar.width * module, box.y + box.height - bottom));
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
  if (size === 0) return;

  const baseline = box.y + DESCENT * size;
  const measure = measurer(font, size);
  const runs: TextRun[] = [];
  const put = (text: string, centre: number) =>
    runs.push({ x: centre - measure(text) / 2, y: baseline, text });
  if (symbol.type === 'ean13' && box.text === true) {
    // GS1 layout: the first digit left of the start guard, then two groups of six under the halves.
    put(label[0]!, left - (symbol.quiet.left * module) / 2);
    for (let i = 0; i < 6; i++) put(label[1 + i]!, left + (3 + 7 * i + 3.5) * module);
    for (let i = 0; i < 6; i++) put(label[7 + i]!, left + (50 + 7 * i + 3.5) * module);
  } else {
    put(label, box.x + box.width / 2);
  }
  showTextRuns(page, font, size, runs);
}

/** The text size under a 1-D code: as asked, else the largest up to 8 pt that fits the box. */
function textSize(
  symbol: LinearSymbol,
  label: string,
  module: number,
  box: BarcodeBox,
  font: PDFFont,
): number {
  if (box.textSize) return box.textSize;
  const limitByHeight = (box.height * 0.3) / (ASCENT + DESCENT);
  if (symbol.type === 'ean13' && box.text === true) {
    // A digit's advance in DejaVu Sans is 0.636 em; each sits in a 7-module cell.
    return Math.min(8, limitByHeight, (7 * module * 0.95) / 0.636);
  }
  const at8 = measurer(font, 8)(label);
  return Math.min(8, limitByHeight, (8 * box.width) / at8);
}
