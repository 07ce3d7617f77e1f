import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import type { WarehouseContext } from '../context.ts';
import type { DocumentLineRow, DocumentRow, LocationRow } from '../db/tables.ts';
import { formatQuantity, formatValue, unitCostOf } from '../domain/decimal.ts';
import { checkDocument, type DocumentType, type PlannedMove, planMoves } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { WarehouseEvent } from '../events.ts';
import {
  allLocations,
  checkEnds,
  checkOwnVan,
  kindsOf,
  linesWithItems,
  locationName,
  lockDocument,
  systemLocations,
} from './documents.ts';
import { idempotencyKey, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { type LedgerMove, valueAt, type WrittenMove, writeMoves } from './ledger.ts';

export const postDocumentInput = z.object({ id: uuid, idempotencyKey });

/** What other modules learn of a posted document (assets follows each serial's place). */
export function documentEvent(
  doc: DocumentRow,
  moves: readonly {
    itemId: string;
    quantity: bigint;
    serials: readonly string[];
    fromId: string;
    toId: string;
  }[],
  extra: object = {},
) {
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
    })),
    ...extra,
  };
}

/**
 * Freezes the document as POSTED and gives each line the cost its move took out at (average cost) where
 * it had none: one statement, while the balance rows are still locked.
 */
async function markPosted(
  ctx: WarehouseContext,
  tx: Tx,
  doc: DocumentRow,
  lines: readonly DocumentLineRow[],
  moves: readonly WrittenMove[],
): Promise<DocumentRow> {
  const byLine = new Map(moves.map((m) => [m.lineId, m]));
  const costed = lines.filter((l) => l.unitCost === null && byLine.has(l.id));
  const [row] = await tx.sql<{ id: string }[]>`
    with costs as (
      update warehouse.document_lines l set unit_cost = v.unit_cost
      from unnest(
        ${costed.map((l) => l.id)}::uuid[],
        ${costed.map((l) => {
          const m = byLine.get(l.id) as WrittenMove;
          return formatValue(unitCostOf(m.quantity, m.value));
        })}::text[]::numeric[]
      ) as v(id, unit_cost)
      where l.id = v.id
      returning 1
    )
    update warehouse.documents set status = 'POSTED', posted_at = now(), posted_by = ${ctx.actor.id},
      updated_at = now()
    where id = ${doc.id}
    returning id, posted_at, updated_at`;
  const posted = row as unknown as { posted_at: Date; updated_at: Date };
  return {
    ...doc,
    status: 'POSTED',
    postedAt: posted.posted_at,
    postedBy: ctx.actor.id,
    updatedAt: posted.updated_at,
  };
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
  beforeLedger: (planned: readonly PlannedMove[]) => Promise<void>,
): Promise<{ posted: DocumentRow; moves: WrittenMove[] }> {
  if (doc.status !== 'DRAFT') {
    throw new DomainError(
      userError(E.NOT_A_DRAFT, `${doc.number} is already ${doc.status.toLowerCase()}`, ['input', 'id']),
    );
  }
  const { lines, items } = await linesWithItems(tx, doc.id);
  const type = doc.type as DocumentType;
  const draft = { ...doc, type, lines };
  checkEnds(ctx, draft, all, []);
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
  // The audit row and the event are written before the balances are locked: they wait on nothing
  // and would otherwise hold every other document posting the same items.
  await beforeLedger(planned.map((p) => ({ ...p, serials: p.serials })));
  const moves = await writeMoves(tx, doc.id, ledger, kindsOf(all), {
    location: locationName(all),
    item: (id) => items.get(id)?.sku ?? id,
  });
  const posted = await markPosted(ctx, tx, doc, lines, moves);
  return { posted, moves };
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
    const { posted } = await postDraft(ctx, tx, doc, all, (planned) =>
      recordChange(
        ctx,
        tx,
        {
          entityType: 'StockDocument',
          entityId: doc.id,
          action: 'post',
          before: doc,
          after: { status: 'POSTED' },
        },
        {
          name: WarehouseEvent.DOCUMENT_POSTED,
          payload: documentEvent({ ...doc, status: 'POSTED' }, planned),
        },
      ),
    );
    return posted;
  },
});
