/** Reads and checks the verbs on documents share: locations, the items' facts, a document locked. */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import type { WarehouseContext } from '../context.ts';
import {
  catalogItems,
  type DocumentLineRow,
  type DocumentRow,
  documentLines,
  documents,
  type LocationRow,
  locations,
} from '../db/tables.ts';
import {
  checkDocument,
  type DocumentDraft,
  type ItemFacts,
  type LocationKind,
  SYSTEM_LOCATIONS,
  type SystemLocation,
} from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';

/** A keeper or an administrator; anyone else writing holds `warehouse:van` (a technician). */
const mayWrite = (ctx: WarehouseContext) =>
  ctx.actor.scopes.includes('warehouse:write') || ctx.actor.scopes.includes('admin');

/** Every location (a few dozen: warehouses, vans, the four system ones), read once per transaction. */
export async function allLocations(tx: Tx): Promise<Map<string, LocationRow>> {
  const rows = await tx.db.select().from(locations);
  return new Map(rows.map((r) => [r.id, r]));
}

export function systemLocations(all: ReadonlyMap<string, LocationRow>): Record<SystemLocation, string> {
  const found = {} as Record<SystemLocation, string>;
  for (const row of all.values()) {
    if ((SYSTEM_LOCATIONS as readonly string[]).includes(row.kind))
      found[row.kind as SystemLocation] = row.id;
  }
  return found;
}

export const kindsOf = (all: ReadonlyMap<string, LocationRow>) =>
  new Map([...all].map(([id, r]) => [id, r.kind as LocationKind]));

/** The read model's columns the document rules and messages need. */
const itemFactColumns = {
  id: catalogItems.id,
  kind: catalogItems.kind,
  trackedBySerial: catalogItems.trackedBySerial,
  sku: catalogItems.sku,
  name: catalogItems.name,
  unitSymbol: catalogItems.unitSymbol,
};

/** What the warehouse knows of these items (its read model of the catalog). */
export async function itemFacts(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, ItemFacts & { name: string; unitSymbol: string }>> {
  if (!ids.length) return new Map();
  const rows = await tx.db
    .select(itemFactColumns)
    .from(catalogItems)
    .where(sql`${catalogItems.id} = any(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The document's rules (`checkDocument`) plus what needs the database: its warehouses exist and are
 * warehouses, and a technician works only from their own van.
 */
export function checkEnds(
  ctx: WarehouseContext,
  draft: DocumentDraft,
  all: ReadonlyMap<string, LocationRow>,
  base: (string | number)[],
): void {
  const errors = [];
  for (const end of ['sourceId', 'destinationId'] as const) {
    const id = draft[end];
    if (!id) continue;
    const row = all.get(id);
    if (!row || !['CENTRAL', 'REGIONAL', 'VAN'].includes(row.kind)) {
      errors.push(userError(E.UNKNOWN_WAREHOUSE, `No warehouse ${id}`, [...base, end]));
    }
  }
  if (!errors.length && !mayWrite(ctx)) {
    // A technician (`warehouse:van`): an issue from their own van, nothing else.
    const source = draft.sourceId ? all.get(draft.sourceId) : undefined;
    if (draft.type !== 'ISSUE' || source?.kind !== 'VAN' || source.technicianId !== ctx.actor.id) {
      errors.push(
        userError(E.NOT_YOUR_VAN, 'A technician issues stock from their own van only', [...base, 'sourceId']),
      );
    }
  }
  if (errors.length) throw new DomainError(errors);
}

export async function checkDraft(
  ctx: WarehouseContext,
  tx: Tx,
  draft: DocumentDraft,
  base: (string | number)[],
): Promise<Map<string, LocationRow>> {
  const all = await allLocations(tx);
  checkEnds(ctx, draft, all, base);
  const items = await itemFacts(
    tx,
    draft.lines.map((l) => l.itemId),
  );
  const errors = checkDocument(draft, items, base);
  if (errors.length) throw new DomainError(errors);
  return all;
}

/** The document, locked for the rest of the transaction; NOT_FOUND when there is none. */
export async function lockDocument(
  tx: Tx,
  id: string,
  field: (string | number)[] = ['input', 'id'],
): Promise<DocumentRow> {
  const [row] = await tx.db.select().from(documents).where(eq(documents.id, id)).for('update');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, `No stock document ${id}`, field));
  return row;
}

export async function linesOf(tx: Tx, documentId: string): Promise<DocumentLineRow[]> {
  return tx.db
    .select()
    .from(documentLines)
    .where(eq(documentLines.documentId, documentId))
    .orderBy(documentLines.position);
}

/** A document's lines and what the warehouse knows of their items, in one statement. */
export async function linesWithItems(
  tx: Tx,
  documentId: string,
): Promise<{
  lines: DocumentLineRow[];
  items: Map<string, ItemFacts & { name: string; unitSymbol: string }>;
}> {
  const rows = await tx.db
    .select({
      line: documentLines,
      item: itemFactColumns,
    })
    .from(documentLines)
    .leftJoin(catalogItems, eq(catalogItems.id, documentLines.itemId))
    .where(eq(documentLines.documentId, documentId))
    .orderBy(documentLines.position);
  const items = new Map<string, ItemFacts & { name: string; unitSymbol: string }>();
  for (const r of rows) if (r.item) items.set(r.item.id, r.item);
  return { lines: rows.map((r) => r.line), items };
}

/** A technician may touch only documents of their own van. */
export function checkOwnVan(
  ctx: WarehouseContext,
  doc: DocumentRow,
  all: ReadonlyMap<string, LocationRow>,
): void {
  if (mayWrite(ctx)) return;
  const source = doc.sourceId ? all.get(doc.sourceId) : undefined;
  if (source?.kind !== 'VAN' || source.technicianId !== ctx.actor.id) {
    throw new DomainError(userError(E.NOT_YOUR_VAN, 'Not a document of your van', ['input', 'id']));
  }
}

export const locationName = (all: ReadonlyMap<string, LocationRow>) => (id: string) => {
  const row = all.get(id);
  return row ? `${row.name} (${row.code})` : id;
};
