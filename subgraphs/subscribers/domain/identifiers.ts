/**
 * The identifiers a subscriber carries and how a search box tells them apart: account numbers (seven
 * digits and a Luhn check digit), phones (E.164, Russian by default), INN and KPP. Pure.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** The Luhn check digit of a string of digits. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The account number of the n-th subscriber: the sequence value and its check digit, e.g. "10000016". */
export const accountNumber = (sequence: number | bigint): string => {
  const body = String(sequence);
  return `${body}${luhnDigit(body)}`;
};

/** Eight digits whose last is the Luhn digit of the seven before it. */
export function isAccountNumber(text: string): boolean {
  return /^\d{8}$/.test(text) && luhnDigit(text.slice(0, 7)) === Number(text[7]);
}

/**
 * A phone as written by a person, in E.164 (`+79215551234`), or null when it is no phone number. Without a
 * country code it is Russian: `8 921 555-12-34`, `9215551234` and `+7 (921) 555-12-34` are one number.
 */
export function toE164(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[+\d][\d\s().-]{5,30}$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (!trimmed.startsWith('+')) {
    if (digits.length === 11 && digits.startsWith('8')) digits = `7${digits.slice(1)}`;
    else if (digits.length === 10) digits = `7${digits}`;
  }
  const phone = parsePhoneNumberFromString(`+${digits}`);
  return phone?.isValid() ? phone.number : null;
}

/** A phone as people read it, `+7 921 555 12 34`. */
export function phoneDisplay(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

const INN_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_A = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_B = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const checkDigit = (digits: string, weights: readonly number[]) =>
  (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11) % 10;

/** An INN with a valid checksum: 10 digits (a company) or 12 (a person or sole trader). */
export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return checkDigit(inn, INN_10) === Number(inn[9]);
  if (/^\d{12}$/.test(inn)) {
    return checkDigit(inn, INN_12_A) === Number(inn[10]) && checkDigit(inn, INN_12_B) === Number(inn[11]);
  }
  return false;
}

/** A company's INN from its first nine digits: the nine and their check digit. */
export const companyInn = (nine: string): string => `${nine}${checkDigit(nine, INN_10)}`;

/** A KPP: four digits (the tax office), two digits or capital Latin letters (the reason), three digits. */
export const isValidKpp = (kpp: string): boolean => /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);

/** What a search box holds, as the subscriber list reads it. */
export type SearchIntent =
  | { kind: 'account'; accountNumber: string }
  | { kind: 'phone'; e164: string }
  | { kind: 'text'; text: string; contractNumber: string };

/**
 * An account number (eight digits with a valid check digit), a phone (any format that parses), or text —
 * which may also be a contract number, tried exactly before the fuzzy search.
 */
export function searchIntent(search: string): SearchIntent | null {
  const text = search.trim();
  if (!text) return null;
  if (isAccountNumber(text)) return { kind: 'account', accountNumber: text };
  const e164 = toE164(text);
  if (e164) return { kind: 'phone', e164 };
  return { kind: 'text', text, contractNumber: text.toUpperCase() };
}
