import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import type { WarehouseContext } from '../context.ts';
import { type DocumentLineRow, type DocumentRow, documents, type LocationRow } from '../db/tables.ts';
import { formatQuantity, formatValue, unitCostOf } from '../domain/decimal.ts';
import { checkDocument, type DocumentType, planMoves } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { WarehouseEvent } from '../events.ts';
import {
  allLocations,
  checkEnds,
  checkOwnVan,
  itemFacts,
  kindsOf,
  linesOf,
  locationName,
  lockDocument,
  systemLocations,
} from './documents.ts';
import { idempotencyKey, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { type LedgerMove, valueAt, type WrittenMove, writeMoves } from './ledger.ts';

export const postDocumentInput = z.object({ id: uuid, idempotencyKey });

/** What other modules learn of a posted document (assets follows each serial's place). */
export function documentEvent(doc: DocumentRow, moves: readonly WrittenMove[], extra: object = {}) {
  return {
    id: doc.id,
    type: doc.type,
    number: doc.number,
    date: doc.documentDate,
    sourceId: doc.sourceId,
    destinationId: doc.destinationId,
    subscriberId: doc.subscriberId,
    fieldTaskId: doc.fieldTaskId,
    orderId: doc.orderId,
    lines: moves.map((m) => ({
      itemId: m.itemId,
      quantity: formatQuantity(m.quantity),
      serials: m.serials,
      fromId: m.fromId,
      toId: m.toId,
      value: formatValue(m.value),
    })),
    ...extra,
  };
}

/** A posted line's cost: what its move took out at (average cost), or what came in. */
async function setLineCosts(tx: Tx, lines: readonly DocumentLineRow[], moves: readonly WrittenMove[]) {
  const byLine = new Map(moves.map((m) => [m.lineId, m]));
  const costed = lines.filter((l) => l.unitCost === null && byLine.has(l.id));
  if (!costed.length) return;
  await tx.sql`
    update warehouse.document_lines l set unit_cost = v.unit_cost
    from unnest(
      ${costed.map((l) => l.id)}::uuid[],
      ${costed.map((l) => {
        const m = byLine.get(l.id) as WrittenMove;
        return formatValue(unitCostOf(m.quantity, m.value));
      })}::text[]::numeric[]
    ) as v(id, unit_cost)
    where l.id = v.id`;
}

/**
 * Posts a draft: checks it again against what the warehouse knows now, writes its moves and the
 * balances they change (`writeMoves`), and freezes it — all in one transaction, or nothing. An issue
 * for an order or a field task consumes what was reserved for it.
 */
export async function postDraft(
  ctx: WarehouseContext,
  tx: Tx,
  doc: DocumentRow,
  all: ReadonlyMap<string, LocationRow>,
): Promise<{ posted: DocumentRow; moves: WrittenMove[] }> {
  if (doc.status !== 'DRAFT') {
    throw new DomainError(
      userError(E.NOT_A_DRAFT, `${doc.number} is already ${doc.status.toLowerCase()}`, ['input', 'id']),
    );
  }
  const lines = await linesOf(tx, doc.id);
  const type = doc.type as DocumentType;
  const draft = { ...doc, type, lines };
  checkEnds(ctx, draft, all, []);
  const items = await itemFacts(
    tx,
    lines.map((l) => l.itemId),
  );
  const problems = checkDocument(draft, items, []);
  if (problems.length) throw new DomainError(problems);
  const planned = planMoves(type, lines, {
    sourceId: doc.sourceId,
    destinationId: doc.destinationId,
    viaTransit: doc.viaTransit,
    system: systemLocations(all),
  });
  const consumes =
    type === 'ISSUE' && (doc.fieldTaskId || doc.orderId)
      ? doc.fieldTaskId
        ? { forType: 'FIELD_TASK' as const, forId: doc.fieldTaskId }
        : { forType: 'ORDER' as const, forId: doc.orderId as string }
      : null;
  const ledger: LedgerMove[] = planned.map((p) => ({
    itemId: p.itemId,
    fromId: p.fromId,
    toId: p.toId,
    quantity: p.quantity,
    value: p.unitCost !== null ? valueAt(p.quantity, p.unitCost) : null,
    serials: p.serials,
    lineId: lines[p.line]?.id ?? null,
    field: ['lines', p.line, 'quantity'],
    consumes,
  }));
  const moves = await writeMoves(tx, doc.id, ledger, kindsOf(all), {
    location: locationName(all),
    item: (id) => items.get(id)?.sku ?? id,
  });
  await setLineCosts(tx, lines, moves);
  const [posted] = await tx.db
    .update(documents)
    .set({ status: 'POSTED', postedAt: sql`now()`, postedBy: ctx.actor.id, updatedAt: new Date() })
    .where(eq(documents.id, doc.id))
    .returning();
  return { posted: posted as DocumentRow, moves };
}

/** Posts a draft document (see `postDraft`); the same idempotency key replays the first answer. */
export const postDocument = defineVerb({
  name: 'postStockDocument',
  input: postDocumentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const doc = await lockDocument(tx, input.id);
    const all = await allLocations(tx);
    checkOwnVan(ctx, doc, all);
    const { posted, moves } = await postDraft(ctx, tx, doc, all);
    await recordChange(
      ctx,
      tx,
      { entityType: 'StockDocument', entityId: doc.id, action: 'post', before: doc, after: posted },
      { name: WarehouseEvent.DOCUMENT_POSTED, payload: documentEvent(posted, moves) },
    );
    return posted;
  },
});
