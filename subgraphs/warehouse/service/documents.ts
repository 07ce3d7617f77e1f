/** Reads and checks the verbs on documents share: locations, the items' facts, a document locked. */
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
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

/** What the document rules, the ledger and messages need of a location. */
export type LocationFacts = Pick<LocationRow, 'id' | 'kind' | 'code' | 'name' | 'technicianId'>;

/** What the document rules and messages need of an item (the warehouse's read model of the catalog). */
export type ItemDetails = ItemFacts & { name: string; unitSymbol: string };

/** Every location (a few dozen: warehouses, vans, the four system ones), read once per transaction. */
export async function allLocations(tx: Tx): Promise<Map<string, LocationRow>> {
  const rows = await tx.db.select().from(locations);
  return new Map(rows.map((r) => [r.id, r]));
}

export function systemLocations(all: ReadonlyMap<string, LocationFacts>): Record<SystemLocation, string> {
  const found = {} as Record<SystemLocation, string>;
  for (const row of all.values()) {
    if ((SYSTEM_LOCATIONS as readonly string[]).includes(row.kind))
      found[row.kind as SystemLocation] = row.id;
  }
  return found;
}

export const kindsOf = (all: ReadonlyMap<string, LocationFacts>) =>
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
export async function itemFacts(tx: Tx, ids: readonly string[]): Promise<Map<string, ItemDetails>> {
  if (!ids.length) return new Map();
  const rows = await tx.db
    .select(itemFactColumns)
    .from(catalogItems)
    .where(sql`${catalogItems.id} = any(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A location as `LocationFacts`, in SQL (alias `o`). */
const LOCATION_JSON = `json_build_object('id', o.id, 'kind', o.kind, 'code', o.code, 'name', o.name,
  'technicianId', o.technician_id)`;
/** An item as `ItemDetails`, in SQL (alias `i`). */
const ITEM_JSON = `json_build_object('id', i.id, 'kind', i.kind, 'trackedBySerial', i.tracked_by_serial,
  'sku', i.sku, 'name', i.name, 'unitSymbol', i.unit_symbol)`;

/** A table's columns as `id, created_at, …` for a statement written by hand, and how to read them back. */
function handWritten<T extends PgTable>(table: T) {
  const columns = Object.entries(getTableColumns(table));
  return {
    list: columns.map(([, c]) => c.name).join(', '),
    /** A row as postgres.js answers it (driver values, snake_case) as Drizzle would answer it. */
    read(raw: Record<string, unknown>): T['$inferSelect'] {
      const row: Record<string, unknown> = {};
      for (const [key, c] of columns) {
        const v = raw[c.name];
        row[key] = v === null || v === undefined ? null : c.mapFromDriverValue(v);
      }
      return row as T['$inferSelect'];
    },
  };
}

/** The document columns for statements written by hand. */
export const documentColumns = handWritten(documents);

/**
 * The document's rules (`checkDocument`) plus what needs the database: its warehouses exist and are
 * warehouses, and a technician works only from their own van.
 */
export function checkEnds(
  ctx: WarehouseContext,
  draft: DocumentDraft,
  all: ReadonlyMap<string, LocationFacts>,
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
): Promise<Map<string, LocationFacts>> {
  const ends = [draft.sourceId, draft.destinationId].filter((id): id is string => Boolean(id));
  // The document's ends and the lines' items in one statement.
  const [row] = await tx.sql<{ locations: LocationFacts[]; items: ItemDetails[] }[]>`
    select
      (select coalesce(json_agg(${tx.sql.unsafe(LOCATION_JSON)}), '[]') from warehouse.locations o
        where o.id = any(${ends}::uuid[])) as locations,
      (select coalesce(json_agg(${tx.sql.unsafe(ITEM_JSON)}), '[]') from warehouse.catalog_items i
        where i.id = any(${[...new Set(draft.lines.map((l) => l.itemId))]}::uuid[])) as items`;
  const all = new Map((row?.locations ?? []).map((l) => [l.id, l]));
  checkEnds(ctx, draft, all, base);
  const errors = checkDocument(draft, new Map((row?.items ?? []).map((i) => [i.id, i])), base);
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

/** A draft as posting reads it: the document, its lines, their items, its ends and the system locations. */
export interface DocumentToPost {
  doc: DocumentRow;
  lines: DocumentLineRow[];
  items: Map<string, ItemDetails>;
  locations: Map<string, LocationFacts>;
}

/**
 * The document locked for the rest of the transaction, then what posting reads of it, sent together (one
 * round trip): the read is a statement of its own, so it starts after the lock is held and sees what a
 * writer that held the lock before committed (one statement would read the lines as they were when it
 * began waiting). NOT_FOUND when there is no document.
 */
export async function lockForPosting(tx: Tx, id: string): Promise<DocumentToPost> {
  // Each line's item by its key (a subquery, not a join): a join planned while the read model was small
  // would go on scanning all of it.
  const [locked, read] = await Promise.all([
    tx.sql<Record<string, unknown>[]>`
      select ${tx.sql.unsafe(documentColumns.list)} from warehouse.documents where id = ${id} for update`,
    tx.sql<{ lines: (DocumentLineRow & { item: ItemDetails | null })[]; locations: LocationFacts[] }[]>`
      select
        (select coalesce(json_agg(json_build_object('id', l.id, 'documentId', l.document_id,
            'position', l.position, 'itemId', l.item_id, 'quantity', l.quantity::text, 'serials', l.serials,
            'unitCost', l.unit_cost::text, 'condition', l.condition, 'direction', l.direction,
            'item', (select ${tx.sql.unsafe(ITEM_JSON)} from warehouse.catalog_items i where i.id = l.item_id))
            order by l.position), '[]')
          from warehouse.document_lines l where l.document_id = d.id) as lines,
        (select coalesce(json_agg(${tx.sql.unsafe(LOCATION_JSON)}), '[]') from warehouse.locations o
          where o.id in (d.source_id, d.destination_id)
            or o.kind in ('SUPPLIER', 'CUSTOMER', 'IN_TRANSIT', 'LOSS')) as locations
      from warehouse.documents d where d.id = ${id}`,
  ]);
  const [raw] = locked;
  if (!raw) throw new DomainError(userError(ErrorCode.NOT_FOUND, `No stock document ${id}`, ['input', 'id']));
  const { lines = [], locations = [] } = read[0] ?? {};
  const items = new Map<string, ItemDetails>();
  for (const l of lines) if (l.item) items.set(l.item.id, l.item);
  return {
    doc: documentColumns.read(raw),
    lines: lines.map(({ item: _item, ...line }) => line),
    items,
    locations: new Map(locations.map((l) => [l.id, l])),
  };
}

/** A technician may touch only documents of their own van. */
export function checkOwnVan(
  ctx: WarehouseContext,
  doc: DocumentRow,
  all: ReadonlyMap<string, LocationFacts>,
): void {
  if (mayWrite(ctx)) return;
  const source = doc.sourceId ? all.get(doc.sourceId) : undefined;
  if (source?.kind !== 'VAN' || source.technicianId !== ctx.actor.id) {
    throw new DomainError(userError(E.NOT_YOUR_VAN, 'Not a document of your van', ['input', 'id']));
  }
}

export const locationName = (all: ReadonlyMap<string, LocationFacts>) => (id: string) => {
  const row = all.get(id);
  return row ? `${row.name} (${row.code})` : id;
};
