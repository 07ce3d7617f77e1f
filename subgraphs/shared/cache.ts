/**
 * A bounded map whose entries may expire: verified tokens until their `exp` (so the hot path does no
 * HMAC per request — each is an async WebCrypto job on the thread pool), parsed operations for as long
 * as they are used. Bounded by entries and, when `sizeOf` is given, by bytes, so what a client sends can
 * never grow it without limit. When full, the least recently used entries go first.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number; bytes: number }>();
  private readonly max: number;
  private readonly maxBytes: number;
  private readonly sizeOf: ((key: string, value: V) => number) | undefined;
  private bytes = 0;

  constructor(max = 10_000, opts: { maxBytes?: number; sizeOf?: (key: string, value: V) => number } = {}) {
    this.max = max;
    this.maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
    this.sizeOf = opts.sizeOf;
  }

  /** Entries and bytes held now. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    // Re-inserting moves the entry to the young end of the map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, expiresAt = Number.POSITIVE_INFINITY): void {
    const bytes = this.sizeOf ? this.sizeOf(key, value) : 0;
    if (bytes > this.maxBytes) return; // never worth evicting everything else for
    this.delete(key);
    while (this.entries.size >= this.max || this.bytes + bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt, bytes });
    this.bytes += bytes;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
