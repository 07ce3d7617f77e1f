import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CertificateResolvers } from '../__generated__/resolvers-types.ts';
import { auditLog, type ItemRow } from '../db/tables.ts';

const DAY = 86_400_000;

export const Certificate: CertificateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.certificateById.load(ref.id),
  items: async (row, _, ctx) => {
    const ids = await ctx.loaders.itemIdsOfCertificate.load(row.id);
    const rows = await ctx.loaders.itemById.loadMany(ids);
    return rows.filter((r): r is ItemRow => Boolean(r) && !(r instanceof Error));
  },
  daysLeft: (row) => {
    if (!row.validTo) return null;
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    return Math.round((Date.parse(row.validTo) - today) / DAY);
  },
  auditTrail: (row, { limit }, ctx) =>
    readAuditTrail(reader(ctx), auditLog, 'Certificate', row.id, Math.min(Math.max(limit, 1), 100)),
};
