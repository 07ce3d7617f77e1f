/** The demo catalog's item ids (name-based UUIDs, see `shared/ids.ts`). Pure. */
import { NAMESPACE_URL, uuidV5 } from '../../shared/ids.ts';

export { NAMESPACE_URL, uuidV5 };

/** The namespace of the demo catalog's item ids: UUID v5 of the URL naming it. */
export const DEMO_ITEM_NAMESPACE = uuidV5('https://oss-graph.dev/catalog/items', NAMESPACE_URL);

/** The id the demo catalog gives the item with this SKU, so examples and tests can name it. */
export const demoItemId = (sku: string): string => uuidV5(sku, DEMO_ITEM_NAMESPACE);
