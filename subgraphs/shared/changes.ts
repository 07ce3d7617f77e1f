import { type AuditEntry, type AuditTable, insertAudit } from './audit.ts';
import type { Tx } from './db.ts';
import type { RequestContext } from './subgraph.ts';

/** A domain event another module follows (`catalog.item.changed`, …) and what it carries. */
export interface DomainEvent {
  name: string;
  payload: object;
}

/**
 * How every write ends: its audit rows, and the events other modules follow, all in the write's own
 * transaction, so neither exists unless the change commits. One change is one audit row; a batch
 * (an import) writes all its rows and events with a few statements.
 */
export interface ChangeRecorder {
  (ctx: RequestContext<unknown>, tx: Tx, entry: AuditEntry, ...events: DomainEvent[]): Promise<void>;
  /** Many changes at once: one audit row per entry, the events grouped by name. */
  many(
    ctx: RequestContext<unknown>,
    tx: Tx,
    entries: readonly AuditEntry[],
    events: readonly DomainEvent[],
  ): Promise<void>;
}

export function createChangeRecorder(auditLog: AuditTable): ChangeRecorder {
  const many: ChangeRecorder['many'] = async (ctx, tx, entries, events) => {
    await insertAudit(tx.db, auditLog, ctx, entries);
    const byName = new Map<string, object[]>();
    for (const event of events) {
      const list = byName.get(event.name) ?? [];
      list.push(event.payload);
      byName.set(event.name, list);
    }
    for (const [name, payloads] of byName) await ctx.events.publishMany(tx, name, payloads);
  };
  const record = (async (ctx, tx, entry, ...events) => many(ctx, tx, [entry], events)) as ChangeRecorder;
  record.many = many;
  return record;
}
