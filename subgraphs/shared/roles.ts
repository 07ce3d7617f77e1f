/**
 * Roles and the scopes they grant. Scopes are what the SDL's `@requiresScopes` names; a token carries
 * roles, the gateway turns them into scopes for the internal token.
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

export const MODULES = [
  'subscribers',
  'catalog',
  'warehouse',
  'inventory',
  'assets',
  'monitoring',
  'support',
] as const;

const read = (...modules: string[]) => modules.map((m) => `${m}:read`);
const write = (...modules: string[]) => modules.map((m) => `${m}:write`);
const allRead = read(...MODULES);

export const ROLE_SCOPES: Record<Role, readonly string[]> = {
  ADMIN: [...allRead, ...write(...MODULES), 'admin'],
  NOC_ENGINEER: [...allRead, ...write('monitoring', 'assets', 'support')],
  DISPATCHER: [...allRead, ...write('support')],
  TECHNICIAN: [...allRead, ...write('support', 'assets')],
  WAREHOUSE_KEEPER: [...allRead, ...write('warehouse', 'inventory', 'assets')],
  CUSTOMER_CARE: [...allRead, ...write('subscribers', 'support')],
  CATALOG_MANAGER: [...allRead, ...write('catalog')],
  PARTNER: read('catalog', 'assets', 'monitoring', 'subscribers'),
};

export function scopesForRoles(roles: readonly string[]): string[] {
  const scopes = new Set<string>();
  for (const role of roles) for (const s of ROLE_SCOPES[role as Role] ?? []) scopes.add(s);
  return [...scopes].sort();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
