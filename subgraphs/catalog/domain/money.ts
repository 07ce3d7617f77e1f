/** Decimal strings ("1290.5", "1290.50") ↔ integer minor units (kopecks), never through floats. */
export function toMinor(decimal: string): number {
  const match = decimal.trim().match(/^(-?)(\d+)(?:\.(\d{1,2}))?$/);
  if (!match) throw new RangeError(`not a decimal amount: ${decimal}`);
  const [, sign, whole, frac = ''] = match;
  const minor = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return sign ? -minor : minor;
}

export function fromMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
