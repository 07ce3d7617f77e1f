import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

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
