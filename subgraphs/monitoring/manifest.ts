import { type ModuleAccess, STAFF } from '../shared/roles.ts';

/**
 * What the rest of the project needs to know of the monitoring module without loading it: its ports, who
 * may read and write it, and how codegen types its resolvers. Plain data.
 */
export const monitoringManifest = {
  name: 'monitoring',
  port: 4105,
  metricsPort: 9405,
  access: {
    // Every member of staff sees the network's state; network engineers configure it and handle alarms.
    read: STAFF,
    write: ['NOC_ENGINEER'],
  } satisfies ModuleAccess,
  /**
   * It reads the units it monitors (role, site, serial, model, what is above and below them and whom
   * they serve) from assets, and planned works from subscribers, through the gateway.
   */
  serviceScopes: ['assets:read', 'catalog:read', 'subscribers:read'],
  resolverTypes: {
    contextType: '../context.ts#MonitoringContext',
    mappers: {
      Equipment: '../db/queries.ts#EntityRef',
      Subscriber: '../db/queries.ts#EntityRef',
      Alarm: '../db/tables.ts#AlarmRow',
      AlarmComment: '../db/tables.ts#AlarmCommentRow',
      MonitoringSettings: '../db/tables.ts#TargetRow',
      EquipmentMonitoringStatus: '../db/tables.ts#UnitStateRow',
      MonitoredInterface: '../db/tables.ts#InterfaceRow',
      AlarmConnection: '../../shared/pagination.ts#Connection<AlarmRow>',
      MonitoringPayload: "../../shared/errors.ts#Payload<'monitoring', TargetRow>",
      AlarmPayload: "../../shared/errors.ts#Payload<'alarm', AlarmRow>",
      EquipmentStatusChange: '../service/live.ts#StatusChangeEvent',
      AlarmChange: '../service/live.ts#AlarmChangeEvent',
      NetworkStatus: '../db/queries.ts#NetworkStatusRow',
      DownUnit: '../db/queries.ts#DownUnitRow',
      ObservedMismatch: '../db/queries.ts#MismatchRow',
    },
  },
} as const;
