/*
 * The charts' Vega-Lite specifications, from their data. Pure: no I/O. One module draws every chart
 * the service shows (pages, /v1/charts/*.svg, the annual report), so each looks and reads the same.
 * Ratios are staff per qualified specialist: lower is better, so the target line sits below the
 * flag line.
 */

export type Thresholds = { targetRatio: number; flagThreshold: number };

/** NHS identity colours (service manual): blue lines, and one colour for each band. */
export const COLOURS = {
  line: '#005eb8',
  target: '#007f3b',
  flag: '#d5281b',
  meets_target: '#007f3b',
  short_of_target: '#ffb81c',
  flagged: '#d5281b',
  text: '#212b32',
  grid: '#d8dde0',
};

export const BAND_NAMES = { meets_target: 'Meets target', short_of_target: 'Short of target', flagged: 'Flagged' } as const;

type Spec = Record<string, unknown>;

const base = (title: string, description: string, width: number, height: number): Spec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: title, anchor: 'start', fontSize: 16, color: COLOURS.text },
  description,
  width,
  height,
  background: 'white',
  config: {
    // The chart is one image with a title, a description and a table beside it: its marks carry
    // no roles of their own (Vega's unlabelled mark groups fail WCAG's "svg-img-alt").
    aria: false,
    font: 'Arial, sans-serif',
    axis: { labelColor: COLOURS.text, titleColor: COLOURS.text, gridColor: COLOURS.grid, labelFontSize: 12, titleFontSize: 12 },
    legend: { labelColor: COLOURS.text, titleColor: COLOURS.text, labelFontSize: 12 },
    view: { stroke: null },
  },
});

/** The target and flag lines, labelled, on the axis that carries the ratio. */
function referenceLines(thresholds: Thresholds, axis: 'x' | 'y'): Spec[] {
  const line = (value: number, colour: string, label: string, dash: number[]) => ({
    layer: [
      { mark: { type: 'rule', color: colour, strokeDash: dash, strokeWidth: 2 }, encoding: { [axis]: { datum: value, type: 'quantitative' } } },
      {
        mark: axis === 'y'
          ? { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: colour, fontWeight: 'bold', x: 'width' }
          : { type: 'text', align: 'left', baseline: 'top', dx: 4, color: colour, fontWeight: 'bold', y: 0 },
        encoding: { [axis]: { datum: value, type: 'quantitative' }, text: { value: label } },
      },
    ],
  });
  return [
    line(thresholds.targetRatio, COLOURS.target, `Target 1:${thresholds.targetRatio.toLocaleString('en-GB')}`, [6, 4]),
    line(thresholds.flagThreshold, COLOURS.flag, `Flagged from 1:${thresholds.flagThreshold.toLocaleString('en-GB')}`, [2, 2]),
  ];
}

const ratioAxis = { title: 'Staff per qualified specialist (lower is better)', format: ',.0f' };

export type TrendPoint = { group: string; year: string; ratio: number | null };

/** Pooled ratio year by year, one line per group, with the target and flag lines. */
export function trendSpec(points: TrendPoint[], thresholds: Thresholds, title: string, description: string): Spec {
  const groups = new Set(points.map((p) => p.group));
  const values = points.filter((p) => p.ratio !== null);
  const highest = Math.max(thresholds.flagThreshold, ...values.map((p) => p.ratio!));
  return {
    ...base(title, description, 640, 320),
    // At the top, not in the line's layer: the reference lines' layers draw once per row of data.
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: 'Financial year', axis: { labelAngle: 0 } },
          y: { field: 'ratio', type: 'quantitative', axis: ratioAxis, scale: { domain: [0, Math.ceil((highest * 1.1) / 250) * 250] } },
          ...(groups.size > 1 ? { color: { field: 'group', type: 'nominal', title: null, legend: { orient: 'bottom' } } } : { color: { value: COLOURS.line } }),
        },
      },
      ...referenceLines(thresholds, 'y'),
    ],
  };
}

export type GroupRatio = { name: string; ratio: number | null; band: string | null };

/** Each group's pooled ratio as a bar, best first, coloured by band, with the target and flag lines. */
export function groupsSpec(groups: GroupRatio[], thresholds: Thresholds, title: string, description: string): Spec {
  const values = groups.filter((g) => g.ratio !== null).map((g) => ({ ...g, bandName: BAND_NAMES[g.band as keyof typeof BAND_NAMES] ?? 'No policy' }));
  return {
    ...base(title, description, 560, Math.max(120, values.length * 28)),
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: 18 },
        encoding: {
          y: { field: 'name', type: 'nominal', sort: { field: 'ratio', order: 'ascending' }, title: null, axis: { labelLimit: 240 } },
          x: { field: 'ratio', type: 'quantitative', axis: ratioAxis },
          color: bandColour,
        },
      },
      ...referenceLines(thresholds, 'x'),
    ],
  };
}

const bandColour = {
  field: 'bandName',
  type: 'nominal',
  title: 'Band',
  legend: { orient: 'bottom' },
  scale: { domain: Object.values(BAND_NAMES), range: [COLOURS.meets_target, COLOURS.short_of_target, COLOURS.flagged] },
};

export type BandCount = { band: keyof typeof BAND_NAMES; organisations: number };

/** How many organisations are in each band. */
export function bandsSpec(counts: BandCount[], title: string, description: string): Spec {
  return {
    ...base(title, description, 480, 150),
    data: { values: counts.map((c) => ({ ...c, bandName: BAND_NAMES[c.band] })) },
    layer: [
      {
        mark: { type: 'bar', height: 24 },
        encoding: {
          y: { field: 'bandName', type: 'nominal', sort: Object.values(BAND_NAMES), title: null },
          x: { field: 'organisations', type: 'quantitative', title: 'Organisations', axis: { format: 'd', tickMinStep: 1 } },
          color: { ...bandColour, legend: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: COLOURS.text },
        encoding: {
          y: { field: 'bandName', type: 'nominal', sort: Object.values(BAND_NAMES) },
          x: { field: 'organisations', type: 'quantitative' },
          text: { field: 'organisations', type: 'quantitative' },
        },
      },
    ],
  };
}
