import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { insertMany } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import { documentLines, documents, moves as movesTable } from '../db/tables.ts';
import { quantity, value } from '../domain/decimal.ts';
import type { DocumentType } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { WarehouseEvent } from '../events.ts';
import { nextNumber } from './create-document.ts';
import { allLocations, kindsOf, linesOf, locationName, lockDocument } from './documents.ts';
import { idempotencyKey, optionalText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { writeMoves } from './ledger.ts';
import { documentEvent } from './post-document.ts';

export const reverseDocumentInput = z.object({ id: uuid, reason: optionalText(1000), idempotencyKey });

/**
 * Posts the mirror of a posted document: every move it wrote (a received transfer's too) goes back, in
 * reverse order, with the value it went with, so the balances are what they were (the stock must still
 * be there: INSUFFICIENT_STOCK otherwise). The original becomes REVERSED; a reversal is never reversed.
 */
export const reverseDocument = defineVerb({
  name: 'reverseStockDocument',
  input: reverseDocumentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const original = await lockDocument(tx, input.id);
    if (original.status === 'REVERSED') {
      throw new DomainError(
        userError(E.ALREADY_REVERSED, `${original.number} is reversed already`, ['input', 'id']),
      );
    }
    if (original.status !== 'POSTED') {
      throw new DomainError(
        userError(E.NOT_POSTED, `${original.number} is a draft: delete it instead`, ['input', 'id']),
      );
    }
    if (original.reversalOfId) {
      throw new DomainError(
        userError(
          E.REVERSAL_NOT_REVERSIBLE,
          `${original.number} is a reversal: post the document again instead`,
          ['input', 'id'],
        ),
      );
    }
    const all = await allLocations(tx);
    const written = await tx.db
      .select()
      .from(movesTable)
      .where(eq(movesTable.documentId, original.id))
      .orderBy(sql`${movesTable.seq} desc`);
    const number = await nextNumber(tx, original.type as DocumentType, new Date().getUTCFullYear());
    const [mirror] = await tx.db
      .insert(documents)
      .values({
        type: original.type,
        status: 'POSTED',
        number,
        documentDate: new Date().toISOString().slice(0, 10),
        sourceId: original.sourceId,
        destinationId: original.destinationId,
        viaTransit: original.viaTransit,
        receivedAt: original.receivedAt,
        supplierReference: original.supplierReference,
        purpose: original.purpose,
        reason: input.reason ?? original.reason,
        subscriberId: original.subscriberId,
        fieldTaskId: original.fieldTaskId,
        orderId: original.orderId,
        comment: `Reversal of ${original.number}`,
        reversalOfId: original.id,
        authorId: ctx.actor.id,
        postedAt: sql`now()`,
        postedBy: ctx.actor.id,
      })
      .returning();
    if (!mirror) throw new Error('insert returned no document');
    const lines = await linesOf(tx, original.id);
    await insertMany(
      tx.db,
      documentLines,
      lines.map((l) => ({
        documentId: mirror.id,
        position: l.position,
        itemId: l.itemId,
        quantity: l.quantity,
        serials: l.serials,
        unitCost: l.unitCost,
        condition: l.condition,
        direction: l.direction,
      })),
    );
    const moves = await writeMoves(
      tx,
      mirror.id,
      written.map((m) => ({
        itemId: m.itemId,
        fromId: m.toId,
        toId: m.fromId,
        quantity: quantity(m.quantity),
        value: value(m.value),
        serials: m.serials,
        lineId: null,
        field: ['input', 'id'],
        consumes: null,
      })),
      kindsOf(all),
      { location: locationName(all), item: (id) => id },
      'REVERSED',
    );
    const [reversed] = await tx.db
      .update(documents)
      .set({ status: 'REVERSED', reversedById: mirror.id, updatedAt: new Date() })
      .where(eq(documents.id, original.id))
      .returning();
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'StockDocument',
        entityId: original.id,
        action: 'reverse',
        before: original,
        after: reversed,
      },
      {
        name: WarehouseEvent.DOCUMENT_REVERSED,
        payload: documentEvent(mirror, moves, { reversalOf: original.id }),
      },
    );
    return mirror;
  },
});
