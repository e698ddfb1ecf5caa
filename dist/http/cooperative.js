import { setImmediate as nextTurn } from 'node:timers/promises';
/**
 * Long work on the event loop (a 100,000-row file) gives other requests a turn: `turn()` yields
 * once the current slice has run for `sliceMs`, and costs a clock read otherwise. Node has no
 * built-in for this; a worker thread would have to copy every row back, which costs as much.
 */
export class Cooperative {
    sliceMs;
    started = performance.now();
    constructor(sliceMs = 1) {
        this.sliceMs = sliceMs;
    }
    async turn() {
        if (performance.now() - this.started < this.sliceMs)
            return;
        await nextTurn();
        this.started = performance.now();
    }
    /** Runs `work` on each item, yielding between slices. */
    async each(items, work) {
        for (let i = 0; i < items.length; i += 1) {
            work(items[i], i);
            await this.turn();
        }
    }
}
//# sourceMappingURL=cooperative.js.map