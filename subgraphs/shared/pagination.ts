import { type AnyColumn, and, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { countRows, type Db } from './db.ts';
import { badUserInput } from './errors.ts';
import { parseIsoDate, parseIsoDateTime } from './scalars.ts';
import { isUuid } from './validation.ts';

/** Relay connection arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Resolved only when the client asks for it. */
  totalCount: () => Promise<number>;
}

/** A sort value as a cursor keeps it: a moment as its ISO text. */
export const cursorValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** A cursor is the row's position in its order: the sort value and the id, opaque to clients. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The type of an order's sort value, as a cursor carries it: each order declares it, so a forged cursor
 * is refused here (BAD_USER_INPUT) instead of reaching SQL as a value its column rejects.
 */
export type CursorType = 'text' | 'number' | 'timestamp' | 'date';

const CURSOR_VALUE: Record<CursorType, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 2_000 && !v.includes('\u0000'),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  timestamp: (v) => typeof v === 'string' && parseIsoDateTime(v) !== null,
  // `infinity` stands for an open end (a certificate valid without limit).
  date: (v) => typeof v === 'string' && (v === 'infinity' || parseIsoDate(v) !== null),
};

const badCursor = (field: string) => badUserInput(`\`${field}\` is not a valid cursor`, [field]);

/** `[value, uuid]` from a cursor string, or BAD_USER_INPUT on `field`; the value's type is checked with `type`. */
export function decodeCursor(cursor: string, field: string, type?: CursorType): [unknown, string] {
  let values: unknown;
  try {
    values = cursor.length <= 4_000 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    throw badCursor(field);
  }
  if (!Array.isArray(values) || values.length !== 2 || typeof values[1] !== 'string' || !isUuid(values[1])) {
    throw badCursor(field);
  }
  if (type ? !CURSOR_VALUE[type](values[0]) : !['string', 'number'].includes(typeof values[0])) {
    throw badCursor(field);
  }
  return [values[0], values[1]];
}

export interface Window {
  limit: number;
  backward: boolean;
  /** The cursor as the client sent it (checked for shape), and the argument it came in. */
  cursor: string | null;
  cursorField: 'after' | 'before';
}

