import { anyId, type Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { items } from '../db/tables.ts';

/** The items a certificate covers must exist; each unknown one is reported at its place in the list. */
export async function checkCoveredItems(tx: Tx, itemIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(itemIds)];
  const found = await tx.db.select({ id: items.id }).from(items).where(anyId(items.id, unique));
  const known = new Set(found.map((f) => f.id));
  const errors = itemIds
    .map((id, i) =>
      known.has(id) ? null : userError(ErrorCode.NOT_FOUND, 'No such item', ['input', 'itemIds', i]),
    )
    .filter((e) => e !== null);
  if (errors.length) throw new DomainError(errors);
  return unique;
}
