import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ean13CheckDigit, encodeBarcode } from './barcode.ts';
import { createPdf } from './document.ts';
import { mm } from './layout.ts';
import { type PdfProbe, probePdf } from './test-tools.ts';

describe('encodeBarcode', () => {
  it('lays an EAN-13 out in 95 modules with its six guard bars marked', () => {
    const symbol = encodeBarcode('ean13', '4006381333931');
    if (symbol.kind !== 'linear') throw new Error('expected bars');
    expect(symbol.modules).toBe(95);
    expect(symbol.bars).toHaveLength(30);
    expect(symbol.bars.filter((bar) => bar.guard).map((bar) => bar.x)).toEqual([0, 2, 46, 48, 92, 94]);
    expect(symbol.quiet).toEqual({ left: 11, right: 7 });
  });

  it('adds the check digit to a 12-digit EAN-13', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(encodeBarcode('ean13', '400638133393').value).toBe('4006381333931');
  });

  it('refuses an EAN-13 with a wrong check digit', () => {
    expect(() => encodeBarcode('ean13', '4006381333932')).toThrow(/wrong check digit; expected 1/);
    expect(() => encodeBarcode('ean13', '40063813339')).toThrow(/12 or 13 digits/);
  });

  it('refuses Cyrillic in Code 128 instead of printing a code that scans as something else', () => {
    expect(() => encodeBarcode('code128', 'ПН-2026-000123')).toThrow(/printable ASCII only/);
  });

  it('ends a Code 128 with the 13-module stop pattern', () => {
    const symbol = encodeBarcode('code128', 'RCV-2026-000123');
    if (symbol.kind !== 'linear') throw new Error('expected bars');
    // Start, one symbol per character or digit pair, check symbol: 11 modules each, plus the stop.
    expect((symbol.modules - 13) % 11).toBe(0);
    expect(symbol.bars.at(-1)).toEqual({ x: symbol.modules - 2, width: 2, guard: false });
  });

  it('gives 2-D codes their square module grid', () => {
    const qr = encodeBarcode('qrcode', 'RCV-2026-000123');
    const dm = encodeBarcode('datamatrix', 'RCV-2026-000123');
    // Fifteen characters of QR's alphanumeric set fit version 1 (21 × 21) at level M.
    expect(qr).toMatchObject({ kind: 'matrix', columns: 21, rows: 21, quiet: 4 });
    expect(dm).toMatchObject({ kind: 'matrix', columns: 16, rows: 16, quiet: 1 });
    // Data Matrix's finder pattern: the left column is solid dark.
    if (dm.kind !== 'matrix') throw new Error('expected modules');
    const leftColumn = dm.runs.filter((run) => run.x === 0).map((run) => run.y);
    expect(leftColumn).toEqual(Array.from({ length: 16 }, (_, y) => y));
  });
});

describe('barcodes in a PDF', () => {
  let probe: PdfProbe;
  let bytes: Uint8Array;
  const dataMatrixBox = { x: mm(20), y: mm(150), width: mm(20), height: mm(20) };

  beforeAll(async () => {
    const pdf = await createPdf({ title: 'Штрихкоды', pageNumbers: false });
    pdf.barcode({ type: 'code128', value: 'RCV-2026-000123', width: mm(70), height: mm(18), text: true });
    pdf.barcode({ type: 'ean13', value: '4006381333931', width: mm(40), height: mm(25), text: true });
    pdf.barcode({
      type: 'qrcode',
      value: 'Кабель оптический ОКЛ-0,22-8, партия 7',
      width: mm(30),
      height: mm(30),
    });
    pdf.barcode({ type: 'datamatrix', value: 'ISS-2026-000045', at: dataMatrixBox, ...dataMatrixBox });
    bytes = await pdf.save();
    probe = await probePdf(bytes);
  });

  afterAll(() => probe?.dispose());

  it('prints a Code 128 document number that zbar reads back exactly', async () => {
    expect(await probe.zbar(1, 'code128')).toEqual(['RCV-2026-000123']);
  });

  it('prints the human-readable number under the Code 128', async () => {
    expect(await probe.text(1)).toContain('RCV-2026-000123');
  });

  it('prints an EAN-13 that zbar reads back exactly', async () => {
    expect(await probe.zbar(1, 'ean13')).toEqual(['4006381333931']);
  });

  it('prints a QR code whose Russian text comes back as UTF-8', async () => {
    expect(await probe.zbar(1, 'qrcode')).toEqual(['Кабель оптический ОКЛ-0,22-8, партия 7']);
  });

  it('prints a Data Matrix that dmtxread reads back exactly', async () => {
    const crop = {
      ...dataMatrixBox,
      x: dataMatrixBox.x - 10,
      y: dataMatrixBox.y - 10,
      width: 100,
      height: 100,
    };
    expect(await probe.dmtx(1, crop)).toEqual(['ISS-2026-000045']);
  });

  it('draws the codes as vector paths, not images', async () => {
    const doc = await PDFDocument.load(bytes);
    const page = doc.getPage(0);
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    expect(xObjects?.keys() ?? []).toEqual([]);
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const ops = refs
      .map((ref) => doc.context.lookup(ref))
      .map((stream) =>
        stream instanceof PDFRawStream ? inflateSync(stream.contents).toString('latin1') : '',
      )
      .join('\n');
    // A bar or module is a rectangle (re) in a filled path (f).
    expect(ops.match(/ re\n/g)?.length ?? 0).toBeGreaterThan(100);
    expect(ops).not.toContain(' Do\n');
  });
});
