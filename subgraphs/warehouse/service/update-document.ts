import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { insertMany } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import { documentLines, documents } from '../db/tables.ts';
import type { DocumentType } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { lineRows } from './create-document.ts';
import { allLocations, checkDraft, checkOwnVan, linesOf, lockDocument } from './documents.ts';
import { documentFields, lines, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const updateDocumentInput = z.object({ id: uuid, ...documentFields, lines: lines.nullish() });

/** Changes a draft; given lines replace its lines. A posted or reversed document is never changed. */
export const updateDocument = defineVerb({
  name: 'updateStockDocument',
  input: updateDocumentInput,
  async run(ctx, input, tx) {
    const before = await lockDocument(tx, input.id);
    checkOwnVan(ctx, before, await allLocations(tx));
    if (before.status !== 'DRAFT') {
      throw new DomainError(
        userError(
          E.NOT_A_DRAFT,
          `${before.number} is ${before.status.toLowerCase()}: only a draft is edited`,
          ['input', 'id'],
        ),
      );
    }
    const pick = <K extends keyof typeof input & keyof typeof before>(k: K) =>
      input[k] === undefined ? before[k] : input[k];
    const storedLines = await linesOf(tx, before.id);
    const nextLines =
      input.lines ??
      storedLines.map((l) => ({
        itemId: l.itemId,
        quantity: l.quantity,
        serials: l.serials,
        unitCost: l.unitCost,
        condition: l.condition as 'NEW' | 'USED' | 'FAULTY' | null,
        direction: l.direction as 'IN' | 'OUT' | null,
      }));
    const draft = {
      type: before.type as DocumentType,
      sourceId: pick('sourceId'),
      destinationId: pick('destinationId'),
      purpose: pick('purpose'),
      reason: pick('reason'),
      lines: nextLines,
    };
    await checkDraft(ctx, tx, draft, ['input']);
    const [after] = await tx.db
      .update(documents)
      .set({
        documentDate: input.date ?? before.documentDate,
        sourceId: draft.sourceId ?? null,
        destinationId: draft.destinationId ?? null,
        viaTransit: before.type === 'TRANSFER' && Boolean(input.viaTransit ?? before.viaTransit),
        supplierReference: pick('supplierReference') ?? null,
        purpose: draft.purpose ?? null,
        reason: draft.reason ?? null,
        subscriberId: pick('subscriberId') ?? null,
        fieldTaskId: pick('fieldTaskId') ?? null,
        orderId: pick('orderId') ?? null,
        comment: pick('comment') ?? null,
        updatedAt: new Date(),
      })
      .where(eq(documents.id, before.id))
      .returning();
    if (input.lines) {
      await tx.db.delete(documentLines).where(eq(documentLines.documentId, before.id));
      await insertMany(tx.db, documentLines, lineRows(before.id, input.lines));
    }
    await recordChange(ctx, tx, {
      entityType: 'StockDocument',
      entityId: before.id,
      action: 'update',
      before: { ...before, lines: storedLines },
      after: { ...after, ...(input.lines ? { lines: input.lines } : {}) },
    });
    return after as typeof before;
  },
});
