import { readAuditTrail } from '../../shared/audit.ts';
import { reader } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog, type CertificateRow, type ItemRow } from '../db/tables.ts';

const DAY = 86_400_000;

export const Certificate = {
  __resolveReference: (ref: { id: string }, ctx: CatalogContext) => ctx.loaders.certificateById.load(ref.id),
  items: async (row: CertificateRow, _: unknown, ctx: CatalogContext) => {
    const ids = await ctx.loaders.itemIdsOfCertificate.load(row.id);
    const rows = await ctx.loaders.itemById.loadMany(ids);
    return rows.filter((r): r is ItemRow => Boolean(r) && !(r instanceof Error));
  },
  daysLeft: (row: CertificateRow) => {
    if (!row.validTo) return null;
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    return Math.round((Date.parse(row.validTo) - today) / DAY);
  },
  auditTrail: (row: CertificateRow, { limit }: { limit: number }, ctx: CatalogContext) =>
    readAuditTrail(reader(ctx), auditLog, 'Certificate', row.id, Math.min(Math.max(limit, 1), 100)),
};
