import { describe, expect, it } from 'vitest';
import {
  type BarcodeHolder,
  detectBarcodeType,
  ean13CheckDigit,
  internalBarcode,
  isValidEan13,
  normalizeBarcode,
  placeBarcodes,
  validateBarcode,
} from './barcodes.ts';

const field = ['input', 'barcodes', '0', 'code'];

describe('EAN-13', () => {
  it('accepts manufacturer codes whose check digit is right', () => {
    // Checked by hand: 4006381333931 → 4+0+3+1+3+9 + 3×(0+6+8+3+3+3) = 89 → 1;
    // 5901234123457 → 17 + 3×22 = 83 → 7; 4600051000057 → 5 + 3×16 = 53 → 7.
    for (const code of ['4006381333931', '5901234123457', '4600051000057']) {
      expect(isValidEan13(code)).toBe(true);
      expect(validateBarcode('EAN13', code, field)).toBeNull();
    }
  });

  it('computes the GS1 check digit from the first twelve digits', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('590123412345')).toBe(7);
    expect(ean13CheckDigit('460005100005')).toBe(7);
    expect(ean13CheckDigit('000000000000')).toBe(0);
    expect(() => ean13CheckDigit('12345')).toThrow(RangeError);
  });

  it('refuses a wrong check digit and says which one was expected', () => {
    expect(isValidEan13('4006381333932')).toBe(false);
    const error = validateBarcode('EAN13', '4006381333932', field);
    expect(error).toMatchObject({ code: 'INVALID_EAN13', field });
    expect(error?.message).toContain('expected 1');
  });

  it('refuses letters in an EAN-13', () => {
    expect(isValidEan13('40063813339A1')).toBe(false);
    const error = validateBarcode('EAN13', '40063813339A1', field);
    expect(error?.code).toBe('INVALID_EAN13');
    expect(error?.message).toContain('digits');
  });

  it('refuses twelve digits and tells how many there are', () => {
    expect(isValidEan13('400638133393')).toBe(false);
    const error = validateBarcode('EAN13', '400638133393', field);
    expect(error?.code).toBe('INVALID_EAN13');
    expect(error?.message).toContain('12 digits');
  });
});

describe('CODE128', () => {
  it('accepts printable ASCII from 1 to 48 characters', () => {
    expect(validateBarcode('CODE128', 'A', field)).toBeNull();
    expect(validateBarcode('CODE128', 'X'.repeat(48), field)).toBeNull();
    expect(validateBarcode('CODE128', ' !~CAT-000/12', field)).toBeNull();
  });

  it('refuses an empty code and one longer than 48 characters', () => {
    expect(validateBarcode('CODE128', '', field)).toMatchObject({ code: 'INVALID_CODE128', field });
    expect(validateBarcode('CODE128', 'X'.repeat(49), field)?.code).toBe('INVALID_CODE128');
  });

  it('refuses control characters and non-ASCII letters', () => {
    expect(validateBarcode('CODE128', 'ABC\r', field)?.code).toBe('INVALID_CODE128');
    expect(validateBarcode('CODE128', 'AB\tC', field)?.code).toBe('INVALID_CODE128');
    expect(validateBarcode('CODE128', 'АБВ123', field)?.code).toBe('INVALID_CODE128'); // Cyrillic
    expect(validateBarcode('CODE128', 'AB\x7f', field)?.code).toBe('INVALID_CODE128');
  });
});

describe('detection and normalisation', () => {
  it('takes 13 digits with a valid check digit for an EAN-13 and anything else for CODE128', () => {
    expect(detectBarcodeType('4600051000057')).toBe('EAN13');
    // A wrong check digit is a bad EAN-13 (refused by validateBarcode), not an internal code.
    expect(detectBarcodeType('4600051000058')).toBe('EAN13');
    expect(validateBarcode('EAN13', '4600051000058', field)?.code).toBe('INVALID_EAN13');
    expect(detectBarcodeType('460005100005')).toBe('CODE128');
    expect(detectBarcodeType('CAT000000123')).toBe('CODE128');
  });

  it('strips the whitespace and CR/LF a scanner adds', () => {
    expect(normalizeBarcode('4006381333931\r\n')).toBe('4006381333931');
    expect(normalizeBarcode('  CAT000000123\t')).toBe('CAT000000123');
    expect(detectBarcodeType(normalizeBarcode(' 5901234123457\r'))).toBe('EAN13');
  });
});

describe('internal barcodes', () => {
  it('pads the sequence to nine digits after the prefix', () => {
    expect(internalBarcode(123)).toBe('CAT000000123');
    expect(internalBarcode(0, 'WH1')).toBe('WH1000000000');
    expect(internalBarcode(999_999_999)).toBe('CAT999999999');
  });

  it('produces codes that validate as CODE128 and are never taken for an EAN-13', () => {
    const code = internalBarcode(42);
    expect(validateBarcode('CODE128', code, field)).toBeNull();
    expect(detectBarcodeType(code)).toBe('CODE128');
  });

  it('refuses a sequence that does not fit nine digits and a prefix that is not Code128-safe', () => {
    expect(() => internalBarcode(1_000_000_000)).toThrow(RangeError);
    expect(() => internalBarcode(-1)).toThrow(RangeError);
    expect(() => internalBarcode(1.5)).toThrow(RangeError);
    expect(() => internalBarcode(1, 'КАТ')).toThrow(RangeError);
    expect(() => internalBarcode(1, '460')).toThrow(RangeError);
  });
});

describe('placing codes', () => {
  const at = (i: number) => ['input', 'barcodes', i, 'code'];
  const holders = new Map<string, BarcodeHolder>([
    ['CAT000000001', { itemId: 'a', sku: 'SKU-A', packaging: null }],
    ['CAT000000002', { itemId: 'a', sku: 'SKU-A', packaging: 'Барабан' }],
    ['CAT000000003', { itemId: 'b', sku: 'SKU-B', packaging: null }],
  ]);
  const codes = (...list: string[]) => list.map((code) => ({ code }));

  it('keeps what the target holds out of what it adds, and refuses what anyone else holds, naming them', () => {
    const onItem = placeBarcodes(codes('CAT000000001', 'CAT000000009'), holders, { itemId: 'a' }, at);
    expect(onItem.errors).toEqual([]);
    expect(onItem.clean.map((c) => c.code)).toEqual(['CAT000000001', 'CAT000000009']);
    expect(onItem.added.map((c) => c.code)).toEqual(['CAT000000009']);

    const taken = placeBarcodes(codes(' CAT000000009', 'CAT000000003\r\n'), holders, { itemId: null }, at);
    expect(taken.errors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_BARCODE', field: ['input', 'barcodes', '1', 'code'] }),
    ]);
    expect(taken.errors[0]?.message).toContain('SKU-B');
  });

  it('never lets a package code become an item code, nor an item code a package code', () => {
    const asItem = placeBarcodes(codes('CAT000000002'), holders, { itemId: 'a' }, at);
    expect(asItem.errors).toEqual([expect.objectContaining({ code: 'DUPLICATE_BARCODE' })]);
    expect(asItem.errors[0]?.message).toContain('«Барабан» of SKU-A');

    const asPackage = placeBarcodes(codes('CAT000000001'), holders, { itemId: 'a', packaging: true }, at);
    expect(asPackage.errors).toEqual([expect.objectContaining({ code: 'DUPLICATE_BARCODE' })]);
    // The item's own package codes are no conflict for its packagings, replaced whole.
    const again = placeBarcodes(codes('CAT000000002'), holders, { itemId: 'a', packaging: true }, at);
    expect(again).toMatchObject({ errors: [], added: [] });
  });
});
