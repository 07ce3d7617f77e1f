import type { Tx } from '../../shared/db.ts';
import { insertMany } from '../../shared/db.ts';
import { type EquipmentRow, history } from '../db/tables.ts';
import { AssetsEvent } from '../events.ts';

export type Change = 'CREATED' | 'PLACE' | 'STATUS' | 'FIRMWARE' | 'LINK' | 'DETAILS';

export interface HistoryEntry {
  equipmentId: string;
  change: Change;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  documentId?: string | null;
}

/** The history rows of changes to units, in one statement, by `by`. */
export async function recordHistory(tx: Tx, by: string, entries: readonly HistoryEntry[]): Promise<void> {
  if (!entries.length) return;
  await insertMany(
    tx.db,
    history,
    entries.map((e) => ({
      equipmentId: e.equipmentId,
      by,
      change: e.change,
      before: e.before ?? null,
      after: e.after ?? null,
      reason: e.reason ?? null,
      documentId: e.documentId ?? null,
    })),
  );
}

/** Where and in what state a unit is, as its history and events record it. */
export const placeOf = (row: Pick<EquipmentRow, 'placeKind' | 'placeId' | 'subscriberId'>) => ({
  placeKind: row.placeKind,
  placeId: row.placeId,
  subscriberId: row.subscriberId,
});

/** What other modules learn of a unit's change. */
export const equipmentEvent = (row: EquipmentRow, change: string) => ({
  name: AssetsEvent.EQUIPMENT_CHANGED,
  payload: {
    id: row.id,
    serial: row.serial,
    modelId: row.modelId,
    status: row.status,
    ...placeOf(row),
    change,
  },
});