/** Validates Relay arguments: one direction at a time, page size 0..100 (default 20), cursors well formed. */
export function parsePageArgs(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): Window {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass `first` or `last`, not both', ['first']);
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}`, [name]);
    }
  }
  if (after != null) decodeCursor(after, 'after');
  if (before != null) decodeCursor(before, 'before');
  if (last != null || (before != null && first == null)) {
    return { limit: last ?? defaultSize, backward: true, cursor: before ?? null, cursorField: 'before' };
  }
  return { limit: first ?? defaultSize, backward: false, cursor: after ?? null, cursorField: 'after' };
}

/** A list order: one column plus the id as tie-breaker, so keyset pages are stable. */
export interface KeysetOrder<Row> {
  column: AnyColumn | SQL;
  id: AnyColumn;
  descending: boolean;
  /** The type of the sort value in a cursor. */
  cursor: CursorType;
  /** The row's values for [column, id], as they go in a cursor. */
  key: (row: Row) => [unknown, unknown];
}

/** `(col, id) > (a, b)` in the direction of travel. */
export function keysetCondition<Row>(order: KeysetOrder<Row>, window: Window): SQL | undefined {
  if (!window.cursor) return undefined;
  const [value, id] = decodeCursor(window.cursor, window.cursorField, order.cursor);
  const forwardGreater = order.descending === window.backward;
  return forwardGreater
    ? sql`(${order.column}, ${order.id}) > (${value}, ${id})`
    : sql`(${order.column}, ${order.id}) < (${value}, ${id})`;
}

/** ORDER BY for the direction of travel (a backward page is read reversed, then flipped). */
export function keysetOrderBy<Row>(order: KeysetOrder<Row>, window: Window): SQL[] {
  const asc = order.descending === window.backward;
  return asc
    ? [sql`${order.column} asc`, sql`${order.id} asc`]
    : [sql`${order.column} desc`, sql`${order.id} desc`];
}

/** Builds the connection from `limit + 1` rows read in the direction of travel. */
export function toConnection<Row>(
  rows: Row[],
  window: Window,
  order: KeysetOrder<Row>,
  totalCount: () => Promise<number>,
): Connection<Row> {
  const hasMore = rows.length > window.limit;
  const page = rows.slice(0, window.limit);
  if (window.backward) page.reverse();
  const edges = page.map((node) => ({ node, cursor: encodeCursor(order.key(node)) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: window.backward ? window.cursor != null : hasMore,
      hasPreviousPage: window.backward ? hasMore : window.cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Memoises a count so asking for `totalCount` twice costs one statement. */
export function lazyCount(run: () => Promise<number>): () => Promise<number> {
  let value: Promise<number> | undefined;
  return () => {
    value ??= run();
    return value;
  };
}

export interface KeysetPageOptions<Row> {
  args: PageArgs;
  order: KeysetOrder<Row>;
  /** The list's filter; the cursor condition is added to it for reading, not for counting. */
  where: SQL | undefined;
  /** Reads rows matching `where`, in `orderBy`, at most `limit`. */
  read: (where: SQL | undefined, orderBy: SQL[], limit: number) => Promise<Row[]>;
  /** Counts the rows matching the filter; runs only when `totalCount` is asked for. */
  count: (where: SQL | undefined) => Promise<number>;
}

/**
 * One page of a list by keyset: `limit + 1` rows in the direction of travel after the cursor, then the
 * connection. One statement for the page, one more only if the client asks for `totalCount`.
 */
export async function keysetPage<Row>(opts: KeysetPageOptions<Row>): Promise<Connection<Row>> {
  const window = parsePageArgs(opts.args);
  const rows = await opts.read(
    and(opts.where, keysetCondition(opts.order, window)),
    keysetOrderBy(opts.order, window),
    window.limit + 1,
  );
  return toConnection(
    rows,
    window,
    opts.order,
    lazyCount(() => opts.count(opts.where)),
  );
}

/**
 * A page of one table's rows (or of `columns` of them): the usual list, where the filter is a WHERE on
 * that table alone. With `withCount` (the client asked for `totalCount`) the count of the filter rides in
 * the page's own statement as an uncorrelated subquery (run once, not per row): one statement instead of
 * two. An empty page after a cursor carries no count, so only then is it asked for separately.
 */
export function tablePage<Row>(
  db: Db,
  table: PgTable,
  opts: Pick<KeysetPageOptions<Row>, 'args' | 'order' | 'where'> & {
    columns?: SelectedFields;
    withCount?: boolean;
  },
): Promise<Connection<Row>> {
  const count = (where: SQL | undefined) => countRows(db, table, where);
  if (!opts.withCount) {
    return keysetPage<Row>({
      ...opts,
      read: async (where, orderBy, limit) =>
        (await (opts.columns ? db.select(opts.columns) : db.select())
          .from(table)
          .where(where)
          .orderBy(...orderBy)
          .limit(limit)) as Row[],
      count,
    });
  }
  let counted: number | undefined;
  return keysetPage<Row>({
    ...opts,
    read: async (where, orderBy, limit) => {
      const total = sql<number>`(select count(*) from ${table} where ${opts.where ?? sql`true`})`.mapWith(
        Number,
      );
      const rows = (await db
        .select({ ...(opts.columns ?? getTableColumns(table)), [PAGE_TOTAL]: total })
        .from(table)
        .where(where)
        .orderBy(...orderBy)
        .limit(limit)) as (Row & { [PAGE_TOTAL]?: number })[];
      counted = rows[0]?.[PAGE_TOTAL] ?? (parsePageArgs(opts.args).cursor ? undefined : 0);
      return rows.map(({ [PAGE_TOTAL]: _, ...row }) => row as Row);
    },
    count: (where) => (counted === undefined ? count(where) : Promise.resolve(counted)),
  });
}

const PAGE_TOTAL = '__pageTotal';

/**
 * Whether the connection field being resolved selects `totalCount`, directly or through fragments (a
 * field under `@skip` or `@include` counts as selected: counting when not needed is only waste).
 */
export function selectsTotalCount(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const selects = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) =>
      s.kind === 'Field'
        ? s.name.value === 'totalCount'
        : s.kind === 'InlineFragment'
          ? selects(s.selectionSet)
          : selects(info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}
