import { eq } from 'drizzle-orm';
import { anyId, type Tx, withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { idempotent } from '../../shared/idempotency.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent } from '../db/enums.ts';
import { type CertificateRow, certificateItems, certificates, idempotencyKeys, items } from '../db/tables.ts';
import { createCertificateInput, updateCertificateInput } from './inputs.ts';
import { recordChange } from './record-change.ts';

async function checkItems(tx: Tx, itemIds: string[]): Promise<string[]> {
  const unique = [...new Set(itemIds)];
  const found = await tx.db.select({ id: items.id }).from(items).where(anyId(items.id, unique));
  const known = new Set(found.map((f) => f.id));
  const errors = itemIds
    .map((id, i) =>
      known.has(id) ? null : userError(ErrorCode.NOT_FOUND, 'No such item', ['input', 'itemIds', i]),
    )
    .filter((e) => e !== null);
  if (errors.length) throw new DomainError(errors);
  return unique;
}

/** Records a certificate (unique by type and number) and the items it covers. */
export async function createCertificate(ctx: CatalogContext, rawInput: unknown): Promise<CertificateRow> {
  const { idempotencyKey, ...data } = parseInput(createCertificateInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const { value } = await idempotent(
      tx,
      idempotencyKeys,
      { actorId: ctx.actor.id, operation: 'createCertificate', key: idempotencyKey, input: data },
      async () => {
        const itemIds = await checkItems(tx, data.itemIds);
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
          await tx.db
            .insert(certificateItems)
            .values(itemIds.map((itemId) => ({ certificateId: certificate.id, itemId })));
          await recordChange(
            ctx,
            tx,
            {
              entityType: 'Certificate',
              entityId: certificate.id,
              action: 'create',
              after: { ...certificate, itemIds },
            },
            ...itemIds.map((id) => ({
              name: CatalogEvent.ITEM_CHANGED,
              payload: { id, change: 'certificate' },
            })),
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
    );
    return value;
  });
}

/** Extends or corrects a certificate: issuer, end date, document, covered items. */
export async function updateCertificate(ctx: CatalogContext, rawInput: unknown): Promise<CertificateRow> {
  const input = parseInput(updateCertificateInput, rawInput);
  return withTransaction(ctx, async (tx) => {
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
      itemIds = await checkItems(tx, input.itemIds);
      await tx.db.delete(certificateItems).where(eq(certificateItems.certificateId, before.id));
      await tx.db
        .insert(certificateItems)
        .values(itemIds.map((itemId) => ({ certificateId: before.id, itemId })));
    }
    await recordChange(ctx, tx, {
      entityType: 'Certificate',
      entityId: before.id,
      action: 'update',
      before,
      after: { ...after, ...(itemIds ? { itemIds } : {}) },
    });
    return after as CertificateRow;
  });
}
