import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolversFor } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import { monitoringConfig } from './config.ts';
import { createMonitoringLoaders, type MonitoringLoaders } from './db/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { Subscription } from './resolvers/Subscription.ts';
import {
  Alarm,
  AlarmChange,
  DownUnit,
  Equipment,
  EquipmentMonitoringStatus,
  EquipmentStatusChange,
  MonitoredInterface,
  MonitoringSettings,
  NetworkStatus,
  ObservedMismatch,
} from './resolvers/types.ts';
import { startMonitoringWork } from './service/work.ts';

export const monitoringTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The monitoring subgraph: pure description, no side effects until a server starts it. */
export const monitoring: SubgraphModule<MonitoringLoaders> = {
  name: 'monitoring',
  typeDefs: monitoringTypeDefs,
  resolvers: {
    ...scalarResolversFor(monitoringTypeDefs),
    Query,
    Mutation,
    Subscription,
    Equipment,
    EquipmentMonitoringStatus,
    MonitoringSettings,
    MonitoredInterface,
    Alarm,
    EquipmentStatusChange,
    AlarmChange,
    NetworkStatus,
    DownUnit,
    ObservedMismatch,
  } as SubgraphModule<MonitoringLoaders>['resolvers'],
  migrationsFolder: fileURLToPath(new URL('../../drizzle/monitoring', import.meta.url)),
  createLoaders: createMonitoringLoaders,
  // A production process without SECRETS_KEY stops here, before it migrates or listens.
  prepare: () => void monitoringConfig(),
  // The poller, the trap receiver, and what monitoring reads of assets and subscribers.
  start: (runtime) => startMonitoringWork(runtime, monitoringConfig()),
};
