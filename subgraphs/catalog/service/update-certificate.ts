import { eq } from 'drizzle-orm';
import { z } from 'zod';
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

/** Extends or corrects a certificate: issuer, end date, document, covered items. */
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
    let itemIds: string[] | undefined;
    if (input.itemIds) {
      itemIds = await checkCoveredItems(tx, input.itemIds);
      await tx.db.delete(certificateItems).where(eq(certificateItems.certificateId, before.id));
      await tx.db
        .insert(certificateItems)
        .values(itemIds.map((itemId) => ({ certificateId: before.id, itemId })));
    }
    // Every item the certificate covers (now) follows the change: its validity is theirs.
    const covered =
      itemIds ??
      (
        await tx.db
          .select({ itemId: certificateItems.itemId })
          .from(certificateItems)
          .where(eq(certificateItems.certificateId, before.id))
      ).map((r) => r.itemId);
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'Certificate',
        entityId: before.id,
        action: 'update',
        before,
        after: { ...after, ...(itemIds ? { itemIds } : {}) },
      },
      ...covered.map((id) => ({ name: CatalogEvent.ITEM_CHANGED, payload: { id, change: 'certificate' } })),
    );
    return after as CertificateRow;
  },
});
