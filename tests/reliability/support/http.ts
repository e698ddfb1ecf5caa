import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { ADMIN_KEY } from './service.ts';

export type Answer = {
  status: number; // 0 when no HTTP answer came (refused, reset, timed out)
  error?: string;
  contentType: string;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- bodies are checked field by field
  headers: Headers;
  ms: number;
};

export type CallOptions = { body?: unknown; raw?: string; contentType?: string; key?: string | null; headers?: Record<string, string>; timeoutMs?: number };

/** One HTTP request that never throws: failures to get an answer come back as status 0. */
export async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const started = performance.now();
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? ADMIN_KEY : options.key;
  if (key) headers.authorization = `Bearer ${key}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  try {
    const res = await fetch(`${base}${path}`, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    let json: unknown = null;
    if (contentType.includes('json') && text) json = JSON.parse(text);
    return { status: res.status, contentType, text, json, headers: res.headers, ms: performance.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const name = cause?.code ?? (error as Error).name ?? 'error';
    return { status: 0, error: name, contentType: '', text: '', json: null, headers: new Headers(), ms: performance.now() - started };
  }
}

/** Whether an error answer is a well-formed problem+json document for its own status. */
export function isProblem(answer: Answer): boolean {
  return (
    answer.contentType.startsWith('application/problem+json') &&
    typeof answer.json?.type === 'string' &&
    typeof answer.json?.title === 'string' &&
    answer.json?.status === answer.status
  );
}

/** Prints a scenario's figures and keeps them under .data/reliability for docs/reliability.md. */
export async function recordFigures(scenario: string, figures: Record<string, number | string>): Promise<void> {
  // eslint-disable-next-line no-console -- the figures are the point of the run
  console.log(`[reliability] ${scenario}: ${Object.entries(figures).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  await mkdir('.data/reliability', { recursive: true });
  await writeFile(`.data/reliability/${scenario}.json`, `${JSON.stringify({ scenario, at: new Date().toISOString(), ...figures }, null, 2)}\n`);
}

/**
 * Sends a large body and keeps the answer even when the server answers early and closes the
 * connection before the upload ends (as it may for 413): fetch reports that as a failed request.
 */
export function sendLarge(base: string, method: string, path: string, body: string, contentType: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': contentType, 'content-length': Buffer.byteLength(body) },
    });
    let answered = false;
    request.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const contentType = String(res.headers['content-type'] ?? '');
        resolve({ status: res.statusCode!, contentType, text, json: contentType.includes('json') && text ? JSON.parse(text) : null, headers: new Headers(), ms: performance.now() - started });
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) resolve({ status: 0, error: error.code ?? 'error', contentType: '', text: '', json: null, headers: new Headers(), ms: performance.now() - started });
    });
    request.end(body);
  });
}
