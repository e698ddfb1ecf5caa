import createClient from 'openapi-fetch';
import type { paths } from './api-types.ts';

/*
 * The import command's client: openapi-fetch over the types generated from the service's own
 * OpenAPI document (src/cli/api-types.ts), so every path, parameter and answer is checked by the
 * compiler. Its fetch waits as long as the service asks when rate limited, and says plainly when
 * the service cannot be reached.
 */

export type ApiClient = ReturnType<typeof createClient<paths, 'application/json'>> & { url: string };

export function apiClient(url: string, key: string): ApiClient {
  const base = url.replace(/\/+$/, '');
  const client = createClient<paths, 'application/json'>({ baseUrl: base, headers: { authorization: `Bearer ${key}`, accept: 'application/json' }, fetch: politeFetch(base) });
  return Object.assign(client, { url: base });
}

function politeFetch(base: string) {
  return async (request: Request): Promise<Response> => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(request.clone()).catch((error: unknown) => {
        throw new Error(`could not reach ${base}: ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`);
      });
      // Honour the service's rate limit rather than failing: wait as long as it asks.
      if (response.status !== 429 || attempt >= 6) return response;
      const wait = Math.min(Number(response.headers.get('retry-after')) || 5, 60);
      process.stderr.write(`\nRate limited by the service: waiting ${wait} s before retrying.\n`);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  };
}

/** A problem answer in a line: its status, title and detail (any other answer: its status). */
export function describeFailure(status: number, answer: unknown): string {
  const problem = typeof answer === 'object' && answer !== null ? (answer as { title?: unknown; detail?: unknown }) : {};
  const title = typeof problem.title === 'string' ? problem.title : '';
  return `${status} ${title}${typeof problem.detail === 'string' ? `: ${problem.detail}` : ''}`.trim();
}
