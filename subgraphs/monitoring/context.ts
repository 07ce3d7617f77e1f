import type { RequestContext } from '../shared/subgraph.ts';
import type { MonitoringLoaders } from './db/loaders.ts';

export type MonitoringContext = RequestContext<MonitoringLoaders>;
