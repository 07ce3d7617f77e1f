/** A unit's life cycle: the status changes allowed, and what each place allows. Pure. */

export type EquipmentStatus =
  | 'IN_STOCK'
  | 'RESERVED'
  | 'INSTALLED'
  | 'IN_REPAIR'
  | 'DECOMMISSIONED'
  | 'WRITTEN_OFF'
  | 'LOST';

export const EQUIPMENT_TRANSITIONS: Readonly<Record<EquipmentStatus, readonly EquipmentStatus[]>> = {
  IN_STOCK: ['RESERVED', 'INSTALLED', 'IN_REPAIR', 'WRITTEN_OFF', 'LOST'],
  RESERVED: ['IN_STOCK', 'INSTALLED'],
  INSTALLED: ['IN_REPAIR', 'DECOMMISSIONED', 'LOST'],
  IN_REPAIR: ['IN_STOCK', 'WRITTEN_OFF'],
  DECOMMISSIONED: ['IN_STOCK', 'WRITTEN_OFF'],
  LOST: ['IN_STOCK'],
  WRITTEN_OFF: [],
};

export const canMove = (from: EquipmentStatus, to: EquipmentStatus): boolean =>
  EQUIPMENT_TRANSITIONS[from]?.includes(to) ?? false;
