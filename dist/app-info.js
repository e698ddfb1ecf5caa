import { readFileSync } from 'node:fs';
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
export const appInfo = {
    name: 'staff-ratio-api',
    title: 'NHS staff-ratio monitoring API',
    version: manifest.version,
    description: 'Annual returns of NHS organisations’ workforce and qualified library and knowledge ' +
        'specialist WTE; ratios against the HEE staff-ratio policy (flag at 1:1,730, target 1:1,250) ' +
        'and national, regional and organisation-type aggregates.',
};
//# sourceMappingURL=app-info.js.map