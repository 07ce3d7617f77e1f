import { type AuditEntry, type AuditTable, auditInsert, insertAudit } from './audit.ts';
import type { Fragment, Tx } from './db.ts';
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
  /**
   * The same rows as inserts for the change's own last statement (parts of `inOneStatement`), so the
   * change, its audit rows and its events cost one round trip. `after` is merged into each audit row's
   * `after` (see `auditInsert`). An event pg-boss cannot insert from inside a WITH is published here,
   * with a statement of its own.
   */
  parts(
    ctx: RequestContext<unknown>,
    tx: Tx,
    entries: readonly AuditEntry[],
    events: readonly DomainEvent[],
    after?: Fragment,
  ): Promise<Fragment[]>;
}

const byName = (events: readonly DomainEvent[]) => {
  const groups = new Map<string, object[]>();
  for (const event of events) {
    const list = groups.get(event.name) ?? [];
    list.push(event.payload);
    groups.set(event.name, list);
  }
  return groups;
};

export function createChangeRecorder(auditLog: AuditTable): ChangeRecorder {
  const many: ChangeRecorder['many'] = async (ctx, tx, entries, events) => {
    await insertAudit(tx.db, auditLog, ctx, entries);
    for (const [name, payloads] of byName(events)) await ctx.events.publishMany(tx, name, payloads);
  };
  const parts: ChangeRecorder['parts'] = async (ctx, tx, entries, events, after) => {
    const list = entries.length ? [auditInsert(tx, auditLog, ctx, entries, after)] : [];
    for (const [name, payloads] of byName(events)) {
      const part = await ctx.events.insertFragment(tx, name, payloads);
      if (part) list.push(part.insert);
      else await ctx.events.publishMany(tx, name, payloads);
    }
    return list;
  };
  const record = (async (ctx, tx, entry, ...events) => many(ctx, tx, [entry], events)) as ChangeRecorder;
  record.many = many;
  record.parts = parts;
  return record;
}
