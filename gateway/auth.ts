import { createRemoteJWKSet, decodeJwt, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { scopesForRoles } from '../subgraphs/registry.ts';
import { type Actor, SERVICE_ISSUER, verifyServiceToken } from '../subgraphs/shared/auth.ts';
import { ExpiringCache } from '../subgraphs/shared/cache.ts';
import { ROLES } from '../subgraphs/shared/roles.ts';
import type { GatewayConfig } from './config.ts';

export const USER_TOKEN_ISSUER = 'oss-graph-dev';

export type CallerVerifier = (token: string) => Promise<Actor | null>;

/**
 * What a caller's token must say, whoever issued it: a subject, roles this graph knows (anything else —
 * a nested array, an object, an unknown role — refuses the token rather than being read as a role), and
 * an expiry.
 */
const userClaims = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  exp: z.number().int(),
  iat: z.number().int().optional(),
});

/**
 * Verifies callers' JWTs: HS256 with a shared secret in development, keys from a JWKS URL in production;
 * the claims must pass `userClaims` and the token may live at most `jwt.maxTtlSeconds`. A module's own
 * service token (signed with the internal secret, see `signServiceToken`) is verified too, with the
 * scopes it was issued. Verified callers are kept until their token expires.
 */
export function createCallerVerifier(jwt: GatewayConfig['jwt'], internalSecret: string): CallerVerifier {
  const jwks: JWTVerifyGetKey | null = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : null;
  const secret = new TextEncoder().encode(jwt.secret);
  const options = {
    ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
    ...(jwt.audience ? { audience: jwt.audience } : {}),
    requiredClaims: ['exp'],
  };
  const verified = new ExpiringCache<Actor>(10_000);
  const verifyUser = async (token: string): Promise<Actor | null> => {
    const { payload } = jwks
      ? await jwtVerify(token, jwks, options)
      : await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
    const claims = userClaims.safeParse(payload);
    if (!claims.success) return null;
    const { sub, roles, exp, iat } = claims.data;
    const now = Date.now() / 1000;
    if (exp - now > jwt.maxTtlSeconds || (iat !== undefined && exp - iat > jwt.maxTtlSeconds)) return null;
    return { id: sub, roles, scopes: scopesForRoles(roles), expiresAt: exp * 1000 };
  };
  return async (token) => {
    const cached = verified.get(token);
    if (cached) return cached;
    try {
      const issuer = decodeJwt(token).iss;
      const actor =
        issuer === SERVICE_ISSUER ? await verifyServiceToken(token, internalSecret) : await verifyUser(token);
      // Until the token expires, an hour at most.
      if (actor) verified.set(token, actor, Math.min(actor.expiresAt ?? 0, Date.now() + 3_600_000));
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
