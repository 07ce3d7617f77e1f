import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { insertMany } from '../../shared/db.ts';
import { documentLines, documents } from '../db/tables.ts';
import { DEFAULT_PREFIXES, type DocumentType, documentNumber } from '../domain/documents.ts';
import { checkDraft } from './documents.ts';
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

/** Gives a document the next number of its type and year, in one statement (see `nextNumber`). */
async function numberDocument(tx: Tx, id: string, type: DocumentType, year: number): Promise<string> {
  const [row] = await tx.sql<{ number: string }[]>`
    with n as (
      insert into warehouse.numbering (type, year, last) values (${type}, ${year}, 1)
      on conflict (type, year) do update set last = warehouse.numbering.last + 1
      returning last
    )
    update warehouse.documents d
    set number = coalesce((select prefix from warehouse.prefixes where type = ${type}), ${DEFAULT_PREFIXES[type]})
      || '-' || ${String(year)} || '-' || lpad(n.last::text, 6, '0')
    from n where d.id = ${id}
    returning d.number`;
  return (row as { number: string }).number;
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

/**
 * A draft document, numbered at once per type and year. The document's rules are checked now (its
 * warehouses, its lines against the catalog) so a draft that saves can be posted, stock permitting.
 */
export const createDocument = defineVerb({
  name: 'createStockDocument',
  input: createDocumentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    await checkDraft(ctx, tx, input, ['input']);
    const date = input.date ?? new Date().toISOString().slice(0, 10);
    // The number is taken last, just before the commit: its counter row is locked until then, and
    // every other create of the type waits on it.
    const [draft] = await tx.db
      .insert(documents)
      .values({
        type: input.type,
        number: `DRAFT-${randomUUID()}`,
        documentDate: date,
        sourceId: input.sourceId ?? null,
        destinationId: input.destinationId ?? null,
        viaTransit: input.type === 'TRANSFER' && Boolean(input.viaTransit),
        supplierReference: input.supplierReference ?? null,
        purpose: input.purpose ?? null,
        reason: input.reason ?? null,
        subscriberId: input.subscriberId ?? null,
        fieldTaskId: input.fieldTaskId ?? null,
        orderId: input.orderId ?? null,
        comment: input.comment ?? null,
        authorId: ctx.actor.id,
      })
      .returning();
    if (!draft) throw new Error('insert returned no document');
    await insertMany(tx.db, documentLines, lineRows(draft.id, input.lines));
    const number = await numberDocument(tx, draft.id, input.type, Number(date.slice(0, 4)));
    const doc = { ...draft, number };
    await Promise.all([
      recordChange(ctx, tx, {
        entityType: 'StockDocument',
        entityId: doc.id,
        action: 'create',
        before: null,
        after: { ...doc, lines: input.lines },
      }),
    ]);
    return doc;
  },
});
