/**
 * The benchmark's client, in a worker thread of its own, so the measured server (gateway and subgraphs
 * on the main thread) does not share its event loop with the client's HTTP and JSON work, as it would
 * not in production. Runs each scenario's requests one after another and reports percentiles.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { graphql, percentile } from './common.ts';

export interface Scenario {
  name: string;
  query: string;
  /** One variables object per request, used round-robin. */
  variables: Record<string, unknown>[];
}

export interface ClientInput {
  url: string;
  token: string;
  requests: number;
  warmup: number;
  scenarios: Scenario[];
}

export interface ScenarioResult {
  name: string;
  p50: number;
  p95: number;
  max: number;
}

const gql = (input: ClientInput, query: string, variables: Record<string, unknown>) =>
  graphql(input.url, input.token, query, variables);

async function run(input: ClientInput): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const s of input.scenarios) {
    const vars = (i: number) => s.variables[i % s.variables.length] ?? {};
    for (let i = 0; i < input.warmup; i++) await gql(input, s.query, vars(i));
    const times: number[] = [];
    for (let i = 0; i < input.requests; i++) {
      const start = performance.now();
      await gql(input, s.query, vars(i));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results.push({
      name: s.name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? 0,
    });
  }
  return results;
}

if (parentPort) parentPort.postMessage(await run(workerData as ClientInput));
