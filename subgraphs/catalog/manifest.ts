import { type ModuleAccess, STAFF } from '../shared/roles.ts';

/**
 * What the rest of the project needs to know of the catalog without loading it: its ports, who may read
 * and write it, and how codegen types its resolvers. Plain data.
 */
export const catalogManifest = {
  name: 'catalog',
  port: 4101,
  metricsPort: 9401,
  access: {
    read: [...STAFF, 'PARTNER'],
    write: ['CATALOG_MANAGER'],
  } satisfies ModuleAccess,
  /**
   * The request context and what the resolvers of each type really receive as parent (the Drizzle rows,
   * connections of rows, payloads as the verbs return them). Paths are relative to the generated file.
   */
  resolverTypes: {
    contextType: '../context.ts#CatalogContext',
    mappers: {
      CatalogCategory: '../db/tables.ts#CategoryRow',
      CatalogItem: '../db/tables.ts#ItemRow',
      Barcode: '../db/tables.ts#BarcodeRow',
      Price: '../db/tables.ts#PriceRow',
      UnitOfMeasure: '../db/tables.ts#UnitRow',
      VatRate: '../db/tables.ts#VatRateRow',
      Packaging: '../db/tables.ts#PackagingRow',
      Promotion: '../db/tables.ts#PromotionRow',
      Certificate: '../db/tables.ts#CertificateRow',
      AuditEntry: '../../shared/audit.ts#AuditRow',
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
      CatalogItemVatPayload:
        "Payload<'vat', VatRateRow> & { item: Promise<ItemRow | null> | ItemRow | null }",
      Quote: '../service/quote.ts#QuoteResult',
    },
  },
} as const;
