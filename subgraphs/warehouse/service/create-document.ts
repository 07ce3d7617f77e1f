import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Fragment, Tx } from '../../shared/db.ts';
import type { WarehouseContext } from '../context.ts';
import { DEFAULT_PREFIXES, type DocumentType, documentNumber } from '../domain/documents.ts';
import { checkDraft, documentColumns } from './documents.ts';
import { documentFields, documentType, idempotencyKey, lines } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const createDocumentInput = z.object({
  type: documentType,
  ...documentFields,
  lines,
  idempotencyKey,
});

/** The next number of a type in a year: one row per (type, year), incremented under its row lock. */
export async function nextNumber(tx: Tx, type: DocumentType, year: number): Promise<string> {
  const [row] = await tx.sql<{ last: number; prefix: string | null }[]>`
    with n as (
      insert into warehouse.numbering (type, year, last) values (${type}, ${year}, 1)
      on conflict (type, year) do update set last = warehouse.numbering.last + 1
      returning last
    )
    select n.last, p.prefix from n left join warehouse.prefixes p on p.type = ${type}`;
  return documentNumber(row?.prefix ?? DEFAULT_PREFIXES[type], year, row?.last ?? 1);
}

export type LineInput = z.output<typeof createDocumentInput>['lines'][number];

/** Lines as stored: in the order given, serials normalised. */
export const lineRows = (documentId: string, input: readonly LineInput[]) =>
  input.map((l, i) => ({
    documentId,
    position: i + 1,
    itemId: l.itemId,
    quantity: l.quantity,
    serials: (l.serials ?? []).map((s) => s.trim().toUpperCase()),
    unitCost: l.unitCost ?? null,
    condition: l.condition ?? null,
    direction: l.direction ?? null,
  }));

/** The columns of a new document that the statement writing it does not make (see `createDocument`). */
function draftValues(ctx: WarehouseContext, input: z.output<typeof createDocumentInput>, date: string) {
  return {
    id: randomUUID(),
    type: input.type,
    status: 'DRAFT',
    documentDate: date,
    sourceId: input.sourceId ?? null,
    destinationId: input.destinationId ?? null,
    viaTransit: input.type === 'TRANSFER' && Boolean(input.viaTransit),
    receivedAt: null,
    supplierReference: input.supplierReference ?? null,
    purpose: input.purpose ?? null,
    reason: input.reason ?? null,
    subscriberId: input.subscriberId ?? null,
    fieldTaskId: input.fieldTaskId ?? null,
    orderId: input.orderId ?? null,
    comment: input.comment ?? null,
    reversalOfId: null,
    reversedById: null,
    authorId: ctx.actor.id,
    postedAt: null,
    postedBy: null,
  };
}

/** A timestamp as JSON.stringify writes a Date, in SQL: what the audit row of a Drizzle row holds. */
const jsonTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A draft document, numbered at once per type and year. The document's rules are checked now (its
 * warehouses, its lines against the catalog) so a draft that saves can be posted, stock permitting.
 *
 * Two statements after `begin`: the ends and the items read; then the number taken, the document and
 * its lines written and its audit row, all in one. The number's counter row stays locked until the
 * commit and every other create of the type waits on it, so it is taken in the last statement.
 */
export const createDocument = defineVerb({
  name: 'createStockDocument',
  input: createDocumentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    await checkDraft(ctx, tx, input, ['input']);
    const date = input.date ?? new Date().toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const values = draftValues(ctx, input, date);
    const sql = tx.sql;
    // The audit row's `after` is the document as answered plus the lines as given; the number and the
    // timestamps are the statement's own, so they are merged in there.
    const [audit] = await recordChange.parts(
      ctx,
      tx,
      [
        {
          entityType: 'StockDocument',
          entityId: values.id,
          action: 'create',
          before: null,
          after: { ...values, lines: input.lines },
        },
      ],
      [],
      sql`(select jsonb_build_object('number', number, 'createdAt', ${sql.unsafe(jsonTime('created_at'))},
        'updatedAt', ${sql.unsafe(jsonTime('updated_at'))}) from d)`,
    );
    const lines = lineRows(values.id, input.lines).map((l) => ({
      position: l.position,
      item_id: l.itemId,
      quantity: l.quantity,
      serials: l.serials,
      unit_cost: l.unitCost,
      condition: l.condition,
      direction: l.direction,
    }));
    const [row] = await sql<Record<string, unknown>[]>`
      with n as (
        insert into warehouse.numbering (type, year, last) values (${input.type}, ${year}, 1)
        on conflict (type, year) do update set last = warehouse.numbering.last + 1
        returning last
      ), d as (
        insert into warehouse.documents (id, type, number, document_date, source_id, destination_id,
          via_transit, supplier_reference, purpose, reason, subscriber_id, field_task_id, order_id, comment,
          author_id)
        select ${values.id}::uuid, ${values.type},
          coalesce((select prefix from warehouse.prefixes where type = ${input.type}),
            ${DEFAULT_PREFIXES[input.type]}) || '-' || ${String(year)} || '-' || lpad(n.last::text, 6, '0'),
          ${values.documentDate}, ${values.sourceId}::uuid, ${values.destinationId}::uuid, ${values.viaTransit},
          ${values.supplierReference}, ${values.purpose}, ${values.reason}, ${values.subscriberId},
          ${values.fieldTaskId}, ${values.orderId}, ${values.comment}, ${values.authorId}
        from n
        returning ${sql.unsafe(documentColumns.list)}
      ), l as (
        insert into warehouse.document_lines (document_id, position, item_id, quantity, serials, unit_cost,
          condition, direction)
        select ${values.id}::uuid, v.position, v.item_id, v.quantity, v.serials, v.unit_cost, v.condition,
          v.direction
        from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) as v(position int, item_id uuid,
          quantity numeric, serials text[], unit_cost numeric, condition text, direction text)
      ), a as (${audit as Fragment})
      select * from d`;
    return documentColumns.read(row as Record<string, unknown>);
  },
});
