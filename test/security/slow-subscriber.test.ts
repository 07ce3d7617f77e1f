import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { publishStatusChange } from '../../subgraphs/monitoring/service/live.ts';
import type { Tx } from '../../subgraphs/shared/db.ts';
import { type GraphQLBody, metric, passes, subscribe, useGraph } from '../helpers.ts';

/**
 * Attack suite, a subscriber that never reads its socket: the gateway holds a bounded number of events
 * for it (the socket's frames in flight and its queue), drops the oldest beyond and tells it so, while
 * a subscriber that reads receives every event.
 */
describe('a subscriber that never reads', () => {
  const QUEUE = 20;
  const g = useGraph({
    background: false,
    configure: (c) => ({ ...c, subscriptions: { ...c.subscriptions, queue: QUEUE } }),
  });
  const QUERY = 'subscription { equipmentStatusChanged { reason } }';
  // Near NOTIFY's 8000-byte limit, so the socket's buffers fill after a few thousand events.
  const padding = 'x'.repeat(7_000);

  it('costs the gateway at most its queue and a few frames, and is told what it lost', async () => {
    const token = await g.token('NOC_ENGINEER');
    const reader = await subscribe(g.url, token, QUERY);
    const frames: GraphQLBody[] = [];
    const slow = new WebSocket(g.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    slow.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'connection_ack') {
        slow.send(JSON.stringify({ id: 'slow', type: 'subscribe', payload: { query: QUERY } }));
      }
      if (frame.type === 'next') frames.push(frame.payload);
    });
    await new Promise((resolve) => slow.once('open', resolve));
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await passes(async () => expect(await metric(g, 'gateway_subscriptions_active')).toBe(2));
    await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1));
    // Let the first events through, then stop reading: the kernel's buffers fill, then the gateway's.
    const { database } = g.graph.subgraphs.get('monitoring')!;
    const publish = async (count: number) => {
      await database.sql.begin(async (sql) => {
        for (let i = 0; i < count; i++) {
          await publishStatusChange({ sql } as unknown as Tx, {
            equipmentId: randomUUID(),
            previous: 'UP',
            status: 'DOWN',
            at: new Date().toISOString(),
            reason: `${randomUUID()} ${padding}`,
          });
        }
      });
    };
    await publish(1);
    await passes(async () => expect(frames).toHaveLength(1));
    (slow as unknown as { _socket: { pause(): void } })._socket.pause();

    let sent = 1;
    let mostHeld = 0;
    const executedBefore = await metric(g, 'gateway_subscription_events_total');
    for (let batch = 0; batch < 30; batch++) {
      await publish(100);
      sent += 100;
      await passes(async () => expect(reader.events.length).toBe(sent), 20_000);
      mostHeld = Math.max(mostHeld, await metric(g, 'gateway_subscription_events_held'));
    }
    // The reader has every event; the one that does not read costs at most its queue and 8 frames.
    expect(reader.events).toHaveLength(sent);
    expect(mostHeld).toBeLessThanOrEqual(QUEUE + 8);
    expect(mostHeld).toBeGreaterThan(0);
    expect((await metric(g, 'gateway_subscription_events_total')) - executedBefore).toBeGreaterThan(sent);

    // Once it reads again it is told how many it lost, then gets the newest.
    (slow as unknown as { _socket: { resume(): void } })._socket.resume();
    await passes(async () =>
      expect(frames.some((f) => f.errors?.[0]?.extensions?.code === 'EVENTS_DROPPED')).toBe(true),
    );
    const notice = frames.find((f) => f.errors?.[0]?.extensions?.code === 'EVENTS_DROPPED');
    const lost = notice?.errors?.[0]?.extensions?.dropped as number;
    expect(lost).toBeGreaterThan(0);
    await passes(async () => expect(frames.filter((f) => !f.errors)).toHaveLength(sent - lost));
    slow.close();
    await reader.close();
  }, 180_000);
});
