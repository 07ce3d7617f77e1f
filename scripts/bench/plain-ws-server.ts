/**
 * The reference for `bench:subscriptions`: a plain graphql-ws server (graphql-js executing every
 * client's subscription for every event) fed by the same NOTIFY channel monitoring publishes status
 * changes on. No auth, no limits, no federation: the per-delivery cost of graphql-ws itself.
 */

import { EventEmitter, on } from 'node:events';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import postgres from 'postgres';
import { WebSocketServer } from 'ws';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Equipment { id: ID! }
  type StatusChange { status: String! previous: String! reason: String! at: String! equipment: Equipment! }
  type Subscription { equipmentStatusChanged: StatusChange! }
`);
const events = new EventEmitter();
events.setMaxListeners(0);
const sql = postgres(process.env.DATABASE_URL as string, { max: 1 });
await sql.listen('monitoring_status', (payload) => {
  const e = JSON.parse(payload);
  events.emit('status', { ...e, equipment: { id: e.equipmentId } });
});
const roots = {
  subscription: {
    equipmentStatusChanged: async function* () {
      for await (const [event] of on(events, 'status')) yield { equipmentStatusChanged: event };
    },
  },
};
const server = createServer();
useServer({ schema, roots }, new WebSocketServer({ server, path: '/graphql' }));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('plain graphql-ws listening'));
