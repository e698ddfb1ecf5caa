#!/usr/bin/env node
// The project's command line, taking its flags directly (npm run would take --dry-run itself):
//   npx staff-ratio import returns.csv --dry-run
//   npx staff-ratio import --organisations organisations.csv
//   npx staff-ratio key:create --role submitter --org RJ1
// It builds dist/ when TypeScript is installed (as npm start does), then runs the command from it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = {
  import: 'dist/cli/import.js',
  'key:create': 'dist/cli/create-key.js',
  'seed:demo': 'dist/cli/seed-demo.js',
};

const [command, ...rest] = process.argv.slice(2);
const script = Object.hasOwn(COMMANDS, command ?? '') ? COMMANDS[command] : undefined;
if (!script) {
  console.log(`Usage: npx staff-ratio <${Object.keys(COMMANDS).join('|')}> [arguments]   (--help after a command for its own)`);
  process.exit(command && command !== '--help' && command !== '-h' ? 2 : 0);
}
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-possible.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
process.argv = [process.argv[0], path.join(root, script), ...rest];
await import(pathToFileURL(path.join(root, script)).href);
