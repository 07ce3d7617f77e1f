import type { ModuleAccess } from '../shared/roles.ts';

/**
 * What the rest of the project needs to know of the subscribers module without loading it: its ports, who
 * may read and write it and see personal data, and how codegen types its resolvers. Plain data.
 */
export const subscribersManifest = {
  name: 'subscribers',
  port: 4103,
  metricsPort: 9403,
  access: {
    // Every member of staff sees the clients (support opens a ticket on one, a technician visits one);
    // partners do not.
    read: ['NOC_ENGINEER', 'DISPATCHER', 'TECHNICIAN', 'WAREHOUSE_KEEPER', 'CATALOG_MANAGER'],
    write: ['CUSTOMER_CARE'],
    // Identity documents and birth dates (`subscribers:pii`), each read audited.
    pii: ['CUSTOMER_CARE'],
  } satisfies ModuleAccess,
  /**
   * Its service identity reads the catalog's tariffs and quotes, and the subscribers units of equipment
   * serve (assets), through the gateway.
   */
  serviceScopes: ['catalog:read', 'assets:read'],
  resolverTypes: {
    contextType: '../context.ts#SubscribersContext',
    mappers: {
      Subscriber: '../db/tables.ts#SubscriberRow',
      Person: '../db/tables.ts#SubscriberRow',
      Company: '../db/tables.ts#SubscriberRow',
      Premises: '../db/tables.ts#PremisesRow',
      Address: '../db/tables.ts#PremisesRow',
      SubscribedService: '../db/tables.ts#ServiceRow',
      SubscriberStatusChange: '../db/tables.ts#SubscriberStatusChangeRow',
      ServiceStatusChange: '../db/tables.ts#ServiceStatusChangeRow',
      CompanyEvent: '../db/tables.ts#CompanyEventRow',
      CompanyEventScope: '../db/tables.ts#CompanyEventRow',
      Interaction: '../db/tables.ts#InteractionRow',
      EventNotification: '../db/queries.ts#NotificationRow',
      AuditEntry: '../../shared/audit.ts#AuditRow',
      CatalogItem: '../db/queries.ts#CatalogItemRef',
      SubscriberConnection: '../../shared/pagination.ts#Connection<SubscriberRow>',
      CompanyEventConnection: '../../shared/pagination.ts#Connection<CompanyEventRow>',
      InteractionConnection: '../../shared/pagination.ts#Connection<InteractionRow>',
      SubscriberPayload: "../../shared/errors.ts#Payload<'subscriber', SubscriberRow>",
      PremisesPayload: "../../shared/errors.ts#Payload<'premises', PremisesRow>",
      SubscribedServicePayload: "../../shared/errors.ts#Payload<'service', ServiceRow>",
      CompanyEventPayload: "../../shared/errors.ts#Payload<'event', CompanyEventRow>",
      InteractionPayload: "../../shared/errors.ts#Payload<'interaction', InteractionRow>",
    },
  },
} as const;
