import { and, eq, not } from 'drizzle-orm';
import { z } from 'zod';
import { anyId, insertMany } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { type CertificateRow, certificateItems, certificates } from '../db/tables.ts';
import { CatalogEvent } from '../events.ts';
import { checkCoveredItems } from './certificate-checks.ts';
import { isoDate, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const updateCertificateInput = z.object({
  id: uuid,
  issuer: z.string().trim().min(1).max(300).optional(),
  validTo: isoDate.nullish(),
  documentUrl: z.url('Not a valid URL').max(2000).nullish(),
  itemIds: z.array(uuid).min(1).max(1000).optional(),
});

/**
 * Extends or corrects a certificate: issuer, end date, document, covered items (replaced whole). Every
 * item it covered or covers now hears of it (`catalog.item.changed`, change `certificate`); the audit row
 * holds the items before and after.
 */
export const updateCertificate = defineVerb({
  name: 'updateCertificate',
  input: updateCertificateInput,
  run: async (ctx, input, tx): Promise<CertificateRow> => {
    const [before] = await tx.db
      .select()
      .from(certificates)
      .where(eq(certificates.id, input.id))
      .for('update');
    if (!before)
      throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such certificate', ['input', 'id']));
    const validTo = input.validTo === undefined ? before.validTo : input.validTo;
    if (validTo && validTo < before.validFrom) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'validTo is before validFrom', ['input', 'validTo']),
      );
    }
    const [after] = await tx.db
      .update(certificates)
      .set({
        issuer: input.issuer ?? before.issuer,
        validTo,
        documentUrl: input.documentUrl === undefined ? before.documentUrl : input.documentUrl,
        updatedAt: new Date(),
      })
      .where(eq(certificates.id, before.id))
      .returning();
    // The certificate's row is locked, so the items it covers stay as read until this commits.
    const previous = (
      await tx.db
        .select({ itemId: certificateItems.itemId })
        .from(certificateItems)
        .where(eq(certificateItems.certificateId, before.id))
    ).map((r) => r.itemId);
    let itemIds = previous;
    if (input.itemIds) {
      itemIds = await checkCoveredItems(tx, input.itemIds);
      const kept = new Set(itemIds);
      const had = new Set(previous);
      if (previous.some((id) => !kept.has(id))) {
        await tx.db
          .delete(certificateItems)
          .where(
            and(eq(certificateItems.certificateId, before.id), not(anyId(certificateItems.itemId, itemIds))),
          );
      }
      await insertMany(
        tx.db,
        certificateItems,
        itemIds.filter((id) => !had.has(id)).map((itemId) => ({ certificateId: before.id, itemId })),
      );
    }
    // Every item the certificate covered or covers now follows the change: its validity is theirs, and an
    // item taken off has lost it.
    const touched = [...new Set([...previous, ...itemIds])];
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'Certificate',
        entityId: before.id,
        action: 'update',
        before: { ...before, itemIds: previous },
        after: { ...after, itemIds },
      },
      ...touched.map((id) => ({ name: CatalogEvent.ITEM_CHANGED, payload: { id, change: 'certificate' } })),
    );
    return after as CertificateRow;
  },
});
