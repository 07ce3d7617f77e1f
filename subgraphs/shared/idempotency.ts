import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { jsonb, type PgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Tx } from './db.ts';
import { DomainError, ErrorCode, userError } from './errors.ts';

/**
 * Idempotency keys of one subgraph: the first result of a creating or posting mutation, stored under
 * (actor, operation, key) with a hash of its input, so a retried request replays that result.
 */
export function idempotencyTable(schema: PgSchema) {
  return schema.table(
    'idempotency_keys',
    {
      actorId: text('actor_id').notNull(),
      operation: text('operation').notNull(),
      key: text('key').notNull(),
      requestHash: text('request_hash').notNull(),
      result: jsonb('result'),
      createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ name: 'idempotency_keys_pk', columns: [t.actorId, t.operation, t.key] })],
  );
}

export type IdempotencyTable = ReturnType<typeof idempotencyTable>;

/** Stable JSON: object keys sorted, so the same input always hashes the same. */
export function stableHash(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, canonical(x)]),
      );
    }
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}

export interface IdempotencyRequest {
  actorId: string;
  operation: string;
  key: string | null | undefined;
  input: unknown;
}

/**
 * Runs `fn` once per key, inside the caller's transaction. The key row is claimed first: a concurrent
 * retry with the same key blocks on it until the first commits, then replays its result. The same key
 * with other input is refused. Without a key, `fn` simply runs.
 */
export async function idempotent<T>(
  tx: Tx,
  table: IdempotencyTable,
  req: IdempotencyRequest,
  fn: () => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  if (!req.key) return { value: await fn(), replayed: false };
  const hash = stableHash(req.input);
  const claimed = await tx.db
    .insert(table)
    .values({ actorId: req.actorId, operation: req.operation, key: req.key, requestHash: hash })
    .onConflictDoNothing()
    .returning({ key: table.key });
  if (claimed.length === 0) {
    const [existing] = await tx.db
      .select()
      .from(table)
      .where(and(eq(table.actorId, req.actorId), eq(table.operation, req.operation), eq(table.key, req.key)));
    if (!existing || existing.requestHash !== hash) {
      throw new DomainError(
        userError(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          'This idempotency key was already used with different input',
          ['input', 'idempotencyKey'],
        ),
      );
    }
    return { value: existing.result as T, replayed: true };
  }
  const value = await fn();
  await tx.db
    .update(table)
    .set({ result: JSON.parse(JSON.stringify(value)) })
    .where(and(eq(table.actorId, req.actorId), eq(table.operation, req.operation), eq(table.key, req.key)));
  return { value, replayed: false };
}
