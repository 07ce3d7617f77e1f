/**
 * A unit's SNMP credentials: the secret part (community, passphrases) sealed with the configured key and
 * bound to the unit's id, the rest (version, user, level, protocols) in plain columns. Nothing here is
 * logged; errors name no secret.
 */
import type { Sealer } from '../../shared/secrets.ts';
import type { SnmpCredentials } from '../snmp/types.ts';

interface Secret {
  community?: string;
  authKey?: string;
  privKey?: string;
}

export interface StoredCredentials {
  equipment_id: string;
  version: string;
  user: string | null;
  security_level: string | null;
  auth_protocol: string | null;
  priv_protocol: string | null;
  secret: Buffer | Uint8Array | null;
}

/** Seals the secret part for the unit. */
export const sealSecret = (sealer: Sealer, equipmentId: string, secret: Secret): Buffer =>
  sealer.seal(JSON.stringify(secret), `monitoring.targets:${equipmentId}`);

/** Opens the secret part (throws SecretOpenError with the wrong key or a value moved from another unit). */
export const openSecret = (sealer: Sealer, equipmentId: string, sealed: Uint8Array): Secret =>
  JSON.parse(sealer.open(sealed, `monitoring.targets:${equipmentId}`)) as Secret;

const LEVELS: Record<string, 'noAuthNoPriv' | 'authNoPriv' | 'authPriv'> = {
  NO_AUTH_NO_PRIV: 'noAuthNoPriv',
  AUTH_NO_PRIV: 'authNoPriv',
  AUTH_PRIV: 'authPriv',
};

/** The credentials the poller uses, from a stored row. */
export function credentialsOf(sealer: Sealer, row: StoredCredentials): SnmpCredentials {
  const secret = row.secret ? openSecret(sealer, row.equipment_id, row.secret) : {};
  if (row.version === 'V2C') return { version: '2c', community: secret.community ?? '' };
  const level = LEVELS[row.security_level ?? 'NO_AUTH_NO_PRIV'] ?? 'noAuthNoPriv';
  return {
    version: '3',
    user: row.user ?? '',
    level,
    ...(level !== 'noAuthNoPriv'
      ? { authProtocol: row.auth_protocol === 'SHA256' ? 'SHA-256' : 'SHA', authKey: secret.authKey ?? '' }
      : {}),
    ...(level === 'authPriv' ? { privProtocol: 'AES', privKey: secret.privKey ?? '' } : {}),
  } as SnmpCredentials;
}
