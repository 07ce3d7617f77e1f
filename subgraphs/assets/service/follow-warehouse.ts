/**
 * Units follow the warehouse: each posted or reversed document moves the serials it names (a receipt
 * creates units IN_STOCK, an issue to a subscriber installs them at the subscriber's premises, a transfer
 * moves them, a write-off ends them, a return brings them back by condition, an adjustment finds or
 * loses them). Each event is applied once per consumer through the kit's inbox, however often delivered.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { consumeOnce } from '../../shared/inbox.ts';
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import { type EquipmentRow, equipment, inbox } from '../db/tables.ts';
import {
  AssetsEvent,
  WAREHOUSE_DOCUMENT_POSTED,
  WAREHOUSE_DOCUMENT_REVERSED,
  WAREHOUSE_TRANSFER_RECEIVED,
} from '../events.ts';
import { nextInventoryNumbers } from './equipment.ts';
import { firstPremisesOf } from './graph-checks.ts';
import { type HistoryEntry, placeOf, recordHistory } from './history.ts';

/** A warehouse document as its events carry it. */
export interface DocumentEvent {
  id: string;
  /** Epoch µs once the document's stock was locked: orders the documents that move one serial. */
  movedAt?: number;
  type: 'RECEIPT' | 'ISSUE' | 'TRANSFER' | 'WRITE_OFF' | 'RETURN' | 'ADJUSTMENT';
  number: string;
  sourceId: string | null;
  destinationId: string | null;
  subscriberId: string | null;
  fieldTaskId: string | null;
  reversalOf?: string | null;
  lines: {
    itemId: string;
    serials: readonly string[];
    fromId: string;
    toId: string;
    condition?: string | null;
  }[];
}

/** Where a unit goes and in what state, for one serial of one move. */
interface Target {
  status: string;
  placeKind: 'WAREHOUSE' | 'PREMISES';
  placeId: string | null;
  subscriberId: string | null;
}

/** How the module learns where a subscriber's unit goes: their first premises (through the graph). */
export type PremisesLookup = (subscriberId: string) => Promise<string | null>;

/**
 * The state a move leaves a serial in. `warehouses`: the document's own warehouses; a move to anything
 * else goes to a system location (CUSTOMER, LOSS, SUPPLIER, IN_TRANSIT).
 */
async function targetOf(
  doc: DocumentEvent,
  line: DocumentEvent['lines'][number],
  reversed: boolean,
  premisesOf: PremisesLookup,
): Promise<Target | null> {
  const warehouses = new Set([doc.sourceId, doc.destinationId].filter(Boolean));
  const atWarehouse = (status: string, id: string): Target => ({
    status,
    placeKind: 'WAREHOUSE',
    placeId: id,
    subscriberId: null,
  });
  const atSubscriber = async (status: string): Promise<Target | null> =>
    doc.subscriberId
      ? {
          status,
          placeKind: 'PREMISES',
          placeId: await premisesOf(doc.subscriberId),
          subscriberId: doc.subscriberId,
        }
      : null;
  if (doc.type === 'TRANSFER') return atWarehouse('IN_STOCK', line.toId);
  if (warehouses.has(line.toId)) {
    const faulty = doc.type === 'RETURN' && !reversed && line.condition === 'FAULTY';
    return atWarehouse(faulty ? 'IN_REPAIR' : 'IN_STOCK', line.toId);
  }
  // The move leaves the document's warehouses for a system location.
  switch (doc.type) {
    case 'ISSUE':
      return doc.subscriberId
        ? atSubscriber(doc.fieldTaskId ? 'RESERVED' : 'INSTALLED')
        : atWarehouse('RESERVED', line.fromId);
    case 'RETURN':
      // A reversed return: the unit goes back to the subscriber.
      return (await atSubscriber('INSTALLED')) ?? atWarehouse('RESERVED', line.fromId);
    case 'WRITE_OFF':
      return atWarehouse('WRITTEN_OFF', line.fromId);
    case 'ADJUSTMENT':
      return atWarehouse('LOST', line.fromId);
    case 'RECEIPT':
      // A reversed receipt: the unit was never ours; it stays on record, out of service.
      return atWarehouse('DECOMMISSIONED', line.fromId);
    default:
      return null;
  }
}

