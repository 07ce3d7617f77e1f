/**
 * Where a new list price goes among an item's prices in one currency (and a new VAT window among an
 * item's VAT windows, its days as UTC midnights). Prices are history: windows
 * `[validFrom, validTo)` never overlap; a new price closes the open-ended price that started before it
 * (its window ends where the new one starts); any other overlap is refused. Pure.
 */
export interface PriceWindow {
  id: string;
  validFrom: Date;
  validTo: Date | null;
}

export interface Placement<W extends PriceWindow> {
  /** The open-ended price that now ends at the new price's start, if any. */
  closes: W | null;
  /** A price the new window would overlap (after the closing): the new price is refused. */
  overlap: W | null;
}

export function placePrice<W extends PriceWindow>(
  existing: readonly W[],
  from: Date,
  to: Date | null,
): Placement<W> {
  const closes = existing.find((p) => p.validTo === null && p.validFrom < from) ?? null;
  const overlap =
    existing.find((p) => {
      const end = p === closes ? from : p.validTo;
      return (end === null || end > from) && (to === null || p.validFrom < to);
    }) ?? null;
  return { closes, overlap };
}
