import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer, parseSecretKey, SecretKeyError, SecretOpenError } from './secrets.ts';

describe('secrets at rest', () => {
  const key = randomBytes(32);
  const sealer = createSealer(key);

  it('opens what it sealed for the same owner, and the sealed bytes do not contain the secret', () => {
    const sealed = sealer.seal('public-community', 'unit-1');
    expect(sealed.includes(Buffer.from('public-community'))).toBe(false);
    expect(sealer.open(sealed, 'unit-1')).toBe('public-community');
  });

  it('seals the same secret differently each time', () => {
    expect(sealer.seal('x', 'a').equals(sealer.seal('x', 'a'))).toBe(false);
  });

  it('refuses a sealed value moved to another owner, altered, or opened with another key', () => {
    const sealed = sealer.seal('secret', 'unit-1');
    expect(() => sealer.open(sealed, 'unit-2')).toThrow(SecretOpenError);
    const altered = Buffer.from(sealed);
    altered.writeUInt8(altered.readUInt8(altered.length - 1) ^ 1, altered.length - 1);
    expect(() => sealer.open(altered, 'unit-1')).toThrow(SecretOpenError);
    expect(() => createSealer(randomBytes(32)).open(sealed, 'unit-1')).toThrow(SecretOpenError);
    expect(() => sealer.open(Buffer.from([1, 2, 3]), 'unit-1')).toThrow(SecretOpenError);
  });

  it('names the variable when the key is missing or not 32 bytes', () => {
    expect(() => parseSecretKey('SECRETS_KEY', undefined)).toThrow(
      /SECRETS_KEY must be 32 random bytes.*not set/,
    );
    expect(() => parseSecretKey('SECRETS_KEY', Buffer.alloc(16).toString('base64'))).toThrow(SecretKeyError);
    expect(parseSecretKey('SECRETS_KEY', key.toString('base64')).equals(key)).toBe(true);
  });
});
