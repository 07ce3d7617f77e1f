/**
 * The kit's PDF layer: flowing A4 documents (headings, key–value blocks, tables across pages,
 * barcodes, signatures, page numbers) and barcode label sheets. Renderers built on it are pure —
 * data in, `Uint8Array` out — and print Russian text in embedded DejaVu Sans.
 */
export { type BarcodeType, ean13CheckDigit } from './barcode.ts';
export {
  type BarcodeSpec,
  createPdf,
  type Margins,
  PdfBuilder,
  type PdfMetadata,
  type PdfOptions,
  PRODUCER,
  type Signature,
  type TableColumn,
  type TableSpec,
  type TextOptions,
} from './document.ts';
export { A4_65_LABELS, type LabelCanvas, type LabelSheetOptions, labelSheet } from './labels.ts';
export { A4, type Align, type ColumnWidth, mm, type Orientation } from './layout.ts';
