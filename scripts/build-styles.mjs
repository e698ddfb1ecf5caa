// The NHS design system's styles, compiled from its Sass without the @font-face rules that fetch
// NHS fonts from assets.nhs.uk: the service loads nothing from the internet (Arial is the
// design system's own fallback), its images served from this service's /assets/nhsuk/. Run at
// install; the result is not committed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const out = 'src/modules/pages/public/nhsuk.css';
let sass;
try {
  sass = await import('sass');
} catch {
  if (!existsSync(out)) console.warn(`sass is not installed: ${out} was not built (npm install with development dependencies builds it).`);
  process.exit(0);
}
const started = Date.now();
const { css } = sass.compileString('@forward "nhsuk-frontend/dist/nhsuk/index" with ($nhsuk-include-font-face: false, $nhsuk-assets-path: "/assets/nhsuk/assets/");', {
  loadPaths: ['node_modules'],
  style: 'compressed',
  quietDeps: true,
});
mkdirSync('src/modules/pages/public', { recursive: true });
writeFileSync(out, css);
console.log(`Built ${out} (${Math.round(css.length / 1024)} KiB, no external fonts) in ${Date.now() - started} ms.`);
