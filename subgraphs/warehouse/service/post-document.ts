import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { type Fragment, inOneStatement, type Tx } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import type { WarehouseContext } from '../context.ts';
import { type DocumentLineRow, type DocumentRow, documents } from '../db/tables.ts';
import { formatQuantity, formatValue, unitCostOf } from '../domain/decimal.ts';
import { checkDocument, type DocumentType, planMoves } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { WarehouseEvent } from '../events.ts';
import {
  checkEnds,
  checkOwnVan,
  kindsOf,
  locationName,
  lockForPosting,
  systemLocations,
} from './documents.ts';
import { idempotencyKey, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { type LedgerMove, prepareMoves, valueAt, type WrittenMove } from './ledger.ts';
import { publishStockLevels } from './live.ts';

export const postDocumentInput = z.object({ id: uuid, idempotencyKey });

/**
 * What other modules learn of a posted document (assets follows each serial's place): per move the item,
 * quantity, serials, ends, and the value it went with (four decimals, as the ledger keeps it).
 */
export function documentEvent(
  doc: DocumentRow,
  moves: readonly WrittenMove[],
  extra: object = {},
  lines: readonly Pick<DocumentLineRow, 'id' | 'condition'>[] = [],
) {
  const condition = new Map(lines.map((l) => [l.id, l.condition]));
  return {
    // Epoch microseconds, taken once the document's balance rows are locked: of two documents that move one
    // serial, the later has the greater `movedAt`, whatever order their events arrive in (consumers keep
    // the latest).
    movedAt: Math.round((performance.timeOrigin + performance.now()) * 1000),
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
      // A return's NEW, USED or FAULTY: assets puts a faulty unit in repair.
      condition: (m.lineId && condition.get(m.lineId)) || null,
    })),
    ...extra,
  };
}

/** Each line without a cost gets the cost its move took out at (average cost): a part of the last statement. */
function lineCosts(
  tx: Tx,
  documentId: string,
  lines: readonly DocumentLineRow[],
  moves: readonly WrittenMove[],
): Fragment[] {
  const byLine = new Map(moves.map((m) => [m.lineId, m]));
  const costed = lines.filter((l) => l.unitCost === null && byLine.has(l.id));
  if (!costed.length) return [];
  return [
    tx.sql`
      update warehouse.document_lines l set unit_cost = v.unit_cost
      from unnest(
        ${costed.map((l) => l.id)}::uuid[],
        ${costed.map((l) => {
          const m = byLine.get(l.id) as WrittenMove;
          return formatValue(unitCostOf(m.quantity, m.value));
        })}::text[]::numeric[]
      ) as v(id, unit_cost)
      where l.document_id = ${documentId} and l.id = v.id`,
  ];
}

/**
 * Posts a draft: checks it again against what the warehouse knows now, writes its moves and the
 * balances they change (`prepareMoves`), and freezes it — all in one transaction, or nothing. An issue
 * for an order or a field task consumes what was reserved for it. The same idempotency key replays the
 * first answer.
 *
 * Four round trips after `begin`: the document locked and read; the balance rows locked (created if
 * missing); one statement with the balances, the moves, the lines' costs, the document frozen, its
 * audit row and its event (which carries the values the moves took), sent with the NOTIFY of the
 * levels it changes (`stockLevelChanged`); the commit.
 */
export const postDocument = defineVerb({
  name: 'postStockDocument',
  input: postDocumentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const { doc, lines, items, locations } = await lockForPosting(tx, input.id);
    checkOwnVan(ctx, doc, locations);
    return postDraft(ctx, tx, doc, lines, items, locations);
  },
});

async function postDraft(
  ctx: WarehouseContext,
  tx: Tx,
  doc: DocumentRow,
  lines: DocumentLineRow[],
  items: Awaited<ReturnType<typeof lockForPosting>>['items'],
  locations: Awaited<ReturnType<typeof lockForPosting>>['locations'],
): Promise<DocumentRow> {
  if (doc.status !== 'DRAFT') {
    throw new DomainError(
      userError(E.NOT_A_DRAFT, `${doc.number} is already ${doc.status.toLowerCase()}`, ['input', 'id']),
    );
  }
  const type = doc.type as DocumentType;
  const draft = { ...doc, type, lines };
  checkEnds(ctx, draft, locations, []);
  const problems = checkDocument(draft, items, []);
  if (problems.length) throw new DomainError(problems);
  const planned = planMoves(type, lines, {
    sourceId: doc.sourceId,
    destinationId: doc.destinationId,
    viaTransit: doc.viaTransit,
    system: systemLocations(locations),
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
  const { moves, writes, levels } = await prepareMoves(tx, doc.id, ledger, kindsOf(locations), {
    location: locationName(locations),
    item: (id) => items.get(id)?.sku ?? id,
  });
  const record = await recordChange.parts(
    ctx,
    tx,
    [
      {
        entityType: 'StockDocument',
        entityId: doc.id,
        action: 'post',
        before: doc,
        after: { status: 'POSTED' },
      },
    ],
    [
      {
        name: WarehouseEvent.DOCUMENT_POSTED,
        payload: documentEvent({ ...doc, status: 'POSTED' }, moves, {}, lines),
      },
    ],
  );
  const [[row]] = await Promise.all([
    inOneStatement<{ posted_at: string; updated_at: string }>(
      tx,
      [...writes, ...lineCosts(tx, doc.id, lines, moves), ...record],
      tx.sql`
        update warehouse.documents set status = 'POSTED', posted_at = now(), posted_by = ${ctx.actor.id},
          updated_at = now()
        where id = ${doc.id}
        returning posted_at, updated_at`,
    ),
    publishStockLevels(tx, levels, { cause: 'POSTED', documentId: doc.id }),
  ]);
  const frozen = row as { posted_at: string; updated_at: string };
  return {
    ...doc,
    status: 'POSTED',
    postedAt: documents.postedAt.mapFromDriverValue(frozen.posted_at) as Date,
    postedBy: ctx.actor.id,
    updatedAt: documents.updatedAt.mapFromDriverValue(frozen.updated_at) as Date,
  };
}
