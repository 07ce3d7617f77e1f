import { jwtVerify, SignJWT } from 'jose';
import { ExpiringCache } from './cache.ts';

/**
 * Who is calling: resolved by the gateway from the caller's JWT and carried to subgraphs in a short-lived
 * internal token. Subgraphs trust nothing else.
 */
export interface Actor {
  id: string;
  roles: string[];
  scopes: string[];
}

export const INTERNAL_ISSUER = 'oss-gateway';
export const INTERNAL_AUDIENCE = 'oss-subgraphs';
const INTERNAL_TTL_SECONDS = 60;

const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs the token the gateway forwards to subgraphs (HS256, one minute). */
export async function signInternalToken(actor: Actor, secret: string): Promise<string> {
  return new SignJWT({ roles: actor.roles, scopes: actor.scopes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(key(secret));
}

/** Verified internal tokens until they expire: no HMAC per request once a caller is known. */
const verifiedInternal = new ExpiringCache<Actor>();

/**
 * Signs (or reuses, while it has more than half its life left) the internal token for an actor. The
 * request id travels in its own header, so one token serves many requests of the same caller.
 */
export function internalTokenIssuer(secret: string): (actor: Actor) => Promise<string> {
  const issued = new ExpiringCache<Promise<string>>(5_000);
  return (actor) => {
    const key = JSON.stringify([actor.id, actor.roles, actor.scopes]);
    let token = issued.get(key);
    if (!token) {
      token = signInternalToken(actor, secret);
      issued.set(key, token, Date.now() + (INTERNAL_TTL_SECONDS * 1000) / 2);
    }
    return token;
  };
}

/** Verifies an internal token; returns null for anything missing, expired, forged or malformed. */
export async function verifyInternalToken(
  token: string | undefined | null,
  secret: string,
): Promise<Actor | null> {
  if (!token) return null;
  const cached = verifiedInternal.get(`${secret.length}:${token}`);
  if (cached) return cached;
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string') return null;
    const actor = {
      id: payload.sub,
      roles: Array.isArray(payload.roles) ? payload.roles.map(String) : [],
      scopes: Array.isArray(payload.scopes) ? payload.scopes.map(String) : [],
    };
    verifiedInternal.set(`${secret.length}:${token}`, actor, (payload.exp ?? 0) * 1000);
    return actor;
  } catch {
    return null;
  }
}

/** `Authorization: Bearer <token>` → token. */
export function bearer(header: string | string[] | undefined | null): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
