import type { RequestContext } from '../shared/subgraph.ts';
import type { CatalogLoaders } from './db/loaders.ts';

export type CatalogContext = RequestContext<CatalogLoaders>;
