import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed file URLs: a link to one file (`/files/<subgraph>/<kind>/<id>`) that works without an
 * Authorization header until it expires — for a browser tab, a download or a printer. The signature
 * is an HMAC-SHA256 over the path and the expiry with a key derived from the internal secret under its
 * own label, so a URL signature can never stand in for a token signed with that secret.
 */

/** How long a link lives unless told otherwise: long enough to open it, short enough not to share it. */
export const FILE_URL_TTL_SECONDS = 600;
/** No link is accepted that claims to live longer than this, whoever signed it. */
export const FILE_URL_MAX_AHEAD_SECONDS = 86_400;

export type FileSignatureCheck = 'ok' | 'expired' | 'invalid';

/**
 * The canonical path of a module's file as the gateway serves it: each part URI-encoded, so the path a
 * module signs is the one the gateway rebuilds from the request to check.
 */
export function filePath(subgraph: string, kind: string, id: string): string {
  return `/files/${[subgraph, kind, id].map(encodeURIComponent).join('/')}`;
}

const keys = new Map<string, Buffer>();

function fileKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createHmac('sha256', secret).update('file-urls').digest();
    keys.set(secret, key);
  }
  return key;
}

function signature(path: string, expires: number, secret: string): Buffer {
  return createHmac('sha256', fileKey(secret)).update(`${path}\n${expires}`).digest();
}

/** `path?expires=<epoch seconds>&signature=<base64url>`, valid for `ttlSeconds` from `now` (ms). */
export function signFilePath(
  path: string,
  secret: string,
  ttlSeconds = FILE_URL_TTL_SECONDS,
  now = Date.now(),
): string {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > FILE_URL_MAX_AHEAD_SECONDS) {
    throw new RangeError(`A file URL lives 1 to ${FILE_URL_MAX_AHEAD_SECONDS} seconds, not ${ttlSeconds}`);
  }
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const sig = signature(path, expires, secret).toString('base64url');
  return `${path}?expires=${expires}&signature=${sig}`;
}

/**
 * Checks a link's `expires` and `signature` (as they came in the query, possibly absent or repeated)
 * for `path`. 'expired' only for a genuine signature whose time has passed; anything forged, tampered,
 * malformed or claiming to live longer than a day is 'invalid'.
 */
export function verifyFilePath(
  path: string,
  expires: unknown,
  sig: unknown,
  secret: string,
  now = Date.now(),
): FileSignatureCheck {
  if (typeof expires !== 'string' || typeof sig !== 'string') return 'invalid';
  if (!/^\d{1,12}$/.test(expires) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return 'invalid';
  const at = Number(expires);
  const nowSeconds = Math.floor(now / 1000);
  if (at > nowSeconds + FILE_URL_MAX_AHEAD_SECONDS) return 'invalid';
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(path, at, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return at <= nowSeconds ? 'expired' : 'ok';
}

/**
 * `inline; filename="…"` for a file's name: quotes, backslashes and control characters dropped from the
 * plain form, the name itself in RFC 5987's `filename*` when it is not ASCII.
 */
export function contentDisposition(filename: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const ascii = filename.replace(/[\u0000-\u001f\u007f"\\]/g, '').replace(/[^\x20-\x7e]/g, '_');
  const plain = `inline; filename="${ascii || 'file'}"`;
  return ascii === filename ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
