/*
 * What changed between two versions of a year's publication. Pure: no I/O.
 */

/** The figures compared: an organisation's or a group's. */
export type Figures<B extends string = string> = { staffWte: number; qualifiedWte: number; ratio: number | null; band: B | null };

export type Change<B extends string = string> = { before: Figures<B> | null; after: Figures<B> | null };

const figuresOf = <B extends string>(from: Figures<B> | undefined): Figures<B> | null =>
  from ? { staffWte: from.staffWte, qualifiedWte: from.qualifiedWte, ratio: from.ratio, band: from.band } : null;

/** Whether two items' figures are the same (an item present in only one version never is). */
const same = <B extends string>(a: Figures<B> | null, b: Figures<B> | null) =>
  a !== null && b !== null && a.staffWte === b.staffWte && a.qualifiedWte === b.qualifiedWte && a.ratio === b.ratio && a.band === b.band;

/**
 * Items (organisations by code, groups by key) whose figures differ, appeared or disappeared
 * between `before` and `after`, ordered by their key.
 */
export function changedItems<T extends Figures>(before: T[], after: T[], keyOf: (item: T) => string): (Change<NonNullable<T['band']>> & { item: T })[] {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  const changes: (Change<NonNullable<T['band']>> & { item: T })[] = [];
  for (const key of keys) {
    const change = { before: figuresOf<NonNullable<T['band']>>(old.get(key)), after: figuresOf<NonNullable<T['band']>>(now.get(key)) };
    if (!same(change.before, change.after)) changes.push({ ...change, item: (now.get(key) ?? old.get(key))! });
  }
  return changes;
}

/** One group's figures before and after (null when it is absent from a version). */
export function changeOf<B extends string>(before: Figures<B> | null | undefined, after: Figures<B> | null | undefined): Change<B> {
  return { before: figuresOf(before ?? undefined), after: figuresOf(after ?? undefined) };
}
