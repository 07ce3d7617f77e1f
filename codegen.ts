/**
 * Resolver types for every subgraph in the registry, generated from its `schema.graphql` into
 * `subgraphs/<name>/__generated__/resolvers-types.ts` (committed, never edited). Each module declares its
 * context type and mappers in its manifest.
 *   npm run codegen         write them
 *   npm run codegen:check   fail when a committed file differs from a fresh generation
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { subgraphs } from './subgraphs/registry.ts';

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    subgraphs.map((subgraph) => [
      `subgraphs/${subgraph.name}/__generated__/resolvers-types.ts`,
      {
        schema: subgraph.schemaFile,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          contextType: subgraph.resolverTypes.contextType,
          mappers: { ...subgraph.resolverTypes.mappers },
          federation: true,
          useIndexSignature: true,
          useTypeImports: true,
          importExtension: '.ts',
          enumsAsTypes: true,
          // GraphQL fills in an input field's default before a resolver sees it: no `?` on those.
          avoidOptionals: { defaultValue: true },
          scalars: {
            // The scalar parses input to a Date and serialises a Date or an ISO string.
            DateTime: { input: 'Date', output: 'Date | string' },
            Date: 'string',
            JSON: 'unknown',
            Money: 'string',
            Quantity: 'string',
          },
        },
      },
    ]),
  ),
};

export default config;
