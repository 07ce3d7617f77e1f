import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { ExpiringCache } from './cache.ts';

/**
 * Who is calling: resolved by the gateway from the caller's JWT and carried to subgraphs in a short-lived
 * internal token. Subgraphs trust nothing else.
 */
export interface Actor {
  id: string;
  roles: string[];
  scopes: string[];
  /** When the caller's own token expires (ms since the epoch); a socket is closed then. */
  expiresAt?: number | undefined;
}

export const INTERNAL_ISSUER = 'oss-gateway';
export const INTERNAL_AUDIENCE = 'oss-subgraphs';
export const INTERNAL_TTL_SECONDS = 60;
/** Clock skew tolerated between the gateway and a subgraph when checking a token's lifetime. */
const SKEW_SECONDS = 5;

/** Tokens a module signs to read the graph through the gateway as itself (DESIGN decision 6). */
export const SERVICE_ISSUER = 'oss-service';
export const SERVICE_AUDIENCE = 'oss-gateway';
export const SERVICE_TTL_SECONDS = 300;

const key = (secret: string) => new TextEncoder().encode(secret);

/** Claims of every token this graph issues itself: bounded strings, a lifetime it can check. */
const issuedClaims = z.object({
  sub: z.string().min(1).max(200),
  iat: z.number().int(),
  exp: z.number().int(),
  roles: z.array(z.string().min(1).max(64)).max(20).default([]),
  scopes: z.array(z.string().min(1).max(100)).max(200),
});

/** Signs the token the gateway forwards to subgraphs (HS256, a minute by default). */
export async function signInternalToken(
  actor: Actor,
  secret: string,
  ttlSeconds = INTERNAL_TTL_SECONDS,
): Promise<string> {
  return new SignJWT({ roles: actor.roles, scopes: actor.scopes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Verified internal tokens until they expire: no HMAC per request once a caller is known. */
const verifiedInternal = new ExpiringCache<Actor>(5_000);

/**
 * Signs (or reuses, while it has more than half its life left) the internal token for an actor. The
 * request id travels in its own header, so one token serves many requests of the same caller.
 */
export function internalTokenIssuer(secret: string): (actor: Actor) => Promise<string> {
  const issued = new ExpiringCache<Promise<string>>(5_000);
  return (actor) => {
    const cacheKey = JSON.stringify([actor.id, actor.roles, actor.scopes]);
    let token = issued.get(cacheKey);
    if (!token) {
      token = signInternalToken(actor, secret);
      issued.set(cacheKey, token, Date.now() + (INTERNAL_TTL_SECONDS * 1000) / 2);
    }
    return token;
  };
}

/**
 * Verifies a token this graph signed with `secret` for `audience`; null for anything missing, expired,
 * forged, malformed, or living longer than such tokens are issued for (a token signed with a leaked
 * secret for ten years is still refused).
 */
async function verifyIssued(
  token: string,
  secret: string,
  issuer: string,
  audience: string,
  maxTtlSeconds: number,
): Promise<(Actor & { expiresAt: number }) | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer, audience, algorithms: ['HS256'] });
    const claims = issuedClaims.safeParse(payload);
    if (!claims.success) return null;
    const { sub, iat, exp, roles, scopes } = claims.data;
    if (exp - iat > maxTtlSeconds + SKEW_SECONDS || iat > Date.now() / 1000 + SKEW_SECONDS) return null;
    return { id: sub, roles, scopes, expiresAt: exp * 1000 };
  } catch {
    return null;
  }
}

/** Verifies an internal token; returns null for anything missing, expired, forged or malformed. */
export async function verifyInternalToken(
  token: string | undefined | null,
  secret: string,
): Promise<(Actor & { expiresAt: number }) | null> {
  if (!token) return null;
  const cacheKey = `${secret.length}:${token}`;
  const cached = verifiedInternal.get(cacheKey);
  if (cached) return cached as Actor & { expiresAt: number };
  const actor = await verifyIssued(token, secret, INTERNAL_ISSUER, INTERNAL_AUDIENCE, INTERNAL_TTL_SECONDS);
  if (actor) verifiedInternal.set(cacheKey, actor, actor.expiresAt);
  return actor;
}

/** Signs a module's own token for reading the graph through the gateway (five minutes). */
export async function signServiceToken(service: string, scopes: readonly string[], secret: string) {
  return new SignJWT({ scopes: [...scopes] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`service:${service}`)
    .setIssuer(SERVICE_ISSUER)
    .setAudience(SERVICE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${SERVICE_TTL_SECONDS}s`)
    .sign(key(secret));
}

/** Verifies a module's service token (signed with the internal secret); null when it is not one. */
export function verifyServiceToken(token: string, secret: string) {
  return verifyIssued(token, secret, SERVICE_ISSUER, SERVICE_AUDIENCE, SERVICE_TTL_SECONDS);
}

/**
 * `Authorization: Bearer <token>` → token. Anything that is not a string (a header given twice, an
 * object in WebSocket connection parameters) is no token.
 */
export function bearer(header: unknown): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || value.length > 8192) return undefined;
  const match = value.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
