// A least-recently-used cache of finished cell results, bounded by their approximate size in memory.
// A cell's result depends only on its identity and seed (deterministic streams), so a cached result
// is the result: re-opening a preset or stepping back in a deck dispatches nothing. Entries are
// touched when read or checked, so the charts on screen are the last to go. The cache belongs to one
// app version: results are computed by the code that made them, and a new version starts empty.

/** Approximate bytes a structured-cloned value holds (V8-ish sizes; what matters is proportion). */
export function approximateBytes(value: unknown): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return 8;
    case 'string':
      return 16 + 2 * value.length;
    case 'object': {
      if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
      if (Array.isArray(value)) {
        let n = 16 + 8 * value.length;
        for (const v of value) if (typeof v === 'object' || typeof v === 'string') n += approximateBytes(v);
        return n;
      }
      let n = 32;
      for (const [k, v] of Object.entries(value)) n += 8 + k.length + approximateBytes(v);
      return n;
    }
    default:
      return 8;
  }
}

export class ResultCache {
  private readonly entries = new Map<string, { value: unknown; bytes: number }>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    private appVersion: string,
  ) {}

  /** Bytes held (approximate). */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get version(): string {
    return this.appVersion;
  }

  /** Results of another app version are not this version's: a version change empties the cache. */
  useVersion(version: string): void {
    if (version === this.appVersion) return;
    this.appVersion = version;
    this.clear();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** The keys, least recently used first (without touching them). */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  has(key: string): boolean {
    return this.touch(key) !== undefined;
  }

  get(key: string): unknown {
    return this.touch(key)?.value;
  }

  set(key: string, value: unknown, bytes = approximateBytes(value)): void {
    this.remove(key);
    // A result larger than the whole budget is not kept (it would evict everything, then itself).
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    // Map iteration order is insertion order, and a touch re-inserts: the first key is the least recently used.
    while (this.total > this.maxBytes) this.remove(this.entries.keys().next().value as string);
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.total -= e.bytes;
  }

  private touch(key: string): { value: unknown; bytes: number } | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }
}
