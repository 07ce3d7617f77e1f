/** Rules of catalog items and categories that need no database. */
import { DomainError, userError } from '../../shared/errors.ts';
import { CatalogErrorCode } from './errors.ts';
import { ITEM_TRANSITIONS, type ItemKind, type ItemStatus } from './values.ts';

/** Ids on a category's path, root first, the category itself last. */
export const pathIds = (category: { path: string }) => category.path.split('/').filter(Boolean);

/** Refuses a status change the item lifecycle does not allow (staying put is no change). */
export function checkTransition(
  from: ItemStatus,
  to: ItemStatus,
  field: (string | number)[] = ['input', 'id'],
): void {
  if (from === to || ITEM_TRANSITIONS[from].includes(to)) return;
  throw new DomainError(
    userError(CatalogErrorCode.INVALID_TRANSITION, `An item cannot go from ${from} to ${to}`, field),
  );
}

/** A service needs a service type; nothing else may have one. */
export function checkServiceType(
  kind: ItemKind,
  serviceType: string | null | undefined,
  field: (string | number)[] = ['input', 'serviceType'],
): string | null {
  if (kind === 'SERVICE' && !serviceType) {
    throw new DomainError(
      userError(CatalogErrorCode.SERVICE_TYPE_REQUIRED, 'A service is ONE_TIME or RECURRING', field),
    );
  }
  if (kind !== 'SERVICE' && serviceType) {
    throw new DomainError(
      userError(CatalogErrorCode.SERVICE_TYPE_NOT_ALLOWED, 'Only services have a service type', field),
    );
  }
  return serviceType ?? null;
}

const PATH_SEPARATOR = ' / ';

/** A category path as people type it ("оборудование/ont"), for matching: trimmed, lower case, ' / '. */
export const normaliseCategoryPath = (path: string) =>
  path
    .split('/')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .join(PATH_SEPARATOR);

/** "Root / Child / Leaf" for every category, from the flat list. */
export function categoryPaths(
  rows: readonly { id: string; name: string; path: string }[],
): Map<string, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  for (const row of rows) {
    paths.set(
      row.id,
      pathIds(row)
        .map((id) => byId.get(id)?.name ?? '?')
        .join(PATH_SEPARATOR),
    );
  }
  return paths;
}
