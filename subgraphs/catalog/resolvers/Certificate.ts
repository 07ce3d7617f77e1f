import type { CertificateResolvers } from '../__generated__/resolvers-types.ts';
import { daysLeft } from '../service/certificates.ts';

export const Certificate: CertificateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.certificateById.load(ref.id),
  items: (row, args, ctx) => ctx.loaders.itemsOfCertificate(row.id, args),
  daysLeft: (row) => daysLeft(row.validTo),
  auditTrail: (row, { limit }, ctx) => ctx.loaders.auditTrail.Certificate(row.id, limit),
};
