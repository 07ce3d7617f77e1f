import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGraph } from '../helpers.ts';

/** An identity provider's key set, served over HTTP on loopback as a real JWKS endpoint would be. */
const idp = {
  url: '',
  server: null as Server | null,
  sign: async (_claims: Record<string, unknown>, _audience = 'oss-graph') => '',
};

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
  idp.server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => idp.server?.listen(0, '127.0.0.1', resolve));
  idp.url = `http://127.0.0.1:${(idp.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  idp.sign = (claims, audience = 'oss-graph') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setIssuer('https://idp.example')
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
});

afterAll(() => new Promise<void>((resolve) => idp.server?.close(() => resolve())));

describe('the gateway with a JWKS identity provider', () => {
  const g = useGraph({
    configure: (c) => ({
      ...c,
      jwt: { ...c.jwt, jwksUrl: idp.url, issuer: 'https://idp.example', audience: 'oss-graph' },
    }),
  });
  const query = '{ catalogCategories(first: 1) { totalCount } }';

  it('accepts a token signed by the provider’s key and takes the roles from it', async () => {
    const token = await idp.sign({ sub: 'alice', roles: ['CATALOG_MANAGER'] });
    const { status, body } = await g.request(query, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.catalogCategories.totalCount).toBe(0);
  });

  it('refuses the development HS256 token once a JWKS URL is configured', async () => {
    const { status, body } = await g.request(query, { token: await g.token('ADMIN') });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a provider token for another audience', async () => {
    const token = await idp.sign({ sub: 'mallory', roles: ['ADMIN'] }, 'someone-else');
    const { status } = await g.request(query, { token });
    expect(status).toBe(401);
  });

  it('gives a token without roles no catalog data', async () => {
    const token = await idp.sign({ sub: 'bob', roles: [] });
    const { body } = await g.request(query, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a provider token naming a role this graph does not know', async () => {
    const token = await idp.sign({ sub: 'carol', roles: ['NOT_A_ROLE'] });
    const { status, body } = await g.request(query, { token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
