/** How the API answers the warehouse's stored figures: quantities and money from exact decimals. */
import { formatMoney, formatQuantity, quantity, unitCostOf, value, valueAtCost } from '../domain/decimal.ts';

/** A stored quantity as the API answers it ("2", "120.5"). */
export const quantityText = (stored: string): string => formatQuantity(quantity(stored));

/** A stored value (4 decimals) as money ("1290.00"). */
export const moneyText = (stored: string): string => formatMoney(value(stored));

/** What a balance row shows beyond its stored columns. */
export const balanceFigures = (row: { onHand: string; reserved: string; value: string }) => ({
  available: formatQuantity(quantity(row.onHand) - quantity(row.reserved)),
  averageCost: formatMoney(unitCostOf(quantity(row.onHand), value(row.value))),
});

/** A line's cost: quantity × unit cost; null without a cost. */
export const lineCost = (row: { quantity: string; unitCost: string | null }): string | null =>
  row.unitCost === null ? null : formatMoney(valueAtCost(quantity(row.quantity), value(row.unitCost)));

/** The sum of lines' costs. */
export const linesTotal = (rows: readonly { quantity: string; unitCost: string | null }[]): string =>
  formatMoney(
    rows.reduce(
      (t, r) => t + (r.unitCost === null ? 0n : valueAtCost(quantity(r.quantity), value(r.unitCost))),
      0n,
    ),
  );

/** Totals over balance rows. */
export function balanceTotals(rows: readonly { onHand: string; reserved: string; value: string }[]) {
  let onHand = 0n;
  let reserved = 0n;
  let total = 0n;
  for (const b of rows) {
    onHand += quantity(b.onHand);
    reserved += quantity(b.reserved);
    total += value(b.value);
  }
  return {
    onHand: formatQuantity(onHand),
    reserved: formatQuantity(reserved),
    available: formatQuantity(onHand - reserved),
    value: formatMoney(total),
  };
}

/** The sum of stored values, as money. */
export const valuesTotal = (stored: readonly string[]): string =>
  formatMoney(stored.reduce((t, v) => t + value(v), 0n));
