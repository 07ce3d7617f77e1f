import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { documents, moves as movesTable } from '../db/tables.ts';
import { quantity, value } from '../domain/decimal.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { WarehouseEvent } from '../events.ts';
import { allLocations, kindsOf, locationName, lockDocument, systemLocations } from './documents.ts';
import { idempotencyKey, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { writeMoves } from './ledger.ts';
import { documentEvent } from './post-document.ts';

export const receiveTransferInput = z.object({ id: uuid, idempotencyKey });

/** Brings a transfer that went through IN_TRANSIT into its destination, at the value it left with. */
export const receiveTransfer = defineVerb({
  name: 'receiveStockTransfer',
  input: receiveTransferInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const doc = await lockDocument(tx, input.id);
    if (doc.type !== 'TRANSFER' || !doc.viaTransit || doc.status !== 'POSTED' || doc.receivedAt) {
      throw new DomainError(
        userError(E.NOT_IN_TRANSIT, `${doc.number} is not a posted transfer on its way`, ['input', 'id']),
      );
    }
    const all = await allLocations(tx);
    const transit = systemLocations(all).IN_TRANSIT;
    const sent = await tx.db
      .select()
      .from(movesTable)
      .where(sql`${movesTable.documentId} = ${doc.id} and ${movesTable.toId} = ${transit}`);
    const moves = await writeMoves(
      tx,
      doc.id,
      sent.map((m) => ({
        itemId: m.itemId,
        fromId: transit,
        toId: doc.destinationId as string,
        quantity: quantity(m.quantity),
        value: value(m.value),
        serials: m.serials,
        lineId: m.lineId,
        field: ['input', 'id'],
        consumes: null,
      })),
      kindsOf(all),
      { location: locationName(all), item: (id) => id },
      'RECEIVED',
    );
    const [after] = await tx.db
      .update(documents)
      .set({ receivedAt: sql`now()`, updatedAt: new Date() })
      .where(eq(documents.id, doc.id))
      .returning();
    await recordChange(
      ctx,
      tx,
      { entityType: 'StockDocument', entityId: doc.id, action: 'receive', before: doc, after },
      // The moves into the destination, as a posted document's event carries them (assets moves the serials).
      { name: WarehouseEvent.TRANSFER_RECEIVED, payload: documentEvent(doc, moves) },
    );
    return after as typeof doc;
  },
});
