/**
 * The events the assets module publishes and follows. Payloads carry what consumers need to act without
 * asking back.
 */
export const AssetsEvent = {
  /** `{ id, serial, modelId, status, placeKind, placeId, subscriberId, change }` */
  EQUIPMENT_CHANGED: 'assets.equipment.changed',
  /** `{ equipmentIds }`: links changed at these units; what is below them serves other subscribers now. */
  TOPOLOGY_CHANGED: 'assets.topology.changed',
} as const;

/** What assets follows: the warehouse's posted and reversed documents move units. */
export const WAREHOUSE_DOCUMENT_POSTED = 'warehouse.document.posted';
export const WAREHOUSE_DOCUMENT_REVERSED = 'warehouse.document.reversed';
export const WAREHOUSE_TRANSFER_RECEIVED = 'warehouse.transfer.received';
