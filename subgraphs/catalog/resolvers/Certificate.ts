import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import { loadExisting } from '../../shared/loaders.ts';
import type { CertificateResolvers } from '../__generated__/resolvers-types.ts';
import { auditLog } from '../db/tables.ts';

const DAY = 86_400_000;

export const Certificate: CertificateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.certificateById.load(ref.id),
  items: async (row, _, ctx) =>
    loadExisting(ctx.loaders.itemById, await ctx.loaders.itemIdsOfCertificate(row.id)),
  daysLeft: (row) => {
    if (!row.validTo) return null;
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    return Math.round((Date.parse(row.validTo) - today) / DAY);
  },
  auditTrail: (row, { limit }, ctx) => readAuditTrail(reader(ctx), auditLog, 'Certificate', row.id, limit),
};
