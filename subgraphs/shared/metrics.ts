import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { listen } from './http.ts';

/** One registry per process, every series labelled with the service that produced it. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const graphqlRequests = new Counter({
  name: 'graphql_requests_total',
  help: 'GraphQL operations handled',
  labelNames: ['service', 'operation_type', 'outcome'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL operation duration',
  labelNames: ['service', 'operation_type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const subgraphRequestsShared = new Counter({
  name: 'gateway_subgraph_requests_shared_total',
  help: 'Subgraph reads answered by an identical request already in flight',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export const subscriptionsActive = new Gauge({
  name: 'gateway_subscriptions_active',
  help: 'Client subscriptions the gateway serves',
  registers: [registry],
});

export const subscriptionExecutions = new Gauge({
  name: 'gateway_subscription_executions_active',
  help: 'Distinct subscription executions (identical client subscriptions share one)',
  registers: [registry],
});

export const subscriptionEvents = new Counter({
  name: 'gateway_subscription_events_total',
  help: 'Subscription events executed once and delivered to clients',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** What each gateway in the process holds for its subscribers, read when metrics are scraped. */
export const subscriptionBacklogs = new Set<() => number>();

export const subscriptionEventsHeld = new Gauge({
  name: 'gateway_subscription_events_held',
  help: 'Events written to subscribers sockets but not yet out, or waiting in their queues',
  registers: [registry],
  collect() {
    let held = 0;
    for (const backlog of subscriptionBacklogs) held += backlog();
    this.set(held);
  },
});

export const upstreamSubscriptions = new Gauge({
  name: 'gateway_upstream_subscriptions_active',
  help: 'Subscriptions the gateway holds on subgraphs (identical ones once)',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export const upstreamConnections = new Gauge({
  name: 'gateway_upstream_connections_open',
  help: 'graphql-ws sockets from the gateway to subgraphs, one per subgraph and caller identity',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `/metrics` on a listener of its own (internal: 127.0.0.1 unless told otherwise), never on the
 * port clients reach. Port 0 picks a free one.
 */
export async function startMetricsServer(port: number, host = '127.0.0.1'): Promise<MetricsServer> {
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(await registry.metrics());
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  await listen(server, port, host);
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
