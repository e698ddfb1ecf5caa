/**
 * Counts events per key in fixed one-minute windows. Written by hand because the rate-limit
 * plugin counts every request, while failed authentications must be counted alone.
 */
export class FixedWindowCounter {
    limit;
    windowMs;
    now;
    windows = new Map();
    constructor(limit, windowMs = 60_000, now = Date.now) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.now = now;
    }
    /** Seconds until the key may try again, or 0 when it is under the limit. */
    blockedFor(key) {
        const window = this.current(key);
        if (!window || window.count < this.limit)
            return 0;
        return Math.max(1, Math.ceil((window.started + this.windowMs - this.now()) / 1000));
    }
    record(key) {
        const window = this.current(key);
        if (window)
            window.count += 1;
        else
            this.windows.set(key, { started: this.now(), count: 1 });
        if (this.windows.size > 50_000)
            this.sweep();
    }
    current(key) {
        const window = this.windows.get(key);
        if (window && this.now() - window.started >= this.windowMs) {
            this.windows.delete(key);
            return undefined;
        }
        return window;
    }
    sweep() {
        for (const key of [...this.windows.keys()])
            this.current(key);
    }
}
/** Remembers values for a short time, so hot lookups skip the database. */
export class ShortCache {
    ttlMs;
    maxEntries;
    now;
    entries = new Map();
    constructor(ttlMs, maxEntries = 10_000, now = Date.now) {
        this.ttlMs = ttlMs;
        this.maxEntries = maxEntries;
        this.now = now;
    }
    get(key) {
        const entry = this.entries.get(key);
        if (!entry)
            return undefined;
        if (entry.expires <= this.now()) {
            this.entries.delete(key);
            return undefined;
        }
        return entry.value;
    }
    set(key, value) {
        if (this.entries.size >= this.maxEntries)
            this.entries.clear();
        this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    }
    clear() {
        this.entries.clear();
    }
}
//# sourceMappingURL=fixed-window.js.map