import { describe, expect, it } from 'vitest';
import { ExpiringCache } from './cache.ts';

describe('ExpiringCache', () => {
  it('forgets an entry once it expires', () => {
    const cache = new ExpiringCache<string>();
    cache.set('token', 'alice', 1_000);
    expect(cache.get('token', 999)).toBe('alice');
    expect(cache.get('token', 1_000)).toBeUndefined();
  });

  it('keeps entries without an expiry until the oldest must make room', () => {
    const cache = new ExpiringCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});

describe('ExpiringCache bounded by bytes', () => {
  const bySize = () => new ExpiringCache<string>(1_000, { maxBytes: 100, sizeOf: (_k, v) => v.length });

  it('evicts the least recently used entries to stay within its bytes', () => {
    const cache = bySize();
    cache.set('a', 'x'.repeat(40));
    cache.set('b', 'x'.repeat(40));
    cache.get('a');
    cache.set('c', 'x'.repeat(40));
    expect([cache.get('a') !== undefined, cache.get('b'), cache.get('c') !== undefined]).toEqual([
      true,
      undefined,
      true,
    ]);
    expect(cache.size.bytes).toBeLessThanOrEqual(100);
  });

  it('does not keep a value larger than the whole bound', () => {
    const cache = bySize();
    cache.set('a', 'x'.repeat(10));
    cache.set('huge', 'x'.repeat(500));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBe('x'.repeat(10));
  });

  it('counts a replaced entry once', () => {
    const cache = bySize();
    cache.set('a', 'x'.repeat(60));
    cache.set('a', 'x'.repeat(60));
    expect(cache.size).toEqual({ entries: 1, bytes: 60 });
  });
});
