import type { Milli } from './decimal.ts';

/** Short at a warehouse (`stockBelowMinimum`): what is available is less than the minimum set. */
export const isBelowMinimum = (available: Milli, minimum: Milli | null): boolean =>
  minimum !== null && available < minimum;

/** `BELOW`: it has just become short; `RECOVERED`: it has just stopped being short. */
export type MinimumCrossing = 'BELOW' | 'RECOVERED';

/**
 * Which way a change took a balance across its minimum, or null when it stayed on the same side. A
 * minimum raised above what is available crosses downwards as an issue does; one lowered or cleared
 * under it recovers as a receipt does.
 */
export function minimumCrossing(
  before: { available: Milli; minimum: Milli | null },
  after: { available: Milli; minimum: Milli | null },
): MinimumCrossing | null {
  const was = isBelowMinimum(before.available, before.minimum);
  const is = isBelowMinimum(after.available, after.minimum);
  return was === is ? null : is ? 'BELOW' : 'RECOVERED';
}
