import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (a device's SNMP community, a USM passphrase): sealed with AES-256-GCM under a key from
 * configuration, bound to what they belong to (the associated data, e.g. the unit's id) so a sealed value
 * copied onto another row does not open. Layout: version byte (1), 12-byte nonce, 16-byte tag, ciphertext.
 * A fresh random nonce per seal; with 2^32 seals per key the chance of a repeated nonce stays below 2^-32.
 */
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The key is not 32 bytes of base64: the message says what to set. */
export class SecretKeyError extends Error {
  constructor(variable: string, detail: string) {
    super(`${variable} must be 32 random bytes in base64 (openssl rand -base64 32): ${detail}`);
    this.name = 'SecretKeyError';
  }
}

/** A sealed value that does not open: wrong key, wrong owner, or altered bytes. */
export class SecretOpenError extends Error {
  constructor() {
    super('A stored secret does not open with the configured key');
    this.name = 'SecretOpenError';
  }
}

export interface Sealer {
  seal(plain: string, boundTo: string): Buffer;
  open(sealed: Uint8Array, boundTo: string): string;
}

/** Parses a base64 key of exactly 32 bytes, or throws a SecretKeyError naming `variable`. */
export function parseSecretKey(variable: string, base64: string | undefined): Buffer {
  if (!base64) throw new SecretKeyError(variable, 'it is not set');
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== base64.trim().replace(/=+$/, '')) {
    throw new SecretKeyError(variable, `it decodes to ${key.length} bytes`);
  }
  return key;
}

/** Seals and opens secrets under `key` (32 bytes). */
export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new SecretKeyError('key', `it is ${key.length} bytes`);
  return {
    seal(plain, boundTo) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
    },
    open(sealed, boundTo) {
      const bytes = Buffer.from(sealed);
      if (bytes.length < 1 + NONCE_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw new SecretOpenError();
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + NONCE_BYTES));
        decipher.setAAD(Buffer.from(boundTo, 'utf8'));
        decipher.setAuthTag(bytes.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES));
        const body = bytes.subarray(1 + NONCE_BYTES + TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretOpenError();
      }
    },
  };
}
