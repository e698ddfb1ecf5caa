import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/*
 * Renders a chart's Vega-Lite specification to SVG on the server (Vega's headless view: no DOM, no
 * canvas), and makes it stand alone for people who cannot see it: a <title>, a <desc> and, in
 * <metadata>, the table it draws.
 */

export type ChartTable = { columns: string[]; rows: (string | number | null)[][] };
export type Chart = { title: string; description: string; spec: Record<string, unknown>; table: ChartTable };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tableXhtml(table: ChartTable, caption: string): string {
  const cell = (tag: 'th' | 'td', value: string | number | null) => `<${tag}>${escapeXml(value === null ? '' : String(value))}</${tag}>`;
  return `<table xmlns="http://www.w3.org/1999/xhtml"><caption>${escapeXml(caption)}</caption>` +
    `<thead><tr>${table.columns.map((c) => cell('th', c)).join('')}</tr></thead>` +
    `<tbody>${table.rows.map((row) => `<tr>${row.map((v) => cell('td', v)).join('')}</tr>`).join('')}</tbody></table>`;
}

/**
 * The chart as SVG. Standalone (`/v1/charts/*.svg`), it carries its table in <metadata>; inside an
 * HTML page (`inline`), the page shows the table itself, and an HTML table within inline SVG
 * would end the SVG early.
 */
export async function renderSvg(chart: Chart, inline = false): Promise<string> {
  const { spec } = compile(chart.spec as unknown as TopLevelSpec);
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const id = chart.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const accessible = `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>` +
      (inline ? '' : `<metadata>${tableXhtml(chart.table, chart.title)}</metadata>`);
    // One image, named by its title and description: the marks' own roles and labels go (Vega
    // leaves some mark groups with a role and no name, which assistive technology reads as noise).
    const plain = svg.replace(/\s(role|aria-label|aria-roledescription|aria-hidden)="[^"]*"/g, '');
    return plain.replace(/<svg([^>]*)>/, (_all, attributes: string) => `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc">${accessible}`);
  } finally {
    view.finalize();
  }
}
