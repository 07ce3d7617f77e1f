import { parse, subscribe } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Database } from './db.ts';
import type { EventBus } from './events.ts';
import { buildSchema, contextFor, type SubgraphModule, subscriptionField } from './subgraph.ts';

/** A module whose loaders count how often they are built and read a value that changes between events. */
function counterModule(state: { value: number; built: number }): SubgraphModule<{ value: () => number }> {
  async function* ticks() {
    yield { n: 1 };
    state.value = 2;
    yield { n: 2 };
  }
  return {
    name: 'probe',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Query { value: Int! }
      type Tick { n: Int! value: Int! }
      type Subscription { ticks: Tick! }
    `),
    resolvers: {
      Query: {
        value: (_p: unknown, _a: unknown, ctx: { loaders: { value: () => number } }) => ctx.loaders.value(),
      },
      Tick: {
        value: (_p: unknown, _a: unknown, ctx: { loaders: { value: () => number } }) => ctx.loaders.value(),
      },
      Subscription: { ticks: subscriptionField({ subscribe: () => ticks() }) },
    } as never,
    migrationsFolder: '',
    createLoaders: () => {
      state.built += 1;
      // A loader caches what it read for as long as it lives.
      const seen = state.value;
      return { value: () => seen };
    },
  };
}

describe('the request context', () => {
  it('builds loaders again for every subscription event, so an event never sees the last one’s rows', async () => {
    const state = { value: 1, built: 0 };
    const module = counterModule(state);
    const ctx = contextFor(module, {
      actor: { id: 'a', roles: [], scopes: [] },
      requestId: 'r',
      database: {} as Database,
      events: {} as EventBus,
      logger: pino({ level: 'silent' }),
    });
    const stream = await subscribe({
      schema: buildSchema(module),
      document: parse('subscription { ticks { n value } }'),
      contextValue: ctx,
    });
    const values: unknown[] = [];
    for await (const event of stream as AsyncIterable<{ data?: unknown }>) values.push(event.data);
    expect(values).toEqual([{ ticks: { n: 1, value: 1 } }, { ticks: { n: 2, value: 2 } }]);
    expect(state.built).toBe(2);
  });

  it('builds an operation’s loaders once, on first use', () => {
    const state = { value: 1, built: 0 };
    const module = counterModule(state);
    const ctx = contextFor(module, {
      actor: { id: 'a', roles: [], scopes: [] },
      requestId: 'r',
      database: {} as Database,
      events: {} as EventBus,
      logger: pino({ level: 'silent' }),
    });
    expect(state.built).toBe(0);
    ctx.loaders.value();
    ctx.loaders.value();
    expect(state.built).toBe(1);
    ctx.resetLoaders();
    ctx.loaders.value();
    expect(state.built).toBe(2);
  });
});
