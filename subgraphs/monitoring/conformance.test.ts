/** The kit's conformance suite over the monitoring module's entities, lists and writes. */
import { describe } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { describeConformance } from '../shared/conformance.ts';
import type { MonitoringContext } from './context.ts';
import { monitoring } from './index.ts';
import { acknowledgeAlarm } from './service/alarm-actions.ts';
import { configureMonitoring } from './service/configure.ts';
import { newAlarm, newMonitoredUnit } from './test-factories.ts';

describe('monitoring', () => {
  const h = useServiceHarness(monitoring);

  describeConformance<MonitoringContext>(h, {
    auditTable: 'monitoring.audit_log',
    readScope: 'monitoring:read',
    // Equipment is assets' entity: monitoring answers every reference (an unmonitored unit is UNKNOWN),
    // so it is not held to "null for an unknown id"; its fields are covered by the module's own tests.
    entities: [
      {
        typename: 'Alarm',
        create: async (ctx) => (await newAlarm(ctx)).id,
        selection: 'id severity probableCause',
      },
    ],
    lists: [
      {
        field: 'alarms',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newAlarm(ctx);
        },
      },
    ],
    writes: [
      {
        name: 'configureMonitoring',
        arrange: async (ctx) => {
          const id = await newMonitoredUnit(ctx);
          return async () =>
            (
              await configureMonitoring(ctx, {
                equipmentId: id,
                host: '10.0.0.1',
                version: 'V2C',
                community: 'x',
              })
            ).equipmentId;
        },
        audit: { entityType: 'MonitoringSettings', action: 'update' },
        events: [],
      },
      {
        name: 'acknowledgeAlarm',
        arrange: async (ctx) => {
          const alarm = await newAlarm(ctx);
          return async () => (await acknowledgeAlarm(ctx, { alarmId: alarm.id, comment: 'seen' })).id;
        },
        audit: { entityType: 'Alarm', action: 'acknowledged' },
        events: [],
      },
    ],
    creating: [],
  });
});
