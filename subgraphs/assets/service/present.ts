/** How the assets module shows its rows to clients. */
import type { PlaceRef } from '../db/queries.ts';
import type { EquipmentRow, SiteRow } from '../db/tables.ts';
import { labelPayload } from '../domain/identifiers.ts';

/**
 * A unit's place as the `EquipmentPlace` union resolves it: a site as its row, a warehouse or premises as a
 * reference for its module; null while a subscriber's premises is unknown.
 */
export async function placeRef(
  row: EquipmentRow,
  site: (id: string) => Promise<SiteRow | null>,
): Promise<PlaceRef | null> {
  if (!row.placeId) return null;
  if (row.placeKind === 'SITE') {
    const found = await site(row.placeId);
    return found && { ...found, __typename: 'NetworkSite' };
  }
  return { __typename: row.placeKind === 'WAREHOUSE' ? 'Warehouse' : 'Premises', id: row.placeId };
}

export const labelOf = (row: EquipmentRow) => labelPayload(row.inventoryNumber);
