import { z } from 'zod';
import { insertMany } from '../../shared/db.ts';
import { DomainError, isUniqueViolation, userError } from '../../shared/errors.ts';
import { type CertificateRow, certificateItems, certificates } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CERTIFICATE_TYPES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { checkCoveredItems } from './certificate-checks.ts';
import { idempotencyKey, isoDate, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const createCertificateInput = z
  .object({
    type: z.enum(CERTIFICATE_TYPES),
    number: z.string().trim().min(1, 'Number is required').max(100),
    issuer: z.string().trim().min(1, 'Issuer is required').max(300),
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    documentUrl: z.url('Not a valid URL').max(2000).nullish(),
    itemIds: z.array(uuid).min(1, 'A certificate covers at least one item').max(1000),
    idempotencyKey,
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  });

/** Records a certificate (unique by type and number) and the items it covers. */
export const createCertificate = defineVerb({
  name: 'createCertificate',
  input: createCertificateInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<CertificateRow> => {
    const itemIds = await checkCoveredItems(tx, data.itemIds);
    try {
      const [row] = await tx.db
        .insert(certificates)
        .values({
          type: data.type,
          number: data.number,
          issuer: data.issuer,
          validFrom: data.validFrom,
          validTo: data.validTo ?? null,
          documentUrl: data.documentUrl ?? null,
        })
        .returning();
      const certificate = row as CertificateRow;
      await insertMany(
        tx.db,
        certificateItems,
        itemIds.map((itemId) => ({ certificateId: certificate.id, itemId })),
      );
      await recordChange(
        ctx,
        tx,
        {
          entityType: 'Certificate',
          entityId: certificate.id,
          action: 'create',
          after: { ...certificate, itemIds },
        },
        ...itemIds.map((id) => ({ name: CatalogEvent.ITEM_CHANGED, payload: { id, change: 'certificate' } })),
      );
      return certificate;
    } catch (error) {
      if (isUniqueViolation(error, 'certificates_type_number_uniq')) {
        throw new DomainError(
          userError(
            CatalogErrorCode.DUPLICATE_CERTIFICATE,
            `Certificate ${data.number} is already recorded`,
            ['input', 'number'],
          ),
        );
      }
      throw error;
    }
  },
});
