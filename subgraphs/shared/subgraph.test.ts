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

/** A context for the probe modules, with these scopes. */
function probeContext<L>(module: SubgraphModule<L>, scopes: string[] = []) {
  return contextFor(module, {
    actor: { id: 'a', roles: [], scopes },
    requestId: 'r',
    database: {} as Database,
    events: {} as EventBus,
    logger: pino({ level: 'silent' }),
  });
}

describe('the request context', () => {
  it('builds loaders again for every subscription event, so an event never sees the last one’s rows', async () => {
    const state = { value: 1, built: 0 };
    const module = counterModule(state);
    const ctx = probeContext(module);
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
    const ctx = probeContext(module);
    expect(state.built).toBe(0);
    ctx.loaders.value();
    ctx.loaders.value();
    expect(state.built).toBe(1);
    ctx.resetLoaders();
    ctx.loaders.value();
    expect(state.built).toBe(2);
  });
});

describe('subscription fields', () => {
  /** A subscription behind a scope, with a bounded text argument; counts the streams it opened. */
  function watchModule(opened: { n: number }): SubgraphModule<Record<string, never>> {
    return {
      name: 'probe',
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@requiresScopes"])
        directive @maxLength(value: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
        type Query { value: Int! }
        type Tick { n: Int! }
        type Subscription {
          watch(name: String! @maxLength(value: 5)): Tick! @requiresScopes(scopes: [["probe:read"]])
        }
      `),
      resolvers: {
        Query: { value: () => 1 },
        Subscription: {
          watch: subscriptionField({
            subscribe: async function* () {
              opened.n += 1;
              yield { n: 1 };
            },
          }),
        },
      } as never,
      migrationsFolder: '',
      createLoaders: () => ({}),
    };
  }
  const start = (module: SubgraphModule<Record<string, never>>, name: string, scopes: string[]) =>
    subscribe({
      schema: buildSchema(module),
      document: parse('subscription($name: String!) { watch(name: $name) { n } }'),
      variableValues: { name },
      contextValue: probeContext(module, scopes),
    });

  it('refuses to start a subscription without its scope', async () => {
    const opened = { n: 0 };
    const result = (await start(watchModule(opened), 'ok', [])) as { errors?: { extensions?: unknown }[] };
    expect(result.errors?.map((e) => (e.extensions as { code?: string })?.code)).toEqual(['FORBIDDEN']);
    expect(opened.n).toBe(0);
  });

  it('refuses to start a subscription whose arguments break their bounds', async () => {
    const opened = { n: 0 };
    const result = (await start(watchModule(opened), 'far too long', ['probe:read'])) as {
      errors?: { extensions?: unknown }[];
    };
    expect(result.errors?.map((e) => (e.extensions as { code?: string })?.code)).toEqual(['BAD_USER_INPUT']);
    expect(opened.n).toBe(0);
  });

  it('streams to a caller with the scope and sane arguments', async () => {
    const opened = { n: 0 };
    const stream = await start(watchModule(opened), 'ok', ['probe:read']);
    const events: unknown[] = [];
    for await (const event of stream as AsyncIterable<{ data?: unknown }>) events.push(event.data);
    expect(events).toEqual([{ watch: { n: 1 } }]);
    expect(opened.n).toBe(1);
  });
});
