/**
 * A bounded map whose entries may expire: verified tokens until their `exp` (so the hot path does no
 * HMAC per request — each is an async WebCrypto job on the thread pool), parsed documents for good. When
 * full, the oldest entry goes first.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly max: number;

  constructor(max = 10_000) {
    this.max = max;
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, expiresAt = Number.POSITIVE_INFINITY): void {
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt });
  }
}
