/**
 * The events the warehouse publishes (pg-boss, in the same transaction as the change) and the ones it
 * follows. Payloads carry what consumers need to act without asking back.
 */
export const WarehouseEvent = {
  /**
   * `{ movedAt, id, type, number, date, sourceId, destinationId, subscriberId, fieldTaskId, orderId, lines:
   * [{ itemId, quantity, serials, fromId, toId, value, condition }] }` — `value` the moved value, `condition`
   * a return's NEW, USED or FAULTY (null otherwise), `movedAt` (epoch µs) ordering the documents that move one serial.
   */
  DOCUMENT_POSTED: 'warehouse.document.posted',
  /** The same shape for the mirror document, with `reversalOf`. */
  DOCUMENT_REVERSED: 'warehouse.document.reversed',
  /** A transfer through IN_TRANSIT received at its destination: the same shape, its lines the moves in. */
  TRANSFER_RECEIVED: 'warehouse.transfer.received',
} as const;

/** What the warehouse follows: the catalog's item changes keep its read model of items true. */
export const CATALOG_ITEM_CHANGED = 'catalog.item.changed';
