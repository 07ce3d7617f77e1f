import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { verifyInternalToken } from './auth.ts';
import { signFilePath, verifyFilePath } from './files.ts';

const secret = 'a-test-internal-secret-of-32-characters!';
const path = '/files/warehouse/stock-document/0b6f3c2e-7a51-4c0e-9d7e-3f5a1b2c4d6e';
const now = Date.UTC(2026, 2, 2, 9, 30);

const parts = (url: string) => {
  const [p, query] = url.split('?') as [string, string];
  const params = new URLSearchParams(query);
  return { path: p, expires: params.get('expires')!, signature: params.get('signature')! };
};

describe('signed file URLs', () => {
  it('signs a path for ten minutes and accepts it until then', () => {
    const url = parts(signFilePath(path, secret, undefined, now));
    expect(url.path).toBe(path);
    expect(Number(url.expires)).toBe(now / 1000 + 600);
    expect(url.signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyFilePath(path, url.expires, url.signature, secret, now)).toBe('ok');
    expect(verifyFilePath(path, url.expires, url.signature, secret, now + 599_000)).toBe('ok');
  });

  it('says a genuine link is expired once its time has passed', () => {
    const url = parts(signFilePath(path, secret, 60, now));
    expect(verifyFilePath(path, url.expires, url.signature, secret, now + 60_000)).toBe('expired');
  });

  it('refuses a link for another path, with another expiry or another secret', () => {
    const url = parts(signFilePath(path, secret, 600, now));
    expect(verifyFilePath(`${path}0`, url.expires, url.signature, secret, now)).toBe('invalid');
    expect(verifyFilePath(path, String(Number(url.expires) + 1), url.signature, secret, now)).toBe('invalid');
    expect(verifyFilePath(path, url.expires, url.signature, `${secret}x`, now)).toBe('invalid');
    const flipped = (url.signature[0] === 'A' ? 'B' : 'A') + url.signature.slice(1);
    expect(verifyFilePath(path, url.expires, flipped, secret, now)).toBe('invalid');
  });

  it.each([
    ['no expiry', undefined, 'x'.repeat(43)],
    ['no signature', '1772443800', undefined],
    ['a repeated parameter', ['1772443800', '1772443800'], 'x'.repeat(43)],
    ['a non-numeric expiry', '1772443800.5', 'x'.repeat(43)],
    ['a negative expiry', '-1', 'x'.repeat(43)],
    ['a short signature', '1772443800', 'abc'],
  ])('refuses %s', (_label, expires, signature) => {
    expect(verifyFilePath(path, expires, signature, secret, now)).toBe('invalid');
  });

  it('refuses a correctly signed link that claims to live longer than a day', () => {
    const expires = now / 1000 + 86_400 + 1;
    const key = createHmac('sha256', secret).update('file-urls').digest();
    const signature = createHmac('sha256', key).update(`${path}\n${expires}`).digest('base64url');
    expect(verifyFilePath(path, String(expires), signature, secret, now)).toBe('invalid');
    expect(() => signFilePath(path, secret, 86_401, now)).toThrow(RangeError);
  });

  it('signs with a key of its own, so a signature is not an HMAC by the internal secret itself', async () => {
    const url = parts(signFilePath(path, secret, 600, now));
    const direct = createHmac('sha256', secret).update(`${path}\n${url.expires}`).digest('base64url');
    expect(url.signature).not.toBe(direct);
    // Nor does anything signed for a URL pass as an internal token.
    const [header, payload] = (
      await new SignJWT({ roles: [], scopes: ['warehouse:read'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('forger')
        .setIssuer('oss-gateway')
        .setAudience('oss-subgraphs')
        .setIssuedAt()
        .setExpirationTime('60s')
        .sign(new TextEncoder().encode('unused-secret-of-at-least-32-chars!!'))
    ).split('.');
    const key = createHmac('sha256', secret).update('file-urls').digest();
    const forged = `${header}.${payload}.${createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url')}`;
    expect(await verifyInternalToken(forged, secret)).toBeNull();
  });
});
