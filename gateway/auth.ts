import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import type { Actor } from '../subgraphs/shared/auth.ts';
import { ExpiringCache } from '../subgraphs/shared/cache.ts';
import { isRole, scopesForRoles } from '../subgraphs/shared/roles.ts';
import type { GatewayConfig } from './config.ts';

export const USER_TOKEN_ISSUER = 'oss-graph-dev';

export type UserVerifier = (token: string) => Promise<Actor | null>;

function actorFrom(payload: JWTPayload): Actor | null {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) return null;
  const claimed = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
  const roles = claimed.filter(isRole);
  return { id: payload.sub, roles, scopes: scopesForRoles(roles) };
}

/**
 * Verifies callers' JWTs: HS256 with a shared secret in development, keys from a JWKS URL in production.
 * The token's `roles` claim decides the scopes.
 */
export function createUserVerifier(jwt: GatewayConfig['jwt']): UserVerifier {
  const jwks: JWTVerifyGetKey | null = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : null;
  const secret = new TextEncoder().encode(jwt.secret);
  const options = {
    ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
    ...(jwt.audience ? { audience: jwt.audience } : {}),
  };
  const verified = new ExpiringCache<Actor | null>();
  return async (token) => {
    const cached = verified.get(token);
    if (cached !== undefined) return cached;
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, options)
        : await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
      const actor = actorFrom(payload);
      // Until the token expires, an hour at most; a token without `exp` is not kept at all.
      verified.set(token, actor, Math.min((payload.exp ?? 0) * 1000, Date.now() + 3_600_000));
      return actor;
    } catch {
      return null;
    }
  };
}

/** A development token for one role (HS256 with the configured secret). */
export async function signDevToken(
  opts: { role: string; subject?: string; ttl?: string },
  secret: string,
): Promise<string> {
  return new SignJWT({ roles: [opts.role] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(opts.subject ?? `dev-${opts.role.toLowerCase()}`)
    .setIssuer(USER_TOKEN_ISSUER)
    .setIssuedAt()
    .setExpirationTime(opts.ttl ?? '12h')
    .sign(new TextEncoder().encode(secret));
}
