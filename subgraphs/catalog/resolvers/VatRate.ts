import type { VatRateResolvers } from '../__generated__/resolvers-types.ts';
import { labelOfVat } from '../service/vat-labels.ts';

export const VatRate: VatRateResolvers = {
  label: (row) => labelOfVat(row),
};
