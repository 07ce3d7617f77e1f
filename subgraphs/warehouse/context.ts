import type { GraphClient } from '../shared/graph-client.ts';
import type { RequestContext } from '../shared/subgraph.ts';
import type { WarehouseLoaders } from './db/loaders.ts';

export type WarehouseContext = RequestContext<WarehouseLoaders>;

/** What the warehouse's start-up work gets: its graph client, to read the catalog through the gateway. */
export interface WarehouseRuntime {
  graph: GraphClient | null;
}
