/** Rules of catalog items and categories that need no database. */
import { DomainError, userError } from '../../shared/errors.ts';
import { CatalogErrorCode } from './errors.ts';
import { normalizeOid } from './oid.ts';
import { type EquipmentSupply, ITEM_TRANSITIONS, type ItemKind, type ItemStatus } from './values.ts';

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

/** Where a new item's life starts: a draft (the default) or active at once; never discontinued. */
export function initialStatus(
  status: ItemStatus | null | undefined,
  field: (string | number)[] = ['input', 'status'],
): ItemStatus {
  const start = status ?? 'DRAFT';
  if (start === 'DISCONTINUED') {
    throw new DomainError(
      userError(CatalogErrorCode.INVALID_TRANSITION, 'A new item starts as DRAFT or ACTIVE', field),
    );
  }
  return start;
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

/** Keywords as kept: trimmed, inner spaces collapsed, each once whatever its letter case, in given order. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const k of keywords) {
    const word = k.trim().replace(/\s+/g, ' ');
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    clean.push(word);
  }
  return clean;
}

/** What an equipment model says about its units; null on every other kind. */
export interface EquipmentFields {
  trackedBySerial: boolean | null;
  trackedByMac: boolean | null;
  warrantyMonths: number | null;
  supply: EquipmentSupply | null;
  snmpSysObjectId: string | null;
}

/** The equipment fields of a write: a field left out (undefined) keeps its value; null clears it. */
export type EquipmentInput = { [K in keyof EquipmentFields]?: EquipmentFields[K] | undefined };

const EQUIPMENT_KEYS = [
  'trackedBySerial',
  'trackedByMac',
  'warrantyMonths',
  'supply',
  'snmpSysObjectId',
] as const satisfies readonly (keyof EquipmentFields)[];

/**
 * The equipment fields an item keeps after a write. Only an equipment model has them: any given to
 * another kind is refused (EQUIPMENT_ONLY on its field). A new model is tracked by serial unless told
 * otherwise and by MAC only when told; tracking flags are never cleared, only set. A sysObjectID must be
 * an OID (INVALID_OID) and is kept in canonical form. `before` is the item's current fields (an update).
 */
export function equipmentFields(
  kind: ItemKind,
  input: EquipmentInput,
  before: EquipmentFields | null,
  field: (key: string) => (string | number)[] = (key) => ['input', key],
): EquipmentFields {
  if (kind !== 'EQUIPMENT_MODEL') {
    const given = EQUIPMENT_KEYS.filter((k) => input[k] !== undefined && input[k] !== null);
    if (given.length) {
      throw new DomainError(
        given.map((k) =>
          userError(CatalogErrorCode.EQUIPMENT_ONLY, `Only an equipment model has ${k}`, field(k)),
        ),
      );
    }
    return {
      trackedBySerial: null,
      trackedByMac: null,
      warrantyMonths: null,
      supply: null,
      snmpSysObjectId: null,
    };
  }
  const keep = <K extends keyof EquipmentFields>(k: K): EquipmentFields[K] | null =>
    input[k] === undefined ? (before?.[k] ?? null) : (input[k] ?? null);
  let oid = keep('snmpSysObjectId');
  if (oid !== null && input.snmpSysObjectId != null) {
    const canonical = normalizeOid(oid);
    if (!canonical) {
      throw new DomainError(
        userError(
          CatalogErrorCode.INVALID_OID,
          `"${oid}" is not an OID: numbers joined by dots, e.g. 1.3.6.1.4.1.2011.2.248`,
          field('snmpSysObjectId'),
        ),
      );
    }
    oid = canonical;
  }
  return {
    trackedBySerial: input.trackedBySerial ?? before?.trackedBySerial ?? true,
    trackedByMac: input.trackedByMac ?? before?.trackedByMac ?? false,
    warrantyMonths: keep('warrantyMonths'),
    supply: keep('supply'),
    snmpSysObjectId: oid,
  };
}
