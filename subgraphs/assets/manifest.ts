import { type ModuleAccess, STAFF } from '../shared/roles.ts';

/**
 * What the rest of the project needs to know of the assets module without loading it: its ports, who may
 * read and write it, and how codegen types its resolvers. Plain data.
 */
export const assetsManifest = {
  name: 'assets',
  port: 4104,
  metricsPort: 9404,
  access: {
    read: [...STAFF, 'PARTNER'],
    // Network engineers register and link the network; keepers and technicians record what they install.
    write: ['NOC_ENGINEER', 'WAREHOUSE_KEEPER', 'TECHNICIAN'],
  } satisfies ModuleAccess,
  /** It reads premises of subscribers and the warehouse's serials through the gateway. */
  serviceScopes: ['catalog:read', 'subscribers:read', 'warehouse:read'],
  resolverTypes: {
    contextType: '../context.ts#AssetsContext',
    mappers: {
      Equipment: '../db/tables.ts#EquipmentRow',
      EquipmentPort: '../db/tables.ts#PortRow',
      Link: '../db/tables.ts#LinkRow',
      NetworkSite: '../db/tables.ts#SiteRow',
      EquipmentHistoryEntry: '../db/tables.ts#HistoryRow',
      EquipmentConnection: '../../shared/pagination.ts#Connection<EquipmentRow>',
      ServedSubscriberConnection: '../../shared/pagination.ts#Connection<EntityRef>',
      EquipmentPayload: "../../shared/errors.ts#Payload<'equipment', EquipmentRow>",
      NetworkSitePayload: "../../shared/errors.ts#Payload<'site', SiteRow>",
      LinkPayload: "../../shared/errors.ts#Payload<'link', LinkRow>",
      Warehouse: '../db/queries.ts#EntityRef',
      Premises: '../db/queries.ts#EntityRef',
      Subscriber: '../db/queries.ts#EntityRef',
      CatalogItem: '../db/queries.ts#EntityRef',
      EquipmentPlace: '../db/queries.ts#PlaceRef',
      EquipmentDifference: '../db/queries.ts#DifferenceRow',
      AuditEntry: '../../shared/audit.ts#AuditRow',
    },
  },
} as const;
