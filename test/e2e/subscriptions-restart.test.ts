import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/process.ts';
import { publishStatusChange } from '../../subgraphs/monitoring/service/live.ts';
import type { Tx } from '../../subgraphs/shared/db.ts';
import {
  metric,
  passes,
  type SubgraphProcess,
  startSubgraphProcess,
  subscribe,
  useGraph,
} from '../helpers.ts';

/**
 * A client's subscription through the gateway outlives the subgraph that serves it: monitoring runs as
 * its own process, is killed and started again, and the gateway reconnects and resubscribes. The events
 * are committed by another replica of monitoring (the graph's own, in this process): NOTIFY brings them
 * to the replica the gateway listens to.
 */
describe('a subscription across a restart of the monitoring subgraph', () => {
  // The port the monitoring process listens on, before the graph (whose gateway calls it there) starts.
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
  });
  describe(
    'with monitoring in a process of its own',
    restarted(() => port),
  );
});

function restarted(portOf: () => number) {
  return () => {
    const g = useGraph({
      background: false,
      configure: (c) => ({
        ...c,
        subgraphUrls: { ...c.subgraphUrls, monitoring: `http://127.0.0.1:${portOf()}/graphql` },
      }),
    });
    let monitoring: SubgraphProcess;
    const start = () =>
      startSubgraphProcess('monitoring', g.databaseUrl, {
        port: portOf(),
        env: { GATEWAY_URL: g.url, MONITORING_POLLER: 'off' },
      });
    beforeAll(async () => {
      monitoring = await start();
    }, 60_000);
    afterAll(async () => monitoring?.stop());

    /** A status change committed by the other replica, as its poller commits one. */
    const committed: string[] = [];
    const commit = async () => {
      const equipmentId = randomUUID();
      committed.push(equipmentId);
      const { database } = g.graph.subgraphs.get('monitoring')!;
      await database.sql.begin((sql) =>
        publishStatusChange({ sql } as unknown as Tx, {
          equipmentId,
          previous: 'UP',
          status: 'DOWN',
          at: new Date().toISOString(),
          reason: 'test',
        }),
      );
      return equipmentId;
    };

    it('goes on with the same subscription, without an end, a duplicate or an error', async () => {
      const client = await subscribe(
        g.url,
        await g.token('NOC_ENGINEER'),
        'subscription { equipmentStatusChanged { status equipment { id } } }',
      );
      await passes(async () => expect(await metric(g, 'gateway_upstream_connections_open')).toBe(1));
      // The upstream subscription may be a moment behind its socket: commit until one arrives.
      await passes(async () => {
        await commit();
        expect(client.events.length).toBeGreaterThan(0);
      }, 10_000);
      const before = committed.length;

      await monitoring.kill();
      await passes(async () => expect(await metric(g, 'gateway_upstream_connections_open')).toBe(0));
      monitoring = await start();
      await passes(async () => expect(await metric(g, 'gateway_upstream_connections_open')).toBe(1), 20_000);

      const delivered = client.events.length;
      await passes(async () => {
        await commit();
        expect(client.events.length).toBeGreaterThan(delivered);
      }, 10_000);
      await client.close();

      const ids = client.events.map((e) => e.data?.equipmentStatusChanged.equipment.id);
      expect(client.events.every((e) => e.errors === undefined)).toBe(true);
      expect(client.errors).toEqual([]);
      // Every event is a commit, in commit order, none twice; some from before the restart and after it.
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.map((id) => committed.indexOf(id))).toEqual(
        ids.map((id) => committed.indexOf(id)).sort((a, b) => a - b),
      );
      expect(ids.some((id) => committed.indexOf(id) < before)).toBe(true);
      expect(ids.some((id) => committed.indexOf(id) >= before)).toBe(true);
    }, 90_000);
  };
}
