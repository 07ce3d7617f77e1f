/**
 * The kit's conformance suite, run by every module's tests for every entity it owns or extends and every
 * write it offers (NetBox's generic test cases are the model): what a module must do for the graph to
 * hold together, checked the same way everywhere.
 *
 * - `_entities` answers representations in order, null for unknown and malformed ids, in one statement,
 *   and FORBIDDEN to a caller without the scope;
 * - a list walks forward and backward to the same rows, and `totalCount` agrees;
 * - a write leaves exactly one audit row and one event of each name it promises;
 * - a creating verb replays its first result for the same key and input, and refuses the same key with
 *   other input, writing nothing;
 * - a fault reaches the client masked.
 *
 * Test-only: it declares vitest tests. Call it inside a module's test file with that file's harness.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './db.ts';
import { DomainError, ErrorCode } from './errors.ts';
import type { RequestContext } from './subgraph.ts';
import type { Verb } from './verb.ts';

/** What the conformance suite needs of a module's test harness (see `useServiceHarness`). */
export interface ConformanceHarness<C extends RequestContext<unknown>> {
  url: string;
  database: Database;
  context(role?: string): C;
  execute(
    query: string,
    variables?: Record<string, unknown>,
    as?: C | string,
  ): Promise<{
    data?: Record<string, unknown> | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  }>;
}

export interface EntityCase<C> {
  typename: string;
  /** Creates one entity; its id. */
  create(ctx: C): Promise<string>;
  /** The entity's own fields to select (one table: answered in one statement), e.g. `id sku`. */
  selection: string;
}

export interface ListCase<C> {
  /** A root list field returning a Relay connection, e.g. `catalogItems`. */
  field: string;
  /** Extra arguments, e.g. `filter: { kind: GOODS }`. */
  args?: string;
  /** Makes sure the list has at least `n` rows. */
  fill(ctx: C, n: number): Promise<void>;
}

export interface WriteCase<C> {
  /** The mutation (or verb) name, for the test's title. */
  name: string;
  /**
   * Sets up what the write needs (not counted), and returns the write itself: done once, it answers the
   * id of the entity its audit row is about.
   */
  arrange(ctx: C): Promise<() => Promise<string>>;
  audit: { entityType: string; action: string };
  /** Names of the events the write publishes, one of each. */
  events: readonly string[];
}

export interface CreatingVerbCase<C> {
  name: string;
  verb: Verb<C, unknown>;
  /** A fresh valid input (without an idempotency key). */
  input(ctx: C): Promise<Record<string, unknown>>;
  /** The created entity's id in the verb's result. */
  id(result: unknown): string;
  /** Counts the rows a create writes (e.g. items with this SKU), to prove a replay writes none. */
  rows(input: Record<string, unknown>): Promise<number>;
}

export interface ConformanceSpec<C> {
  /** The schema-qualified audit table, e.g. `catalog.audit_log`. */
  auditTable: string;
  /** The scope every entity of the module needs, e.g. `catalog:read`. */
  readScope: string;
  entities: readonly EntityCase<C>[];
  lists: readonly ListCase<C>[];
  writes: readonly WriteCase<C>[];
  creating: readonly CreatingVerbCase<C>[];
}

