import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClient, describeFailure } from '../src/cli/import-client.ts';

/*
 * The import command's typed client against a stand-in service: it waits as long as a 429 asks
 * and tries again, says plainly when the service cannot be reached, and puts a problem in a line.
 */

let server: Server | undefined;
afterEach(() => {
  server?.close();
  vi.restoreAllMocks();
});

async function standIn(answers: { status: number; headers?: Record<string, string>; body: unknown }[]) {
  const seen: string[] = [];
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url} ${request.headers.authorization}`);
    const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, seen };
}

describe("the import command's client", () => {
  it('waits as long as a 429 asks, then tries again with the same key', async () => {
    const { url, seen } = await standIn([
      { status: 429, headers: { 'retry-after': '1' }, body: { title: 'Too many requests' } },
      { status: 200, body: { data: [{ code: 'Y56', name: 'London' }], meta: { total: 1, limit: 1000, offset: 0 } } },
    ]);
    const told = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const started = Date.now();
    const { data } = await apiClient(url, 'the-key').GET('/v1/regions', { params: { query: { limit: '1000' } } });
    expect(data?.data[0]?.code).toBe('Y56');
    expect(seen).toEqual(['GET /v1/regions?limit=1000 Bearer the-key', 'GET /v1/regions?limit=1000 Bearer the-key']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(told.mock.calls.map(([text]) => String(text)).join('')).toContain('waiting 1 s');
  });

  it('says plainly that the service cannot be reached', async () => {
    const { url } = await standIn([{ status: 200, body: {} }]);
    server!.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(apiClient(url, 'k').GET('/v1/regions', {})).rejects.toThrow(/^could not reach http:\/\/127\.0\.0\.1:\d+: /);
  });

  it('puts a problem in one line, and anything else as its status', () => {
    expect(describeFailure(409, { title: 'Conflict', detail: 'Already exists.' })).toBe('409 Conflict: Already exists.');
    expect(describeFailure(502, '<html>Bad gateway</html>')).toBe('502');
    expect(describeFailure(500, null)).toBe('500');
  });
});
