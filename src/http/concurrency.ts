import { tooManyRequests } from '../errors/problem.ts';

/**
 * Bounds how many heavy requests (bulk files) run at once, per caller and overall; beyond either
 * bound the caller gets 429 with Retry-After. A count per caller is all it needs, so it is kept
 * here rather than in the rate-limit plugin, which counts requests over time.
 */
export class ConcurrencyLimit {
  private readonly perOwner = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerOwner: number,
    private readonly maxTotal: number,
    /** What is limited, in the refusals' words: one and many (e.g. "bulk file", "bulk files"). */
    private readonly what: { one: string; many: string } = { one: 'bulk request', many: 'bulk files' },
  ) {}

  /** Takes a place for `owner`, or throws 429; the returned function gives it back (once). */
  acquire(owner: string): () => void {
    const mine = this.perOwner.get(owner) ?? 0;
    if (mine >= this.maxPerOwner) {
      throw tooManyRequests(`This caller already has ${mine} ${mine === 1 ? this.what.one : this.what.many} running (at most ${this.maxPerOwner}); send the next when one has finished.`, 2);
    }
    if (this.total >= this.maxTotal) {
      throw tooManyRequests(`The service is making ${this.total} ${this.what.many} already (at most ${this.maxTotal} at once); try again shortly.`, 2);
    }
    this.perOwner.set(owner, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perOwner.get(owner) ?? 1) - 1;
      if (left > 0) this.perOwner.set(owner, left);
      else this.perOwner.delete(owner);
    };
  }
}
