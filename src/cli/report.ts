/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  npm run report -- 2025-26 --out report.html [--pdf] [--url URL] [--key KEY]

Saves the year's annual monitoring report (its latest published version) from a running service
as one HTML file with its styles inside, ready to print or send; with --pdf, also an A4 PDF beside
it, printed by the local Chromium (CHROMIUM_PATH, default /usr/bin/chromium). --url (or
STAFF_RATIO_URL) defaults to http://127.0.0.1:3000; a key (--key or STAFF_RATIO_API_KEY) is needed
only where publications are not public. Exit code: 0 when saved, 1 otherwise.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, pdf: { type: 'boolean', default: false }, url: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', default: false } },
});

async function main(): Promise<number> {
  const year = positionals[0];
  if (values.help || !year || !values.out) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  const base = (values.url ?? process.env.STAFF_RATIO_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const key = values.key ?? process.env.STAFF_RATIO_API_KEY;
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }).catch((error: unknown) => {
      throw new Error(`could not reach ${base}: ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`);
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(JSON.parse(text) as { detail?: string }).detail ?? text}`);
    return text;
  };
  const html = await get(`/v1/publications/${encodeURIComponent(year)}/report`);
  // One file that stands alone: its stylesheets inside it, in place of their links.
  const styles = await Promise.all(['/assets/pages/nhsuk.css', '/assets/pages/pages.css'].map(get));
  const standalone = html
    .replace(/<link rel="(stylesheet|icon)"[^>]*>\s*/g, '')
    .replace('</head>', `<style>${styles.join('\n')}</style>\n</head>`);
  await writeFile(values.out, standalone);
  console.log(`Saved the ${year} report to ${values.out} (${Math.round(standalone.length / 1024)} KiB).`);
  if (!values.pdf) return 0;

  const pdfPath = values.out.replace(/\.html?$/i, '') + '.pdf';
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.error(`No PDF: there is no Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH; the HTML report is saved, and prints to A4 from any browser.`);
    return 1;
  }
  const { chromium } = await import('playwright-core').catch(() => {
    throw new Error('No PDF: playwright-core is not installed here (npm install with development dependencies).');
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(standalone, { waitUntil: 'load' });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
  console.log(`Printed it to ${pdfPath} (A4).`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
