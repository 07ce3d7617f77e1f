/**
 * Roles and the scopes they grant. Scopes are what the SDL's `@requiresScopes` names; a token carries
 * roles, the gateway turns them into scopes for the internal token. Each module declares in its manifest
 * which roles read it, write it and see its personal data; the scopes follow from that.
 */
export const ROLES = [
  'ADMIN',
  'NOC_ENGINEER',
  'DISPATCHER',
  'TECHNICIAN',
  'WAREHOUSE_KEEPER',
  'CUSTOMER_CARE',
  'CATALOG_MANAGER',
  'PARTNER',
] as const;
export type Role = (typeof ROLES)[number];

/** Every role of the operator's own staff: all but partners' machine clients. */
export const STAFF: readonly Role[] = ROLES.filter((r) => r !== 'PARTNER');

/** Who may do what with one module; ADMIN may do everything in every module. */
export interface ModuleAccess {
  /** `<module>:read` */
  read: readonly Role[];
  /** `<module>:write` (also reads the module's audit trails) */
  write: readonly Role[];
  /** `<module>:pii`: personal data (names, documents, contacts) */
  pii?: readonly Role[];
  /** Narrower scopes of the module, `<module>:<name>`, e.g. `warehouse:van` for a technician's own van. */
  extra?: Readonly<Record<string, readonly Role[]>>;
}

/** Reads every module's audit trail (ADMIN); a module's writers read its own. */
export const AUDIT_READ = 'audit:read';

/** The scopes a set of roles holds, given the modules of the graph. Sorted, without duplicates. */
export function scopesFor(
  roles: readonly string[],
  modules: readonly { name: string; access: ModuleAccess }[],
) {
  const scopes = new Set<string>();
  const admin = roles.includes('ADMIN');
  if (admin) {
    scopes.add('admin');
    scopes.add(AUDIT_READ);
  }
  for (const { name, access } of modules) {
    const has = (list: readonly Role[] | undefined) => admin || (list ?? []).some((r) => roles.includes(r));
    if (has(access.read) || has(access.write)) scopes.add(`${name}:read`);
    if (has(access.write)) scopes.add(`${name}:write`);
    if (has(access.pii)) scopes.add(`${name}:pii`);
    for (const [scope, roles] of Object.entries(access.extra ?? {})) {
      if (has(roles)) scopes.add(`${name}:${scope}`);
    }
  }
  return [...scopes].sort();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
