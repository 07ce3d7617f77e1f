import { type AuditEntry, recordAudit } from '../../shared/audit.ts';
import type { Tx } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog } from '../db/tables.ts';

export interface DomainEvent {
  name: string;
  payload: object;
}

/**
 * How every catalog write ends: one audit row, and the events other modules follow, all in the write's
 * own transaction, so neither exists unless the change commits.
 */
export async function recordChange(
  ctx: CatalogContext,
  tx: Tx,
  entry: AuditEntry,
  ...events: DomainEvent[]
): Promise<void> {
  await recordAudit(tx, auditLog, ctx, entry);
  for (const event of events) await ctx.events.publish(tx, event.name, event.payload);
}
