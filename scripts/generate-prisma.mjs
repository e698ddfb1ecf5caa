// Generates the Prisma client into src/generated/prisma (git-ignored) during `npm install`.
//
// Why a wrapper: the Prisma CLI downloads its native schema engine at start-up, even for
// `generate`, which needs no engine (the prisma-client generator is rust-free). Where the
// engine cannot be downloaded (offline or locked-down machines) pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets generation run; on a connected
// machine the plain command is used first so nothing changes there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = ['node_modules/prisma/build/index.js', 'generate'];

// A production install (--omit=dev) has no Prisma CLI: it runs dist/, built with the client in it.
if (!existsSync(cli[0])) {
  console.log('The Prisma CLI is not installed (a production install): not generating the client; run the built dist/.');
  process.exit(0);
}

function generate(env) {
  return spawnSync(process.execPath, cli, { env, encoding: 'utf8' });
}

let result = generate(process.env);
if (result.status !== 0 && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  result = generate({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
process.stdout.write(result.stdout ?? '');
if (result.status !== 0) {
  process.stderr.write(result.stderr ?? '');
  process.exit(result.status ?? 1);
}
