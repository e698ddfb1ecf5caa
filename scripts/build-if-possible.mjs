// Before `npm start`: compile src/ to dist/ (incremental, a few seconds when little changed).
// A production install has no TypeScript: it runs the dist/ it was given, or says what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('node_modules/typescript/bin/tsc')) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await import('./copy-assets.mjs');
  process.exit(0);
}
if (existsSync('dist/server.js')) process.exit(0);
console.error('There is no dist/ and no TypeScript to build it: run `npm install` (with development dependencies), then `npm start`.');
process.exit(1);