const ENTITIES = (typename: string, selection: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`;

/** Connections and entity lists of an answer, as the checks read them. */
type Answer = Record<
  string,
  {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { node: { id: string } }[];
  }
> & { _entities: ({ id?: string } | null)[] };

const data = (res: { data?: Record<string, unknown> | null }) => res.data as unknown as Answer;

export function describeConformance<C extends RequestContext<unknown>>(
  h: ConformanceHarness<C>,
  spec: ConformanceSpec<C>,
): void {
  const stranger = () => Object.assign(h.context(), { actor: { id: 'stranger', roles: [], scopes: [] } });
  const auditCount = async () =>
    Number((await h.database.sql.unsafe(`select count(*)::int as n from ${spec.auditTable}`))[0]?.n ?? 0);
  const jobs = async (name: string) =>
    Number((await h.database.sql`select count(*)::int as n from pgboss.job where name = ${name}`)[0]?.n ?? 0);

  describe('conformance', () => {
    for (const entity of spec.entities) {
      describe(`_entities of ${entity.typename}`, () => {
        it('answers in order, null for unknown and malformed ids, in one statement', async () => {
          const ctx = h.context();
          const ids = [await entity.create(ctx), await entity.create(ctx), await entity.create(ctx)];
          const asked = [ids[2], randomUUID(), ids[0], 'not-an-id', ids[1]];
          const before = h.database.stats.statements;
          const res = await h.execute(ENTITIES(entity.typename, entity.selection), {
            r: asked.map((id) => ({ __typename: entity.typename, id })),
          });
          const statements = h.database.stats.statements - before;
          expect(res.errors).toBeUndefined();
          expect(data(res)._entities.map((e: { id?: string } | null) => e?.id ?? null)).toEqual([
            ids[2],
            null,
            ids[0],
            null,
            ids[1],
          ]);
          expect(statements).toBe(1);
        });

        it(`is FORBIDDEN without ${spec.readScope}`, async () => {
          const id = await entity.create(h.context());
          const res = await h.execute(
            ENTITIES(entity.typename, entity.selection),
            { r: [{ __typename: entity.typename, id }] },
            stranger(),
          );
          expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
          expect(JSON.stringify(res.data ?? null)).not.toContain(id);
        });
      });
    }

    for (const list of spec.lists) {
      it(`walks ${list.field} forward and backward to the same rows`, async () => {
        const ctx = h.context();
        await list.fill(ctx, 7);
        const args = list.args ? `, ${list.args}` : '';
        const page = `query($first: Int, $after: String, $last: Int, $before: String) {
          ${list.field}(first: $first, after: $after, last: $last, before: $before${args}) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
        const forward: string[] = [];
        let after: string | null = null;
        let total = -1;
        for (let i = 0; i < 1000; i++) {
          const res = await h.execute(page, { first: 3, after });
          expect(res.errors).toBeUndefined();
          const connection = data(res)[list.field]!;
          total = connection.totalCount;
          forward.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        const backward: string[] = [];
        let before: string | null = null;
        for (let i = 0; i < 1000; i++) {
          const res = await h.execute(page, { last: 3, before });
          expect(res.errors).toBeUndefined();
          const connection = data(res)[list.field]!;
          backward.unshift(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
          if (!connection.pageInfo.hasPreviousPage) break;
          before = connection.pageInfo.startCursor;
        }
        expect(forward.length).toBeGreaterThanOrEqual(7);
        expect(new Set(forward).size).toBe(forward.length);
        expect(backward).toEqual(forward);
        expect(total).toBe(forward.length);
      });
    }

    for (const write of spec.writes) {
      it(`${write.name} leaves exactly one audit row and one event of each name it publishes`, async () => {
        const act = await write.arrange(h.context());
        const before = await auditCount();
        const events = await Promise.all(write.events.map(jobs));
        const id = await act();
        expect(await auditCount()).toBe(before + 1);
        const [last] = await h.database.sql.unsafe(
          `select entity_type, entity_id, action from ${spec.auditTable} order by id desc limit 1`,
        );
        expect(last).toEqual({
          entity_type: write.audit.entityType,
          entity_id: id,
          action: write.audit.action,
        });
        const after = await Promise.all(write.events.map(jobs));
        expect(after.map((n, i) => n - (events[i] ?? 0))).toEqual(write.events.map(() => 1));
      });
    }

    for (const creating of spec.creating) {
      describe(`${creating.name} with an idempotency key`, () => {
        it('replays the first result for the same key and input, writing nothing more', async () => {
          const ctx = h.context();
          const input = { ...(await creating.input(ctx)), idempotencyKey: randomUUID() };
          const first = await creating.verb(ctx, input);
          const id = creating.id(first);
          const audit = await auditCount();
          const second = await creating.verb(h.context(), input);
          expect(creating.id(second)).toBe(id);
          expect(await creating.rows(input)).toBe(1);
          expect(await auditCount()).toBe(audit);
        });

        it('refuses the same key with other input as IDEMPOTENCY_KEY_REUSED, writing nothing', async () => {
          const ctx = h.context();
          const key = randomUUID();
          await creating.verb(ctx, { ...(await creating.input(ctx)), idempotencyKey: key });
          const other = { ...(await creating.input(ctx)), idempotencyKey: key };
          const refusal = await creating.verb(ctx, other).then(
            () => null,
            (error: unknown) => error,
          );
          expect(refusal).toBeInstanceOf(DomainError);
          expect((refusal as DomainError).errors.map((e) => [e.code, e.field])).toEqual([
            [ErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey']],
          ]);
          expect(await creating.rows(other)).toBe(0);
        });
      });
    }

    it('masks a fault: the client gets a generic message and the request id, no internals', async () => {
      // A context whose pool points at a database that does not exist: every statement fails.
      const broken = createDatabase({
        url: h.url.replace(/\/[^/]+$/, `/missing_${randomUUID().slice(0, 8)}`),
        max: 1,
      });
      try {
        const ctx = Object.assign(h.context(), { database: broken });
        const entity = spec.entities[0];
        if (!entity) return;
        const res = await h.execute(
          ENTITIES(entity.typename, entity.selection),
          { r: [{ __typename: entity.typename, id: randomUUID() }] },
          ctx,
        );
        const text = JSON.stringify(res);
        expect(res.errors?.[0]?.message).toBe('Internal server error');
        expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(res.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
        expect(text).not.toMatch(/missing_|database|postgres|ECONNREFUSED|\bat .+:\d+:\d+/i);
      } finally {
        await broken.close();
      }
    });
  });
}
