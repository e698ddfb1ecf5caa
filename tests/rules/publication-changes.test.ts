import { describe, expect, it } from 'vitest';
import { changedItems, changeOf } from '../../src/domain/publication-changes.ts';

const org = (odsCode: string, staffWte: number, qualifiedWte: number, band = 'short_of_target') =>
  ({ odsCode, staffWte, qualifiedWte, ratio: qualifiedWte ? staffWte / qualifiedWte : null, band, name: `Org ${odsCode}` });

describe('changes between two versions', () => {
  it('lists organisations whose figures changed, appeared or left, by code, and nothing unchanged', () => {
    const before = [org('B1', 1500, 1), org('A1', 1000, 1), org('C1', 900, 1)];
    const after = [org('A1', 1000, 1), org('B1', 1600, 1), org('D1', 800, 1)];
    const changes = changedItems(before, after, (o) => o.odsCode);
    expect(changes.map((c) => [c.item.odsCode, c.before?.staffWte ?? null, c.after?.staffWte ?? null])).toEqual([
      ['B1', 1500, 1600],
      ['C1', 900, null],
      ['D1', null, 800],
    ]);
    expect(changes[0]!.before).toEqual({ staffWte: 1500, qualifiedWte: 1, ratio: 1500, band: 'short_of_target' });
  });

  it('counts a change of band, ratio or qualified WTE alone as a change', () => {
    expect(changedItems([org('A1', 1000, 1)], [org('A1', 1000, 1, 'flagged')], (o) => o.odsCode)).toHaveLength(1);
    expect(changedItems([org('A1', 1000, 1)], [org('A1', 1000, 2)], (o) => o.odsCode)).toHaveLength(1);
    expect(changedItems([{ ...org('A1', 1000, 1), ratio: 999 }], [org('A1', 1000, 1)], (o) => o.odsCode)).toHaveLength(1);
    expect(changedItems([org('A1', 1000, 1)], [org('A1', 1000, 1)], (o) => o.odsCode)).toEqual([]);
  });

  it('counts each compared figure alone as a change, and orders by key whatever the order given', () => {
    const base = { odsCode: 'A1', name: 'A', staffWte: 1000, qualifiedWte: 1, ratio: 1000, band: 'meets_target' };
    for (const changed of [{ staffWte: 1001 }, { qualifiedWte: 2 }, { ratio: 999 }, { band: 'flagged' }]) {
      expect(changedItems([base], [{ ...base, ...changed }], (o) => o.odsCode), JSON.stringify(changed)).toHaveLength(1);
    }
    const changes = changedItems([org('C1', 1, 1), org('A1', 1, 1)], [org('C1', 2, 1), org('A1', 2, 1)], (o) => o.odsCode);
    expect(changes.map((c) => c.item.odsCode)).toEqual(['A1', 'C1']);
  });

  it('keeps only the compared figures of a group, null when absent', () => {
    expect(changeOf(null, org('Y', 20, 2))).toEqual({ before: null, after: { staffWte: 20, qualifiedWte: 2, ratio: 10, band: 'short_of_target' } });
    expect(changeOf({ ...org('X', 10, 1), extra: 1 } as never, undefined)).toEqual({ before: { staffWte: 10, qualifiedWte: 1, ratio: 10, band: 'short_of_target' }, after: null });
    expect(changeOf(null, null)).toEqual({ before: null, after: null });
  });
});
