import { and, desc, eq } from 'drizzle-orm';
import { bigserial, index, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Actor } from './auth.ts';
import type { Db, Tx } from './db.ts';

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

/** Appends one audit row inside the caller's transaction. */
export async function recordAudit(
  tx: Tx,
  table: AuditTable,
  who: AuditWho,
  entry: AuditEntry,
): Promise<void> {
  await tx.db.insert(table).values({
    actorId: who.actor.id,
    actorRoles: who.actor.roles,
    requestId: who.requestId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** An entity's audit trail, newest first; `limit` is kept within 1..100. */
export async function readAuditTrail(
  db: Db,
  table: AuditTable,
  entityType: string,
  entityId: string,
  limit = 50,
) {
  return db
    .select()
    .from(table)
    .where(and(eq(table.entityType, entityType), eq(table.entityId, entityId)))
    .orderBy(desc(table.at), desc(table.id))
    .limit(Math.min(Math.max(limit, 1), 100));
}
