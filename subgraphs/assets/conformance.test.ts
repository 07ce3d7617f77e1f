/** The kit's conformance suite over the assets module's entities, lists and writes. */
import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { describeConformance } from '../shared/conformance.ts';
import type { AssetsContext } from './context.ts';
import { AssetsEvent } from './events.ts';
import { assets } from './index.ts';
import { changeEquipmentStatus } from './service/equipment.ts';
import { connectLink } from './service/links.ts';
import { createNetworkSite } from './service/sites.ts';
import { newSite, newUnit } from './test-factories.ts';

describe('assets', () => {
  const h = useServiceHarness(assets);
  const siteInput = () => ({ kind: 'CABINET', code: `C-${randomUUID().slice(0, 8)}`, name: 'Шкаф' });

  describeConformance<AssetsContext>(h, {
    auditTable: 'assets.audit_log',
    readScope: 'assets:read',
    entities: [
      {
        typename: 'Equipment',
        create: async (ctx) => (await newUnit(ctx)).id,
        selection: 'id serial status',
      },
      { typename: 'NetworkSite', create: newSite, selection: 'id code kind' },
    ],
    lists: [
      {
        field: 'equipmentList',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newUnit(ctx, {}, 0);
        },
      },
    ],
    writes: [
      {
        name: 'changeEquipmentStatus',
        arrange: async (ctx) => {
          const unit = await newUnit(ctx);
          return async () => (await changeEquipmentStatus(ctx, { id: unit.id, status: 'IN_REPAIR' })).id;
        },
        audit: { entityType: 'Equipment', action: 'change-status' },
        events: [AssetsEvent.EQUIPMENT_CHANGED],
      },
      {
        name: 'connectLink',
        arrange: async (ctx) => {
          const up = await newUnit(ctx);
          const down = await newUnit(ctx);
          const [upPorts, downPorts] = await Promise.all(
            [up.id, down.id].map(
              (id) =>
                h.database.sql<
                  { id: string }[]
                >`select id from assets.ports where equipment_id = ${id} order by index`,
            ),
          );
          return async () =>
            (
              await connectLink(ctx, {
                upstreamPortId: upPorts?.[1]?.id,
                downstreamPortId: downPorts?.[0]?.id,
              })
            ).id;
        },
        audit: { entityType: 'Link', action: 'connect' },
        events: [AssetsEvent.TOPOLOGY_CHANGED],
      },
      {
        name: 'createNetworkSite',
        arrange: async (ctx) => async () => (await createNetworkSite(ctx, siteInput())).id,
        audit: { entityType: 'NetworkSite', action: 'create' },
        events: [],
      },
    ],
    creating: [
      {
        name: 'createNetworkSite',
        verb: createNetworkSite,
        input: async () => siteInput(),
        id: (result) => (result as { id: string }).id,
        rows: async (input) =>
          Number(
            (
              await h.database
                .sql`select count(*)::int as n from assets.sites where code = ${input.code as string}`
            )[0]?.n,
          ),
      },
    ],
  });
});
