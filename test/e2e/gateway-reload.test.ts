import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { supergraphSdl } from '../../gateway/supergraph.ts';
import { LiveChannel } from '../../subgraphs/monitoring/service/live.ts';
import { publishLive } from '../../subgraphs/shared/live.ts';
import { type GraphQLBody, metric, passes, useGraph } from '../helpers.ts';

/**
 * A supergraph reload (SIGHUP to `npm run start:gateway`): new operations are served by the new
 * supergraph at once, and every live subscription is ended with 1012 so its client subscribes again —
 * a graphql-ws client that retries does it by itself and goes on receiving events.
 */
describe('a reload of the supergraph', () => {
  const g = useGraph({ background: false });

  it('closes subscribers with 1012, which resubscribe and receive events, and serves the new schema', async () => {
    const closes: number[] = [];
    const events: GraphQLBody[] = [];
    const client = createClient({
      url: g.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await g.token('NOC_ENGINEER')}` },
      retryAttempts: 5,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
      on: { closed: (e) => void closes.push((e as { code: number }).code) },
    });
    client.subscribe(
      { query: 'subscription { networkStatusChanged { total } }' },
      { next: (r) => void events.push(r as GraphQLBody), error: () => {}, complete: () => {} },
    );
    const { database } = g.graph.subgraphs.get('monitoring')!;
    const commit = () =>
      publishLive({ sql: database.sql }, LiveChannel.NETWORK, { at: new Date().toISOString() });
    await passes(async () => {
      await commit();
      expect(events.length).toBeGreaterThan(0);
    }, 10_000);

    // The same supergraph, described: a change the new schema shows.
    const changed = supergraphSdl().replace(
      'The whole network at once: units by status, by site and by role, and the units down with how long.',
      'The network at once (reloaded).',
    );
    expect(changed).not.toBe(supergraphSdl());
    expect(await g.graph.gateway.reload(changed)).toBe(true);
    expect(await g.graph.gateway.reload(changed)).toBe(false);
    await passes(async () => expect(closes).toContain(1012), 5_000);

    const seen = events.length;
    await passes(async () => {
      await commit();
      expect(events.length).toBeGreaterThan(seen);
    }, 10_000);
    expect(events.every((e) => !e.errors)).toBe(true);
    expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1);
    await client.dispose();

    const { body } = await g.request(
      '{ __type(name: "Query") { fields { name description } } networkStatus { total } }',
      { role: 'NOC_ENGINEER' },
    );
    const field = body.data?.__type.fields.find((f: { name: string }) => f.name === 'networkStatus');
    expect(field.description).toBe('The network at once (reloaded).');
    expect(body.data?.networkStatus.total).toEqual(expect.any(Number));
    await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0));
  }, 60_000);

  it('keeps serving the supergraph it has when the new one does not build', async () => {
    await expect(g.graph.gateway.reload('type Query { broken')).rejects.toThrow();
    const { body } = await g.request('{ networkStatus { total } }', { role: 'NOC_ENGINEER' });
    expect(body.errors).toBeUndefined();
  });
});
