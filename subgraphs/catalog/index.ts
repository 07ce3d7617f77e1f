import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { scalarResolvers } from '../shared/scalars.ts';
import type { SubgraphModule } from '../shared/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { type CatalogLoaders, createCatalogLoaders } from './db/loaders.ts';
import { CatalogCategory } from './resolvers/CatalogCategory.ts';
import { CatalogItem } from './resolvers/CatalogItem.ts';
import { Certificate } from './resolvers/Certificate.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Promotion } from './resolvers/Promotion.ts';
import { Query } from './resolvers/Query.ts';
import { VatRate } from './resolvers/VatRate.ts';
import { seedCatalog } from './seed.ts';

export const catalogTypeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** The catalog subgraph: pure description, no side effects until a server starts it. */
export const catalog: SubgraphModule<CatalogLoaders> = {
  name: 'catalog',
  typeDefs: catalogTypeDefs,
  resolvers: {
    ...scalarResolvers,
    Query,
    Mutation,
    CatalogCategory,
    CatalogItem,
    Promotion,
    Certificate,
    VatRate,
  } satisfies Resolvers,
  migrationsFolder: fileURLToPath(new URL('../../drizzle/catalog', import.meta.url)),
  createLoaders: createCatalogLoaders,
  seed: seedCatalog,
};
