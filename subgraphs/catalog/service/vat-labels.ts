import type { VatRateRow } from '../db/tables.ts';
import { vatLabel } from '../domain/vat.ts';

/** «НДС 20 %» or «без НДС» for a stored VAT window. */
export const labelOfVat = (row: Pick<VatRateRow, 'exempt' | 'rate'>): string =>
  vatLabel(row.exempt ? { exempt: true, rate: null } : { exempt: false, rate: row.rate ?? 0 });
