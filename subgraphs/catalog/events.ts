/**
 * The events the catalog publishes (pg-boss, in the same transaction as the change): the contract other
 * modules follow. Payloads carry ids and what changed; consumers read the rest through the graph.
 */
export const CatalogEvent = {
  /** `{ id, change }`: created, updated, activated, discontinued, barcode, certificate, vat, packagings */
  ITEM_CHANGED: 'catalog.item.changed',
  /** `{ id, change }`: created, updated, moved, archived, restored, template */
  CATEGORY_CHANGED: 'catalog.category.changed',
  /** `{ itemId, priceId, currency, amount, validFrom }` or `{ promotionId, change }` */
  PRICE_CHANGED: 'catalog.price.changed',
} as const;
