import { describe, expect, it } from 'vitest';
import { quantity as q } from './decimal.ts';
import { isBelowMinimum, minimumCrossing } from './minimum.ts';

const at = (available: string, minimum: string | null) => ({
  available: q(available),
  minimum: minimum === null ? null : q(minimum),
});

describe('stock minimums', () => {
  it('is short below the minimum, not at it, and never without one', () => {
    expect(isBelowMinimum(q('4.999'), q('5'))).toBe(true);
    expect(isBelowMinimum(q('5'), q('5'))).toBe(false);
    expect(isBelowMinimum(q('0'), null)).toBe(false);
  });

  it('crosses downwards when what is available falls under the minimum, and recovers when it comes back to it', () => {
    expect(minimumCrossing(at('10', '5'), at('4', '5'))).toBe('BELOW');
    expect(minimumCrossing(at('4', '5'), at('5', '5'))).toBe('RECOVERED');
  });

  it('does not cross while it stays on one side', () => {
    expect(minimumCrossing(at('4', '5'), at('3', '5'))).toBeNull();
    expect(minimumCrossing(at('10', '5'), at('6', '5'))).toBeNull();
    expect(minimumCrossing(at('10', null), at('0', null))).toBeNull();
  });

  it('crosses when the minimum moves over what is available, and recovers when it is cleared', () => {
    expect(minimumCrossing(at('10', '5'), at('10', '12'))).toBe('BELOW');
    expect(minimumCrossing(at('10', null), at('10', '11'))).toBe('BELOW');
    expect(minimumCrossing(at('10', '12'), at('10', '8'))).toBe('RECOVERED');
    expect(minimumCrossing(at('10', '12'), at('10', null))).toBe('RECOVERED');
  });
});
