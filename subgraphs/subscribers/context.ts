import type { RequestContext } from '../shared/subgraph.ts';
import type { SubscribersLoaders } from './db/loaders.ts';

export type SubscribersContext = RequestContext<SubscribersLoaders>;
