/** A small HTTP client for the import command: the API's answers or a readable failure. */
export type ApiClient = {
  url: string;
  request(method: string, path: string, options?: RequestOptions): Promise<{ status: number; body: unknown }>;
};

/** A JSON `body`, or `raw` bytes sent as they are with their `contentType` (a file). */
type RequestOptions = { body?: unknown; raw?: Buffer; contentType?: string; headers?: Record<string, string> };

export function apiClient(url: string, key: string): ApiClient {
  const base = url.replace(/\/+$/, '');
  return {
    url: base,
    async request(method, path, options = {}) {
      for (let attempt = 1; ; attempt += 1) {
        const answer = await once(method, path, options);
        // Honour the service's rate limit rather than failing: wait as long as it asks.
        if (answer.status !== 429 || attempt >= 6) return answer;
        const wait = Math.min(Number(answer.retryAfter) || 5, 60);
        process.stderr.write(`\nRate limited by the service: waiting ${wait} s before retrying.\n`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    },
  };

  async function once(method: string, path: string, options: RequestOptions) {
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const contentType = options.raw ? options.contentType : 'application/json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        accept: 'application/json',
        ...(body === undefined || !contentType ? {} : { 'content-type': contentType }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body }),
    }).catch((error: unknown) => {
      throw new Error(`could not reach ${base}: ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`);
    });
    const text = await response.text();
    let answer: unknown = text;
    try {
      answer = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: answer, retryAfter: response.headers.get('retry-after') };
  }
}

export function describeFailure(status: number, body: unknown): string {
  const problem = body as { title?: string; detail?: string } | null;
  return `${status} ${problem?.title ?? ''}${problem?.detail ? `: ${problem.detail}` : ''}`.trim();
}
