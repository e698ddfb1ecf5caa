import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findFreePort } from '../src/db/embedded.ts';

/** A TypeScript entry point running as its own process (the benchmark's servers, the reliability suite's service). */
export type RunningProcess = {
  url: string;
  pid: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** Signals its whole process group (as Ctrl-C in a terminal does): it and its embedded PostgreSQL. */
  signalGroup(signal: NodeJS.Signals): void;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
  peakRssMb(): number;
};

/** Peak resident memory of a process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Starts an entry point on a free loopback port and waits until `readyPath` answers 2xx: compiled
 * JavaScript (`dist/…js`, as production runs it) as it is, TypeScript through tsx.
 */
export async function startProcess(entry: string, env: Record<string, string>, readyPath: string): Promise<RunningProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []), entry], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a service started from a terminal has (Ctrl-C signals the group).
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${url}${readyPath}`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`${entry} did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    exited,
    signal: (signal) => child.kill(signal),
    signalGroup: (signal) => process.kill(-child.pid!, signal),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    peakRssMb: () => peakRssMb(child.pid!),
  };
}