/** Applies one document to the units it names, in `tx`. Returns the units changed or made. */
export async function applyDocument(
  tx: Tx,
  doc: DocumentEvent,
  reversed: boolean,
  premisesOf: PremisesLookup,
  by = 'service:assets',
): Promise<number> {
  const entries: HistoryEntry[] = [];
  const changed: EquipmentRow[] = [];
  const reason = `${reversed ? 'reversal ' : ''}${doc.type.toLowerCase()} ${doc.number}`;
  for (const line of doc.lines) {
    if (!line.serials.length) continue;
    const target = await targetOf(doc, line, reversed, premisesOf);
    if (!target) continue;
    const serials = line.serials.map((s) => s.trim().toUpperCase());
    const existing = await tx.db
      .select()
      .from(equipment)
      .where(
        and(
          eq(equipment.modelId, line.itemId),
          sql`${equipment.serial} = any(${sql.param(serials)}::text[])`,
        ),
      )
      .for('update');
    const bySerial = new Map(existing.map((r) => [r.serial, r]));
    const missing = serials.filter((s) => !bySerial.has(s));
    if (missing.length) {
      const numbers = await nextInventoryNumbers(tx, missing.length);
      const made = await tx.db
        .insert(equipment)
        .values(
          missing.map((serial, i) => ({
            serial,
            inventoryNumber: numbers[i] as string,
            modelId: line.itemId,
            role: 'CPE',
            ...target,
            movedAt: doc.movedAt ?? null,
          })),
        )
        .returning();
      for (const row of made) {
        entries.push({
          equipmentId: row.id,
          change: 'CREATED',
          after: { status: row.status, ...placeOf(row) },
          reason,
          documentId: doc.id,
        });
        changed.push(row);
      }
    }
    for (const before of existing) {
      // Events arrive in any order: a document older than the last one applied to the unit is history.
      if (doc.movedAt && before.movedAt && doc.movedAt <= before.movedAt) continue;
      // A unit in repair moved between warehouses is still in repair.
      const keep = doc.type === 'TRANSFER' && before.status === 'IN_REPAIR' ? { status: 'IN_REPAIR' } : {};
      const [row] = (await tx.db
        .update(equipment)
        .set({ ...target, ...keep, movedAt: doc.movedAt ?? before.movedAt, updatedAt: new Date() })
        .where(eq(equipment.id, before.id))
        .returning()) as [EquipmentRow];
      if (before.status !== row.status) {
        entries.push({
          equipmentId: row.id,
          change: 'STATUS',
          before: before.status,
          after: row.status,
          reason,
          documentId: doc.id,
        });
      }
      if (
        before.placeKind !== row.placeKind ||
        before.placeId !== row.placeId ||
        before.subscriberId !== row.subscriberId
      ) {
        entries.push({
          equipmentId: row.id,
          change: 'PLACE',
          before: placeOf(before),
          after: placeOf(row),
          reason,
          documentId: doc.id,
        });
      }
      changed.push(row);
    }
  }
  await recordHistory(tx, by, entries);
  return changed.length;
}

/** The consumers of the warehouse's documents; `stop` ends them. */
export async function followWarehouse(runtime: ModuleRuntime): Promise<{ stop(): Promise<void> }> {
  const premisesOf: PremisesLookup = (subscriberId) =>
    firstPremisesOf(
      { graph: runtime.graph, logger: runtime.logger, requestId: 'assets-follow' },
      subscriberId,
    );
  const consumers = await Promise.all(
    [
      [WAREHOUSE_DOCUMENT_POSTED, false],
      [WAREHOUSE_DOCUMENT_REVERSED, true],
      [WAREHOUSE_TRANSFER_RECEIVED, false],
    ].map(([queue, reversed]) =>
      consumeOnce<DocumentEvent>({
        bus: runtime.events,
        database: runtime.database,
        table: inbox,
        queue: queue as string,
        consumer: 'assets',
        handler: async (tx, event) => {
          const n = await applyDocument(tx, event.payload, reversed as boolean, premisesOf);
          if (n)
            await runtime.events.publishMany(tx, AssetsEvent.EQUIPMENT_CHANGED, [
              { documentId: event.payload.id, units: n },
            ]);
        },
        logger: runtime.logger,
      }),
    ),
  );
  return { stop: async () => void (await Promise.all(consumers.map((c) => c.stop()))) };
}
