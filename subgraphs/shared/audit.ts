import DataLoader from 'dataloader';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import {
  bigserial,
  getTableConfig,
  index,
  jsonb,
  type PgSchema,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Actor } from './auth.ts';
import { anyId, type Db, type Fragment, insertMany, type Tx } from './db.ts';
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

const names = new WeakMap<AuditTable, string>();
/** `"schema"."audit_log"`, worked out once per table (Drizzle's table config is rebuilt on every call). */
function qualifiedName(table: AuditTable): string {
  let name = names.get(table);
  if (!name) {
    const config = getTableConfig(table);
    name = `"${config.schema ?? 'public'}"."${config.name}"`;
    names.set(table, name);
  }
  return name;
}

/**
 * The audit rows of `entries` as an INSERT to send inside the caller's own statement (a part of
 * `inOneStatement`, or a CTE of its own): a change and its audit row in one round trip. `after`, a
 * jsonb expression, is merged into each entry's `after`: values only that statement makes, such as a
 * number it takes.
 */
export function auditInsert(
  tx: Tx,
  table: AuditTable,
  who: AuditWho,
  entries: readonly AuditEntry[],
  after?: Fragment,
): Fragment {
  const rows = entries.map((entry) => ({
    actor_id: who.actor.id,
    actor_roles: who.actor.roles,
    request_id: who.requestId ?? null,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  }));
  const sql = tx.sql;
  return sql`
    insert into ${sql.unsafe(qualifiedName(table))}
      (actor_id, actor_roles, request_id, entity_type, entity_id, action, before, after)
    select actor_id, actor_roles, request_id, entity_type, entity_id, action, before,
      ${after ? sql`coalesce(v.after, '{}'::jsonb) || ${after}` : sql`v.after`}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(actor_id text, actor_roles text[],
      request_id text, entity_type text, entity_id uuid, action text, before jsonb, after jsonb)`;
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

/**
 * Audited reads of personal data: each `record(entityId, fields, reason)` of one operation is written as
 * an audit row (`action: 'read-personal-data'`, `after: { fields, reason }`) with who read it, all of an
 * operation's reads in one statement. A read is answered only once its row is written.
 */
export function personalDataReads(
  scope: ReadScope & AuditWho & { database: { db: Db } },
  table: AuditTable,
  entityType: string,
) {
  const loader = new DataLoader<string, true>(async (keys) => {
    await insertAudit(
      scope.database.db,
      table,
      scope,
      keys.map((key) => {
        const { entityId, fields, reason } = JSON.parse(key) as {
          entityId: string;
          fields: string[];
          reason: string;
        };
        return { entityType, entityId, action: 'read-personal-data', after: { fields, reason } };
      }),
    );
    return keys.map(() => true as const);
  });
  return (entityId: string, fields: readonly string[], reason: string) =>
    loader.load(JSON.stringify({ entityId, fields, reason }));
}
