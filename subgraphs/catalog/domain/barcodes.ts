import { type UserError, userError } from '../../shared/errors.ts';
import { CatalogErrorCode } from './errors.ts';

/**
 * An item carries several barcodes: EAN-13 codes printed by the manufacturer (their check digit is
 * verified) and CODE128 codes the operator prints for items that have none (any printable ASCII).
 */
export type BarcodeType = 'EAN13' | 'CODE128';

export const BarcodeErrorCode = {
  INVALID_EAN13: 'INVALID_EAN13',
  INVALID_CODE128: 'INVALID_CODE128',
} as const;

export const CODE128_MAX_LENGTH = 48;

const THIRTEEN_DIGITS = /^\d{13}$/;
// Code 128 sets A/B encode every printable ASCII character; control characters would need FNC
// shifts that label printers and keyboard-wedge scanners do not round-trip.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** GS1 mod-10: weights 1 and 3 alternate from the left of the 12 data digits. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError(`Expected 12 digits, got "${first12}"`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return THIRTEEN_DIGITS.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** Checks a code as given; run `normalizeBarcode` on scanner input first. */
export function validateBarcode(type: BarcodeType, code: string, field: string[]): UserError | null {
  if (type === 'EAN13') {
    if (!THIRTEEN_DIGITS.test(code)) {
      const what = /^\d*$/.test(code) ? `${code.length} digits` : 'characters other than digits';
      return userError(
        BarcodeErrorCode.INVALID_EAN13,
        `An EAN-13 code is 13 digits; this one has ${what}`,
        field,
      );
    }
    const expected = ean13CheckDigit(code.slice(0, 12));
    if (expected !== Number(code[12])) {
      return userError(
        BarcodeErrorCode.INVALID_EAN13,
        `Wrong EAN-13 check digit: expected ${expected}, got ${code[12]}`,
        field,
      );
    }
    return null;
  }
  if (code.length < 1 || code.length > CODE128_MAX_LENGTH) {
    return userError(
      BarcodeErrorCode.INVALID_CODE128,
      `A CODE128 code is 1 to ${CODE128_MAX_LENGTH} characters; this one has ${code.length}`,
      field,
    );
  }
  if (!PRINTABLE_ASCII.test(code)) {
    return userError(
      BarcodeErrorCode.INVALID_CODE128,
      'A CODE128 code may hold only printable ASCII characters (Latin letters, digits, space and punctuation)',
      field,
    );
  }
  return null;
}

/** Keyboard-wedge scanners add a trailing CR/LF or tab, and people paste codes with spaces around. */
export function normalizeBarcode(code: string): string {
  return code.trim();
}

/** 13 digits with a valid check digit is an EAN-13; anything else is an internal CODE128. */
export function detectBarcodeType(code: string): BarcodeType {
  // Thirteen digits are an EAN-13 even with a wrong check digit: that is a mistyped or misread EAN, to be
  // refused, not an internal code (internal codes start with a letter).
  return /^\d{13}$/.test(code) ? 'EAN13' : 'CODE128';
}

/**
 * The operator's own barcode for an item without one: a prefix and a zero-padded sequence, e.g.
 * `CAT000000123`. The prefix must start with a letter so an internal code is never taken for an EAN-13.
 */
export function internalBarcode(sequence: number, prefix = 'CAT'): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > 999_999_999) {
    throw new RangeError(`An internal barcode sequence is an integer from 0 to 999999999, got ${sequence}`);
  }
  if (!/^[A-Z][A-Z0-9]{0,15}$/.test(prefix)) {
    throw new RangeError(`An internal barcode prefix is 1 to 16 capital letters and digits, got "${prefix}"`);
  }
  return `${prefix}${String(sequence).padStart(9, '0')}`;
}

export interface CleanBarcode {
  type: BarcodeType;
  code: string;
}

/** Where an entry of a list of codes is reported: the path of its code, e.g. `['input', 'barcodes', 2, 'code']`. */
export type BarcodeField = (index: number) => (string | number)[];

/**
 * Normalises and validates a list of barcodes as given (EAN-13 check digit, Code 128 charset) and
 * refuses a code given twice; each error points at its entry through `field`. Whether someone holds a
 * code already is `placeBarcodes`'s question.
 */
export function cleanBarcodes(
  input: readonly { type?: BarcodeType | null; code: string }[],
  field: BarcodeField,
): { clean: CleanBarcode[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const clean: CleanBarcode[] = [];
  const seen = new Set<string>();
  input.forEach((b, i) => {
    const code = normalizeBarcode(b.code);
    const type = b.type ?? detectBarcodeType(code);
    const at = field(i).map(String);
    const invalid = validateBarcode(type, code, at);
    if (invalid) errors.push(invalid);
    else if (seen.has(code)) {
      errors.push(userError(CatalogErrorCode.DUPLICATE_BARCODE, `Barcode ${code} is given twice`, at));
    } else {
      seen.add(code);
      clean.push({ type, code });
    }
  });
  return { clean, errors };
}

/** Who carries a code already: an item, as one of its barcodes, or one of the item's packagings. */
export interface BarcodeHolder {
  itemId: string;
  sku: string;
  /** The packaging's name for a package barcode; null for an item's own barcode. */
  packaging: string | null;
}

/** Where codes are to go: an item's barcodes (`itemId` null: an item not created yet), or its packagings. */
export interface BarcodeTarget {
  itemId: string | null;
  packaging?: boolean;
}

const holderName = (h: BarcodeHolder) =>
  h.packaging === null ? `the item ${h.sku}` : `the packaging «${h.packaging}» of ${h.sku}`;

/**
 * Cleans codes for `target` (`cleanBarcodes`) and weighs them against who holds each (`holders`, by
 * code): a code identifies one item, or one packaging and no item. What the target holds itself is no
 * conflict — an item's own barcode, or, for packagings (replaced whole), the item's own package codes —
 * and stays in `clean` but not in `added`; any other holder is DUPLICATE_BARCODE, naming it.
 */
export function placeBarcodes(
  input: readonly { type?: BarcodeType | null; code: string }[],
  holders: ReadonlyMap<string, BarcodeHolder>,
  target: BarcodeTarget,
  field: BarcodeField,
): { clean: CleanBarcode[]; added: CleanBarcode[]; errors: UserError[] } {
  const { clean, errors } = cleanBarcodes(input, field);
  const added: CleanBarcode[] = [];
  for (const barcode of clean) {
    const holder = holders.get(barcode.code);
    if (!holder) {
      added.push(barcode);
      continue;
    }
    const own = holder.itemId === target.itemId && (holder.packaging !== null) === Boolean(target.packaging);
    if (own) continue;
    const i = input.findIndex((b) => normalizeBarcode(b.code) === barcode.code);
    errors.push(
      userError(
        CatalogErrorCode.DUPLICATE_BARCODE,
        `Barcode ${barcode.code} already identifies ${holderName(holder)}`,
        field(i),
      ),
    );
  }
  return { clean, added, errors };
}
