import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { prepared } from '../db/prepared.ts';
import { wantsCsv } from '../http/lists.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET's answers, keyed by the data version (see the data_versions migration). */
    cache?: boolean;
  }
  interface FastifyRequest {
    cacheSlot?: { key: string; version: string; hit: boolean; flight?: Flight };
  }
}

/** A stored answer: text (JSON, CSV) or bytes (a spreadsheet). */
type Entry = { version: string; payload: string | Buffer; headers: Record<string, string>; bytes: number };

const KEPT_HEADERS = ['content-type', 'content-disposition', 'x-total-count', 'etag', 'vary', 'cache-control'];

/**
 * Reads the data version so that every commit that finished before `fresh()` was called is
 * counted: a caller only ever shares a read that starts after it arrived. Callers are batched
 * per turn of the event loop, and at most `maxInFlight` reads run at once (a batch that finds
 * them all busy starts when one ends), so a busy instance makes a bounded number of small
 * queries whatever its load.
 */
export class VersionGate {
  private batch: { promise: Promise<string>; resolve(v: string): void; reject(e: unknown): void } | null = null;
  private inFlight = 0;

  constructor(private readonly read: () => Promise<string>, private readonly maxInFlight = 2) {}

  fresh(): Promise<string> {
    if (!this.batch) {
      let resolve!: (v: string) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
      this.batch = { promise, resolve, reject };
      setImmediate(() => this.launch());
    }
    return this.batch.promise;
  }

  private launch(): void {
    const batch = this.batch;
    if (!batch || this.inFlight >= this.maxInFlight) return;
    this.batch = null;
    this.inFlight += 1;
    this.read()
      .then(batch.resolve, (error: unknown) => {
        batch.reject(error);
        // Callers who arrived while this read was failing (a stalled or lost database) fail
        // with it now rather than queue for a read of their own.
        const waiting = this.batch;
        if (waiting && this.inFlight >= this.maxInFlight) {
          this.batch = null;
          waiting.reject(error);
        }
      })
      .finally(() => {
        this.inFlight -= 1;
        this.launch();
      });
  }
}

/**
 * One miss being computed: requests for the same answer at the same version wait for it rather
 * than compute it again. It is settled however its request ends (answered, failed, or dropped by
 * the client), and a follower never waits longer than FOLLOWER_WAIT_MS before it computes the
 * answer itself.
 */
class Flight {
  readonly done: Promise<Entry | null>;
  private resolve!: (entry: Entry | null) => void;
  settled = false;

  constructor(readonly version: string) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
  }

  settle(entry: Entry | null): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve(entry);
  }
}

/** Longest a request waits for another to compute the same answer. */
export const FOLLOWER_WAIT_MS = 2_000;

/** Most answers being computed at once that others may wait for (beyond: no sharing). */
const MAX_FLIGHTS = 1_000;

function waitFor(flight: Flight): Promise<Entry | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), FOLLOWER_WAIT_MS);
  });
  return Promise.race([flight.done, timeout]).finally(() => clearTimeout(timer));
}

/** A bounded map that forgets the least recently used entries first. */
class LruCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxEntries: number, private readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) {
      this.bytes -= entry.bytes;
      this.entries.delete(key);
    }
  }
}

function cacheKey(request: FastifyRequest): string {
  const { role, organisations } = request.actor;
  // Callers without a key may get other answers (published figures only), so they share their own.
  const scope = !request.keyed ? 'public' : role === 'submitter' ? `submitter:${organisations.join(',')}` : 'all';
  // Today's date is part of some answers (a window's status), so it is part of the key.
  return `${request.server.today()}|${scope}|${wantsCsv(request, (request.query as { format?: string }).format) ? 'csv' : 'json'}|${request.url}`;
}

/**
 * Serves repeated GETs from memory without giving up liveness: each request first reads the
 * data version (shared reads, see VersionGate), and a stored answer is used only if it was made
 * at that same version. Any commit, on any instance, changes the version, so an answer never
 * outlives the data it was made from.
 */
export default fp(
  async (app) => {
    const gate = new VersionGate(async () => {
      const { rows } = await app.db.pool.query<{ version: string }>(prepared('SELECT sum(version)::text AS version FROM data_versions'));
      return rows[0]!.version;
    }, 4);
    const cache = new LruCache(2_000, 64 * 1024 * 1024);

    // Misses being computed now, by key: concurrent misses at the same version wait for the
    // first one instead of each running the same aggregate (a cold start under load).
    const computing = new Map<string, Flight>();

    const serve = (reply: FastifyReply, entry: Entry, how: string) => {
      void reply.headers(entry.headers).header('x-cache', how);
      return reply.serializer((payload: unknown) => payload as string).send(entry.payload as string);
    };

    // Before validation, but after every onRequest hook (access check, and the rate limit, which
    // is a route-level hook): only valid requests' answers are stored, under their exact URL, so a
    // hit needs no validation again.
    app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'GET' || !request.routeOptions.config.cache) return;
      const version = await gate.fresh();
      const key = cacheKey(request);
      const entry = cache.get(key);
      if (entry?.version === version) {
        request.cacheSlot = { key, version, hit: true };
        return serve(reply, entry, 'hit');
      }
      const running = computing.get(key);
      if (running?.version === version) {
        const shared = await waitFor(running);
        if (shared) {
          request.cacheSlot = { key, version, hit: true };
          return serve(reply, shared, 'shared');
        }
      }
      if (computing.has(key) || computing.size >= MAX_FLIGHTS || reply.raw.destroyed || request.raw.socket?.destroyed) {
        // Someone else is (or was) computing it: compute without offering to share.
        request.cacheSlot = { key, version, hit: false };
        return;
      }
      const flight = new Flight(version);
      computing.set(key, flight);
      request.cacheSlot = { key, version, hit: false, flight };
      // Settled and removed however the request ends: 'close' fires on every response, also when
      // the client resets the connection before (or while) it is answered.
      reply.raw.once('close', () => land(key, flight, null));
    });

    /** Ends a flight: its followers get `entry` (null: compute it yourselves) and it is forgotten. */
    const land = (key: string, flight: Flight, entry: Entry | null) => {
      flight.settle(entry);
      if (computing.get(key) === flight) computing.delete(key);
    };

    app.addHook('onSend', async (request, reply, payload) => {
      const slot = request.cacheSlot;
      if (!slot || slot.hit || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      const entry = { version: slot.version, payload, headers, bytes: (typeof payload === 'string' ? payload.length * 2 : payload.length) + 200 };
      cache.set(slot.key, entry);
      // The followers share the answer; the flight itself keeps nothing once landed.
      if (slot.flight) land(slot.key, slot.flight, entry);
      void reply.header('x-cache', 'miss');
      return payload;
    });

    // Any other ending (an error, a 304): the followers go on and compute for themselves.
    app.addHook('onResponse', async (request) => {
      const slot = request.cacheSlot;
      if (slot?.flight) land(slot.key, slot.flight, null);
    });
  },
  { name: 'response-cache', dependencies: ['database', 'access'] },
);
