/**
 * Every example of the README answers with data: each operation of every ```graphql block of README.md
 * runs through the gateway against the demo catalog (`seed: true`) with an admin token, and fails on a
 * GraphQL error, on a `userErrors` entry anywhere in the answer, and on an empty answer (a root field
 * that is null, an empty list, or a connection with totalCount 0 or no nodes). A stale example fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { metric, passes, subscribe, useGraph } from '../helpers.ts';

const README = join(import.meta.dirname, '..', '..', 'README.md');

interface Example {
  /** Where it is: the block's number and the operation's name. */
  title: string;
  /** The operation with the block's fragments, as its own document. */
  text: string;
  subscription: boolean;
}

/** Every operation of every ```graphql block, in order. */
function readmeExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```graphql[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  return blocks.flatMap((block, b) => {
    const document = parse(block);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    return document.definitions
      .filter(
        (d): d is Extract<DefinitionNode, { kind: Kind.OPERATION_DEFINITION }> =>
          d.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation, o) => ({
        title: `block ${b + 1}: ${operation.name?.value ?? `operation ${o + 1}`}`,
        text: print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }),
        subscription: operation.operation === 'subscription',
      }));
  });
}

/** Why an answer is empty or carries userErrors, as paths; none when it is a real answer. */
function emptiness(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (value === null || value === undefined) problems.push(`${field} is null`);
    else if (Array.isArray(value) && value.length === 0) problems.push(`${field} is an empty list`);
    else if (typeof value === 'object' && !Array.isArray(value)) {
      const connection = value as { totalCount?: unknown; nodes?: unknown; edges?: unknown };
      if (connection.totalCount === 0) problems.push(`${field}.totalCount is 0`);
      for (const list of ['nodes', 'edges'] as const) {
        if (Array.isArray(connection[list]) && connection[list].length === 0) {
          problems.push(`${field}.${list} is empty`);
        }
      }
    }
  }
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'userErrors' && Array.isArray(v) && v.length > 0) {
          problems.push(`${path}.userErrors: ${JSON.stringify(v)}`);
        }
        walk(v, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, '');
  return problems;
}

const examples = readmeExamples(readFileSync(README, 'utf8'));

describe('the README examples', () => {
  it('finds the examples, each a named operation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    expect(examples.every((e) => !e.title.includes(': operation '))).toBe(true);
  });

  it('tells an empty answer and a userError from data', () => {
    expect(emptiness({ a: null, b: [], c: { totalCount: 0, nodes: [] }, d: { x: 1 } })).toEqual([
      'a is null',
      'b is an empty list',
      'c.totalCount is 0',
      'c.nodes is empty',
    ]);
    expect(emptiness({ quote: { lines: [{}], userErrors: [{ code: 'NO_PRICE' }] } })).toEqual([
      'quote.userErrors: [{"code":"NO_PRICE"}]',
    ]);
    expect(emptiness({ catalogItems: { totalCount: 2, nodes: [{ sku: 'A' }] } })).toEqual([]);
  });

  describe('on a freshly seeded graph', () => {
    const g = useGraph({ seed: true });

    const queries = examples.filter((e) => !e.subscription);
    const subscriptions = examples.filter((e) => e.subscription);

    it.each(queries.map((e) => [e.title, e] as const))('%s answers with data', async (_, example) => {
      const { status, body } = await g.request(example.text, { role: 'ADMIN' });
      expect(body.errors ?? [], example.text).toEqual([]);
      expect(status).toBe(200);
      expect(emptiness(body.data ?? {}), example.text).toEqual([]);
      expect(Object.keys(body.data ?? {}).length).toBeGreaterThan(0);
    });

    // A subscription answers when something happens: it must be accepted over graphql-ws and run.
    it.each(subscriptions.map((e) => [e.title, e] as const))('%s is accepted', async (_, example) => {
      const client = await subscribe(g.url, await g.token('ADMIN'), example.text);
      await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1));
      await client.close();
      expect(client.errors).toEqual([]);
      expect(client.events.flatMap((e) => e.errors ?? [])).toEqual([]);
    });
  });
});
