import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4_65_LABELS, labelSheet } from './labels.ts';
import { mm } from './layout.ts';
import { type PdfProbe, probePdf } from './test-tools.ts';

const creationDate = new Date('2026-03-02T09:30:00Z');

describe('a sheet of 70 Code 128 labels on a 5 × 13 grid', () => {
  let probe: PdfProbe;
  const skus = Array.from({ length: 70 }, (_, i) => `SKU-${String(i + 1).padStart(6, '0')}`);

  beforeAll(async () => {
    const bytes = await labelSheet(
      { title: 'Этикетки товаров', creationDate, ...A4_65_LABELS },
      skus.map((sku, i) => ({
        sku,
        name: i % 2 ? 'Кабель оптический ОКЛ-0,22-8' : 'Оптический терминал Huawei HG8245H',
      })),
      (label, item) => {
        label.barcode({
          type: 'code128',
          value: item.sku,
          x: 2,
          y: 3,
          width: label.width - 4,
          height: 36,
          text: true,
        });
        label.text(item.name, { x: 4, y: 41, width: label.width - 8, size: 5.5, maxLines: 2 });
      },
    );
    probe = await probePdf(bytes);
  });

  afterAll(() => probe?.dispose());

  it('fills the first sheet and carries the rest onto a second', async () => {
    expect(await probe.pageCount()).toBe(2);
  });

  it('prints 65 labels whose codes all decode on the first sheet, and the other 5 on the second', async () => {
    const first = await probe.zbar(1, 'code128');
    const second = await probe.zbar(2, 'code128');
    expect(first.toSorted()).toEqual(skus.slice(0, 65));
    expect(second.toSorted()).toEqual(skus.slice(65));
  });

  it('prints each label’s text under its code', async () => {
    const text = await probe.text(2);
    expect(text).toContain('Кабель оптический ОКЛ-0,22-8');
    expect(text).toContain('SKU-000070');
  });
});

describe('2-D labels', () => {
  it('prints Data Matrix and QR labels that decode, starting on a partly used sheet', async () => {
    const codes = ['CPE-48575443A1B2C3D4', 'CPE-48575443A1B2C3D5', 'CPE-48575443A1B2C3D6'];
    const bytes = await labelSheet(
      { title: 'Этикетки оборудования', creationDate, ...A4_65_LABELS, start: 6 },
      codes,
      (label, code) => {
        const size = label.height - 4;
        label.barcode({ type: 'datamatrix', value: code, x: 2, y: 2, width: size, height: size });
        label.barcode({
          type: 'qrcode',
          value: code,
          x: label.width - size - 2,
          y: 2,
          width: size,
          height: size,
        });
      },
    );
    const probe = await probePdf(bytes);
    try {
      expect(await probe.pageCount()).toBe(1);
      expect((await probe.zbar(1, 'qrcode')).toSorted()).toEqual(codes);
      // Positions 6–8 are the second row's second to fourth labels.
      const { label, margin, gap } = A4_65_LABELS;
      for (const [i, code] of codes.entries()) {
        const crop = {
          x: margin.left + (1 + i) * (label.width + gap.x),
          y: margin.top + label.height,
          width: label.height,
          height: label.height,
        };
        expect(await probe.dmtx(1, crop)).toEqual([code]);
      }
    } finally {
      await probe.dispose();
    }
  });

  it('refuses a grid that does not fit the sheet', async () => {
    await expect(
      labelSheet(
        { title: 'x', ...A4_65_LABELS, label: { width: mm(45), height: mm(21.2) } },
        ['a'],
        () => {},
      ),
    ).rejects.toThrow(/does not fit/);
  });
});
