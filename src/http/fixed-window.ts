/**
 * Counts events per key in fixed one-minute windows. Written by hand because the rate-limit
 * plugin counts every request, while failed authentications must be counted alone.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { started: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it is under the limit. */
  blockedFor(key: string): number {
    const window = this.current(key);
    if (!window || window.count < this.limit) return 0;
    return Math.max(1, Math.ceil((window.started + this.windowMs - this.now()) / 1000));
  }

  record(key: string): void {
    const window = this.current(key);
    if (window) window.count += 1;
    else this.windows.set(key, { started: this.now(), count: 1 });
    if (this.windows.size > 50_000) this.sweep();
  }

  private current(key: string) {
    const window = this.windows.get(key);
    if (window && this.now() - window.started >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    for (const key of [...this.windows.keys()]) this.current(key);
  }
}

/** Remembers values for a short time, so hot lookups skip the database. */
export class ShortCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
