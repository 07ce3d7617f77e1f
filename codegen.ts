/**
 * Resolver types for every subgraph in the registry, generated from its `schema.graphql` into
 * `subgraphs/<name>/__generated__/resolvers-types.ts` (committed, never edited).
 *   npm run codegen         write them
 *   npm run codegen:check   fail when a committed file differs from a fresh generation
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { TypeScriptResolversPluginConfig } from '@graphql-codegen/typescript-resolvers';
import { subgraphs } from './subgraphs/registry.ts';

type ResolverTypes = Pick<TypeScriptResolversPluginConfig, 'contextType' | 'mappers'>;

/**
 * Per subgraph: its request context and what the resolvers of each type really receive as parent (the
 * Drizzle rows, connections of rows, payloads as the verbs return them). Paths are relative to the
 * generated file. A type left out is checked field by field against the SDL's own shape.
 */
const resolverTypes: Record<string, ResolverTypes> = {
  catalog: {
    contextType: '../context.ts#CatalogContext',
    mappers: {
      CatalogCategory: '../db/tables.ts#CategoryRow',
      CatalogItem: '../db/tables.ts#ItemRow',
      Barcode: '../db/tables.ts#BarcodeRow',
      Price: '../db/tables.ts#PriceRow',
      Promotion: '../db/tables.ts#PromotionRow',
      Certificate: '../db/tables.ts#CertificateRow',
      CatalogCategoryConnection: '../../shared/pagination.ts#Connection<CategoryRow>',
      CatalogItemConnection: '../../shared/pagination.ts#Connection<ItemRow>',
      PromotionConnection: '../../shared/pagination.ts#Connection<PromotionRow>',
      CertificateConnection: '../../shared/pagination.ts#Connection<CertificateRow>',
      CatalogCategoryPayload: "../../shared/errors.ts#Payload<'category', CategoryRow>",
      CatalogItemPayload: "../../shared/errors.ts#Payload<'item', ItemRow>",
      PromotionPayload: "../../shared/errors.ts#Payload<'promotion', PromotionRow>",
      CertificatePayload: "../../shared/errors.ts#Payload<'certificate', CertificateRow>",
      // `setCatalogPrice` hands the item back as its (batched) load, still pending.
      CatalogPricePayload: "Payload<'price', PriceRow> & { item: Promise<ItemRow | null> | ItemRow | null }",
      Quote: '../service/quote.ts#QuoteResult',
    },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    subgraphs.map((subgraph) => {
      const types = resolverTypes[subgraph.name];
      if (!types) throw new Error(`codegen.ts: add the context type and mappers of "${subgraph.name}"`);
      return [
        `subgraphs/${subgraph.name}/__generated__/resolvers-types.ts`,
        {
          schema: subgraph.schemaFile,
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            ...types,
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
              JSON: 'unknown',
              Decimal: 'string',
            },
          },
        },
      ];
    }),
  ),
};

export default config;
