import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolvers } from '../shared/scalars.ts';
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

export const subscribersTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The subscribers subgraph: pure description, no side effects until a server starts it. */
export const subscribers: SubgraphModule<SubscribersLoaders> = {
  name: 'subscribers',
  typeDefs: subscribersTypeDefs,
  resolvers: {
    DateTime: scalarResolvers.DateTime,
    Date: scalarResolvers.Date,
    JSON: scalarResolvers.JSON,
    Money: scalarResolvers.Money,
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
  createLoaders: createSubscribersLoaders,
  seed: seedSubscribers,
  start: async (runtime) => {
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
        await seeded;
      },
    };
  },
};
