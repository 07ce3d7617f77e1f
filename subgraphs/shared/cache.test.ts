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
