import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { documents } from '../db/tables.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { allLocations, checkOwnVan, linesOf, lockDocument } from './documents.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const deleteDocumentInput = z.object({ id: uuid });

/** Deletes a draft and its lines; its number is not given again. Posted documents stay for ever. */
export const deleteDocument = defineVerb({
  name: 'deleteStockDocument',
  input: deleteDocumentInput,
  async run(ctx, input, tx) {
    const doc = await lockDocument(tx, input.id);
    checkOwnVan(ctx, doc, await allLocations(tx));
    if (doc.status !== 'DRAFT') {
      throw new DomainError(
        userError(E.NOT_A_DRAFT, `${doc.number} is posted: only a draft is deleted`, ['input', 'id']),
      );
    }
    const lines = await linesOf(tx, doc.id);
    await tx.db.delete(documents).where(eq(documents.id, doc.id));
    await recordChange(ctx, tx, {
      entityType: 'StockDocument',
      entityId: doc.id,
      action: 'delete',
      before: { ...doc, lines },
      after: null,
    });
    return doc;
  },
});
