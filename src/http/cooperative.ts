import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on the event loop (a 100,000-row file) gives other requests a turn: `turn()` yields
 * once the current slice has run for `sliceMs`, and costs a clock read otherwise. Node has no
 * built-in for this; a worker thread would have to copy every row back, which costs as much.
 */
export class Cooperative {
  private started = performance.now();

  constructor(private readonly sliceMs = 0.5) {}

  async turn(): Promise<void> {
    if (performance.now() - this.started < this.sliceMs) return;
    await nextTurn();
    this.started = performance.now();
  }

  /** Runs `work` on each item, yielding between slices. */
  async each<T>(items: readonly T[], work: (item: T, index: number) => void): Promise<void> {
    for (let i = 0; i < items.length; i += 1) {
      work(items[i]!, i);
      await this.turn();
    }
  }
}
