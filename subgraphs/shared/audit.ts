import DataLoader from 'dataloader';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { bigserial, index, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Actor } from './auth.ts';
import { anyId, type Db, insertMany } from './db.ts';
import { loaderFamily } from './loaders.ts';
import type { ReadScope } from './subgraph.ts';
import { isUuid } from './validation.ts';

/**
 * The audit log of one subgraph: who changed what, when, with the entity's state before and after.
 * Rows are written in the same transaction as the change and never updated or deleted (a trigger in
 * the subgraph's migrations refuses both).
 */
export function auditTable(schema: PgSchema) {
  return schema.table(
    'audit_log',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
      actorId: text('actor_id').notNull(),
      actorRoles: text('actor_roles').array().notNull(),
      requestId: text('request_id'),
      entityType: text('entity_type').notNull(),
      entityId: uuid('entity_id').notNull(),
      action: text('action').notNull(),
      before: jsonb('before'),
      after: jsonb('after'),
    },
    (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at)],
  );
}

export type AuditTable = ReturnType<typeof auditTable>;
export type AuditRow = AuditTable['$inferSelect'];

export interface AuditWho {
  actor: Actor;
  requestId?: string | undefined;
}

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** The audit rows of many changes, in one statement (chunked for very large batches). */
export async function insertAudit(db: Db, table: AuditTable, who: AuditWho, entries: readonly AuditEntry[]) {
  const CHUNK = 5_000;
  for (let i = 0; i < entries.length; i += CHUNK) {
    await insertMany(
      db,
      table,
      entries.slice(i, i + CHUNK).map((entry) => ({
        actorId: who.actor.id,
        actorRoles: who.actor.roles,
        requestId: who.requestId ?? null,
        entityType: entry.entityType,
        entityId: entry.entityId,
        action: entry.action,
        before: entry.before ?? null,
        after: entry.after ?? null,
      })),
    );
  }
}

/** The newest `limit` audit rows of each of many entities of one type, in one statement. */
export async function auditTrailsOf(
  db: Db,
  table: AuditTable,
  entityType: string,
  entityIds: readonly string[],
  limit: number,
): Promise<AuditRow[]> {
  const ranked = db
    .select({
      ...getTableColumns(table),
      rank: sql<number>`row_number() over (partition by ${table.entityId} order by ${table.at} desc, ${table.id} desc)`.as(
        'rank',
      ),
    })
    .from(table)
    .where(and(eq(table.entityType, entityType), anyId(table.entityId, entityIds)))
    .as('ranked');
  const { rank, ...row } = ranked._.selectedFields;
  return db
    .select(row)
    .from(ranked)
    .where(sql`${rank} <= ${limit}`)
    .orderBy(row.entityId, rank) as unknown as Promise<AuditRow[]>;
}

/** Keeps a client's `limit` within 1..100. */
export const clampTrailLimit = (limit: number | null | undefined) => Math.min(Math.max(limit ?? 50, 1), 100);

/**
 * `auditTrail(limit)` of one entity type for one operation: every entity asking for the same limit is
 * answered by one statement.
 */
export function auditTrailLoader(scope: ReadScope, table: AuditTable, entityType: string) {
  const byLimit = loaderFamily(
    (limit: number) =>
      new DataLoader<string, AuditRow[]>(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await auditTrailsOf(scope.db, table, entityType, valid, limit) : [];
        const groups = new Map<string, AuditRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.entityId)?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }),
  );
  return (entityId: string, limit: number | null | undefined) =>
    byLimit(clampTrailLimit(limit)).load(entityId);
}
