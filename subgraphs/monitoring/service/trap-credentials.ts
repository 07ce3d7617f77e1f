/**
 * The communities and v3 users traps are accepted with: those of the monitored units (a trap is sent
 * with the unit's own credentials).
 */
import type { Database } from '../../shared/db.ts';
import type { Sealer } from '../../shared/secrets.ts';
import { credentialsOf, type StoredCredentials } from './credentials.ts';

export async function trapCredentials(database: Database, sealer: Sealer) {
  const rows = await database.sql<StoredCredentials[]>`
    select equipment_id, version, "user", security_level, auth_protocol, priv_protocol, secret
    from monitoring.targets where enabled`;
  const communities = new Set<string>();
  const users = new Map<string, Extract<ReturnType<typeof credentialsOf>, { version: '3' }>>();
  for (const row of rows) {
    try {
      const c = credentialsOf(sealer, row);
      if (c.version === '2c') communities.add(c.community);
      else users.set(c.user, c);
    } catch {
      // A secret that does not open is reported by the poller for its unit.
    }
  }
  return {
    communities: [...communities],
    users: [...users.values()].map(({ version: _, ...u }) => u),
  };
}
