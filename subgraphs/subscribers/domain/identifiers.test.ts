import { describe, expect, it } from 'vitest';
import {
  accountNumber,
  companyInn,
  isAccountNumber,
  isValidInn,
  isValidKpp,
  phoneDisplay,
  searchIntent,
  toE164,
} from './identifiers.ts';

describe('phones', () => {
  it('reads one Russian number from every way people write it', () => {
    for (const written of [
      '+7 (921) 555-12-34',
      '89215551234',
      '8 921 555 12 34',
      '9215551234',
      '+79215551234',
      '7-921-555-12-34',
    ]) {
      expect(toE164(written), written).toBe('+79215551234');
    }
  });

  it('keeps foreign numbers with their country code', () => {
    expect(toE164('+44 20 7946 0958')).toBe('+442079460958');
    expect(toE164('+375 29 123-45-67')).toBe('+375291234567');
  });

  it('refuses what is no phone number', () => {
    for (const bad of ['+7 921 555', '12345', 'Иванов', '+7 (000) 000-00-00', ''])
      expect(toE164(bad), bad).toBeNull();
  });

  it('shows a number as people read it', () => {
    expect(phoneDisplay('+79215551234')).toBe('+7 921 555 12 34');
  });
});

describe('account numbers', () => {
  it('are seven digits and their Luhn check digit', () => {
    expect(accountNumber(1_000_001)).toBe('10000016');
    expect(isAccountNumber('10000016')).toBe(true);
    // One digit mistyped, or two neighbours swapped, is caught.
    expect(isAccountNumber('10000017')).toBe(false);
    expect(isAccountNumber('10000061')).toBe(false);
  });
});

describe('INN and KPP', () => {
  it('accepts INNs whose checksums hold, of companies and of persons', () => {
    expect(isValidInn('7707083893')).toBe(true); // ПАО Сбербанк
    expect(isValidInn('500100732259')).toBe(true);
    expect(isValidInn(companyInn('780100010'))).toBe(true);
  });

  it('refuses a wrong checksum, a wrong length or letters', () => {
    for (const bad of ['7707083894', '500100732258', '770708389', '77070838931', '77070838ab']) {
      expect(isValidInn(bad), bad).toBe(false);
    }
  });

  it('checks the KPP form', () => {
    expect(isValidKpp('773601001')).toBe(true);
    expect(isValidKpp('7736AB001')).toBe(true);
    expect(isValidKpp('77360100')).toBe(false);
    expect(isValidKpp('7736ab001')).toBe(false);
  });
});

describe('the search box', () => {
  it('tells an account, a phone and text apart', () => {
    expect(searchIntent('10000016')).toEqual({ kind: 'account', accountNumber: '10000016' });
    expect(searchIntent('8 (921) 555-12-34')).toEqual({ kind: 'phone', e164: '+79215551234' });
    expect(searchIntent('Иванов Пётр')).toEqual({
      kind: 'text',
      text: 'Иванов Пётр',
      contractNumber: 'ИВАНОВ ПЁТР',
    });
    expect(searchIntent('   ')).toBeNull();
  });
});
