import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabase } from '../../../src/db/admin.ts';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../../src/db/embedded.ts';
import { startProcess, type RunningProcess } from '../../../bench/service.ts';

/** The real service as its own process (`src/server.ts`), and its embedded PostgreSQL's processes. */

export const ADMIN_KEY = 'reliability-admin-key-0123456789-abcdefghijkl';

export type Service = RunningProcess;

export async function makeDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'staff-ratio-reliability-'));
  await chmod(dir, 0o755); // the postgres user must reach its data directory when run as root
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts the service with `env` (DATA_DIR or DATABASE_URL) on a free port and waits until it is ready. */
export function startService(env: Record<string, string>): Promise<Service> {
  const defaults = {
    ADMIN_API_KEY: ADMIN_KEY,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '10000000',
    AUTH_FAILURES_PER_MINUTE: '100',
  };
  return startProcess('src/server.ts', { ...defaults, ...env }, '/health/ready');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What PostgreSQL wrote in postmaster.pid: its process id and port. */
export async function postmasterOf(clusterDir: string): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer…). */
export async function postgresProcesses(clusterDir: string): Promise<number[]> {
  const { pid } = await postmasterOf(clusterDir);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Field 4 (after the command in parentheses) is the parent's pid.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) children.push(Number(entry));
  }
  return [pid, ...children];
}

export function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export async function waitUntilGone(pids: number[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A killed process that nobody has reaped yet is a zombie: gone for our purposes.
  const alive = async (pid: number) => {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    return stat !== null && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  };
  const anyAlive = async () => (await Promise.all(pids.map(alive))).some(Boolean);
  while (await anyAlive()) {
    if (Date.now() > deadline) throw new Error(`processes still running among ${pids.join(', ')}`);
    await sleep(50);
  }
}

export type Cluster = { url: string; dataDir: string; database: EmbeddedDatabase; remove(): Promise<void> };

/** An embedded PostgreSQL of the test's own, in a fresh directory, with one empty database. */
export async function startCluster(databaseName: string, port?: number): Promise<Cluster> {
  const data = await makeDataDir();
  const database = await startEmbeddedDatabase({ dataDir: data.dir, ...(port ? { port } : {}) });
  await ensureDatabase(database.adminUrl, databaseName);
  return {
    url: database.urlFor(databaseName),
    dataDir: data.dir,
    database,
    remove: async () => {
      await database.stop().catch(() => undefined);
      await data.remove();
    },
  };
}

/** Stops a service started by startService with SIGTERM and waits for it to exit. */
export async function stopService(service: Service | undefined): Promise<void> {
  await service?.stop();
}
