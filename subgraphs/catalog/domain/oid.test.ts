import { describe, expect, it } from 'vitest';
import { enterpriseOf, normalizeOid } from './oid.ts';

describe('sysObjectID', () => {
  it('keeps an OID as dotted numbers without the leading dot tools print', () => {
    expect(normalizeOid('1.3.6.1.4.1.2011.2.248')).toBe('1.3.6.1.4.1.2011.2.248');
    expect(normalizeOid(' .1.3.6.1.4.1.35265.1.81 ')).toBe('1.3.6.1.4.1.35265.1.81');
    expect(normalizeOid('2.25.4294967295')).toBe('2.25.4294967295');
  });

  it.each([
    ['', 'empty'],
    ['1', 'a single arc'],
    ['iso.3.6.1.4.1.9', 'a name for an arc'],
    ['1.3.6.1.4.1.2011..248', 'an empty arc'],
    ['1.3.6.1.4.1.2011.2.248.', 'a trailing dot'],
    ['1.3.06.1', 'a leading zero'],
    ['3.1.1', 'a first arc above 2'],
    ['1.40.1', 'a second arc of 40 under 1'],
    ['1.3.6.1.4.1.4294967296', 'an arc beyond 2^32 − 1'],
    [`1.3${'.1'.repeat(127)}`, 'more than 128 arcs'],
  ])('refuses %s (%s)', (text) => {
    expect(normalizeOid(text)).toBeNull();
  });

  it('names the vendor of an OID under 1.3.6.1.4.1', () => {
    expect(enterpriseOf('1.3.6.1.4.1.2011.2.23.92')).toBe(2011);
    expect(enterpriseOf('1.3.6.1.4.1.3902.1082.1001.320.2.1')).toBe(3902);
    expect(enterpriseOf('1.3.6.1.2.1.1.2')).toBeNull();
  });
});
