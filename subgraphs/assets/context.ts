import type { RequestContext } from '../shared/subgraph.ts';
import type { AssetsLoaders } from './db/loaders.ts';

export type AssetsContext = RequestContext<AssetsLoaders>;
