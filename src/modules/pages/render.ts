import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

/*
 * The pages' templates: Nunjucks, as the NHS design system's own components are written, with
 * every value escaped unless marked safe (only the server-rendered chart SVG is).
 */

/** Where nhsuk-frontend's built files are (its templates, styles, scripts and images). */
export const NHSUK_DIST = path.dirname(createRequire(import.meta.url).resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'));
/** This module's own templates and files (copied beside the compiled code by the build). */
export const VIEWS = fileURLToPath(new URL('./views', import.meta.url));
export const PUBLIC = fileURLToPath(new URL('./public', import.meta.url));

const wte = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-GB');

export function pageRenderer() {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([VIEWS, path.dirname(NHSUK_DIST)], { noCache: false }), {
    autoescape: true,
    throwOnUndefined: false,
  });
  environment.addFilter('wte', (value: number | null | undefined) => (value === null || value === undefined ? '–' : wte.format(value)));
  environment.addFilter('thousands', (value: number) => whole.format(value));
  return (template: string, context: Record<string, unknown>) => environment.render(template, context);
}
