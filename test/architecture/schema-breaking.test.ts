import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../scripts/compose.ts';
import {
  type Acknowledgement,
  acknowledgementsPath,
  apiSchemaOf,
  compareSchemas,
  formatComparison,
  parseAcknowledgements,
  resolveBase,
} from '../../scripts/schema-breaking.ts';

const before = buildSchema(`
  type Query { item(id: ID!): Item, items: [Item!]! }
  type Item { id: ID!, sku: String!, price: String!, weight: Float }
`);
// `sku` removed, `price` String → Int, `items` gains an optional argument.
const after = buildSchema(`
  type Query { item(id: ID!): Item, items(first: Int): [Item!]! }
  type Item { id: ID!, price: Int!, weight: Float }
`);

const summary = (changes: { type: string; path?: string | undefined }[]) =>
  changes.map((c) => `${c.type} ${c.path}`).sort();

describe('compareSchemas', () => {
  it('calls a removed field and a changed field type breaking, an added optional argument not', async () => {
    const result = await compareSchemas(before, after);
    expect(summary(result.breaking)).toEqual(['FIELD_REMOVED Item.sku', 'FIELD_TYPE_CHANGED Item.price']);
    expect(summary([...result.dangerous, ...result.safe])).toEqual([
      'FIELD_ARGUMENT_ADDED Query.items.first',
    ]);
    expect(result.acknowledged).toEqual([]);
  });

  it('passes a breaking change acknowledged by its path and type, and only that one', async () => {
    const acknowledgements: Acknowledgement[] = [
      { path: 'Item.sku', type: 'FIELD_REMOVED', reason: 'No client reads it', since: '2026-03-01' },
      // Right path, other type: acknowledges nothing.
      { path: 'Item.price', type: 'FIELD_REMOVED', reason: 'wrong type', since: '2026-03-01' },
    ];
    const result = await compareSchemas(before, after, acknowledgements);
    expect(summary(result.breaking)).toEqual(['FIELD_TYPE_CHANGED Item.price']);
    expect(summary(result.acknowledged)).toEqual(['FIELD_REMOVED Item.sku']);

    const all = await compareSchemas(before, after, [
      ...acknowledgements,
      { path: 'Item.price', type: 'FIELD_TYPE_CHANGED', reason: 'Prices are cents', since: '2026-03-01' },
    ]);
    expect(all.breaking).toEqual([]);
  });

  it('prints each unacknowledged change and the entry that would acknowledge it', async () => {
    const text = formatComparison(await compareSchemas(before, after), 'HEAD~1', '2026-03-01');
    expect(text).toContain("FIELD_REMOVED  Item.sku  Field 'sku' was removed from object type 'Item'");
    expect(text).toContain(
      '{"path":"Item.price","type":"FIELD_TYPE_CHANGED","reason":"","since":"2026-03-01"}',
    );
  });
});

describe('acknowledgements file', () => {
  it('refuses an entry without a reason or with an unknown key', () => {
    expect(() =>
      parseAcknowledgements('[{"path":"Item.sku","type":"FIELD_REMOVED","reason":"","since":"2026-03-01"}]'),
    ).toThrow(/reason/);
    expect(() =>
      parseAcknowledgements(
        '[{"path":"Item.sku","type":"FIELD_REMOVED","reason":"x","since":"2026-03-01","by":"me"}]',
      ),
    ).toThrow(/by/);
  });

  it('reads the committed schema/breaking-changes.json', () => {
    expect(() => parseAcknowledgements(readFileSync(acknowledgementsPath, 'utf8'))).not.toThrow();
  });
});

describe('apiSchemaOf', () => {
  it('leaves federation internals out of the API schema, so they never count as changes', () => {
    const api = apiSchemaOf(composeSupergraph());
    const names = Object.keys(api.getTypeMap());
    expect(names).toContain('CatalogItem');
    expect(names.filter((n) => /^(join__|link__|_Entity$|_Any$|_Service$)/.test(n))).toEqual([]);
    expect(api.getQueryType()?.getFields()._entities).toBeUndefined();
  });
});

describe('resolveBase', () => {
  let repo: string | undefined;
  afterEach(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
    repo = undefined;
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  const commit = (sdl: string) => {
    writeFileSync(join(repo!, 'schema', 'supergraph.graphql'), sdl);
    git('add', '.');
    git('commit', '-q', '-m', 'schema');
  };
  const newRepo = () => {
    repo = mkdtempSync(join(tmpdir(), 'schema-breaking-'));
    mkdirSync(join(repo, 'schema'));
    git('init', '-q');
    return repo;
  };

  it('compares with HEAD when the fresh composition differs from it, else with HEAD~1', () => {
    const cwd = newRepo();
    commit('one');
    commit('two');
    expect(resolveBase({ cwd, fresh: 'three' })).toMatchObject({ ref: 'HEAD', sdl: 'two' });
    expect(resolveBase({ cwd, fresh: 'two' })).toMatchObject({ ref: 'HEAD~1', sdl: 'one' });
    expect(resolveBase({ cwd, fresh: 'two', explicit: 'HEAD' })).toMatchObject({ ref: 'HEAD', sdl: 'two' });
  });

  it('skips, saying why, when the composition equals HEAD and there is no HEAD~1', () => {
    const cwd = newRepo();
    commit('one');
    expect(resolveBase({ cwd, fresh: 'one' })).toEqual({
      skip: expect.stringMatching(/HEAD~1 does not exist/),
    });
  });

  it('refuses an explicit base that is no commit', () => {
    const cwd = newRepo();
    commit('one');
    expect(() => resolveBase({ cwd, fresh: 'one', explicit: 'no-such-branch' })).toThrow(/not a commit/);
    expect(() => resolveBase({ cwd, fresh: 'one', explicit: '--output=x' })).toThrow(/not a git ref/);
  });
});
