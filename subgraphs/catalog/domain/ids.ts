/** The demo catalog's item ids (name-based UUIDs, see `shared/ids.ts`). Pure. */
export { DEMO_ITEM_NAMESPACE, demoItemId, NAMESPACE_URL, uuidV5 } from '../../shared/ids.ts';
