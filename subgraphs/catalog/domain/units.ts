/**
 * Units of measure are OKEI codes (ОК 015-94, the all-Russian classifier of units): `catalog.units` holds
 * the common ones, seeded by a migration. People name a unit by its code ("796"), its Russian symbol
 * ("шт", "шт."), its international symbol ("pc") or, in files written before codes, by one of the seven
 * old names ("PCS"). Pure.
 */
import { LEGACY_UNIT_CODES } from './values.ts';

export interface UnitNames {
  code: string;
  symbol: string;
  internationalSymbol: string | null;
}

/** A unit's name as typed, for matching: lower case, no spaces, no trailing dot ("Усл. ед." → "усл.ед"). */
const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');

/**
 * Resolves what a person typed to a unit's OKEI code among `units`, else null. A code of one or two
 * digits is padded ("6" is 006: Excel drops leading zeros of a code kept in a number cell).
 */
export function unitResolver(units: readonly UnitNames[]): (text: string) => string | null {
  const byName = new Map<string, string>();
  for (const u of units) {
    byName.set(u.code, u.code);
    byName.set(normal(u.symbol), u.code);
    if (u.internationalSymbol) byName.set(normal(u.internationalSymbol), u.code);
  }
  const known = new Set(units.map((u) => u.code));
  return (text) => {
    const typed = text.trim();
    if (/^\d{1,3}$/.test(typed)) {
      const code = typed.padStart(3, '0');
      return known.has(code) ? code : null;
    }
    const legacy = LEGACY_UNIT_CODES[typed.toUpperCase()];
    if (legacy && known.has(legacy)) return legacy;
    return byName.get(normal(typed)) ?? null;
  };
}
