import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolversFor } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { createSubscribersLoaders, type SubscribersLoaders } from './db/loaders.ts';
import { seedDemoServices } from './demo-services.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import {
  Address,
  CatalogItem,
  Company,
  CompanyEvent,
  CompanyEventScope,
  EventNotification,
  Interaction,
  Person,
  Premises,
  SubscribedService,
  Subscriber,
} from './resolvers/types.ts';
import { seedSubscribers } from './seed.ts';
import { followAssets } from './service/follow-assets.ts';

export const subscribersTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The subscribers subgraph: pure description, no side effects until a server starts it. */
export const subscribers: SubgraphModule<SubscribersLoaders> = {
  name: 'subscribers',
  typeDefs: subscribersTypeDefs,
  resolvers: {
    ...scalarResolversFor(subscribersTypeDefs),
    Query,
    Mutation,
    Subscriber,
    Person,
    Company,
    Premises,
    Address,
    SubscribedService,
    CatalogItem,
    CompanyEvent,
    CompanyEventScope,
    EventNotification,
    Interaction,
  } satisfies Resolvers,
  migrationsFolder: fileURLToPath(new URL('../../drizzle/subscribers', import.meta.url)),
  // Searches and counts over a million subscribers are planned above the JIT's threshold, and compiling
  // them costs more than it saves (40 ms on a search, measured); the plans are index-driven.
  databaseSettings: { jit: 'off' },
  createLoaders: createSubscribersLoaders,
  seed: seedSubscribers,
  start: async (runtime) => {
    const served = await followAssets(runtime);
    // The demo's services are priced by the catalog's quote, through the gateway; a failure is logged and
    // the subgraph serves on without them.
    const seeded = runtime.seed
      ? seedDemoServices(runtime).then(
          (n) => n && runtime.logger.info({ services: n }, 'demo services added'),
          (error: unknown) => runtime.logger.error({ err: error }, 'demo services failed'),
        )
      : Promise.resolve();
    return {
      stop: async () => {
        await served.stop();
        await seeded;
      },
    };
  },
};
