export function apiClient(url, key) {
    const base = url.replace(/\/+$/, '');
    return {
        url: base,
        async request(method, path, options = {}) {
            for (let attempt = 1;; attempt += 1) {
                const answer = await once(method, path, options);
                // Honour the service's rate limit rather than failing: wait as long as it asks.
                if (answer.status !== 429 || attempt >= 6)
                    return answer;
                const wait = Math.min(Number(answer.retryAfter) || 5, 60);
                process.stderr.write(`\nRate limited by the service: waiting ${wait} s before retrying.\n`);
                await new Promise((resolve) => setTimeout(resolve, wait * 1000));
            }
        },
    };
    async function once(method, path, options) {
        const response = await fetch(`${base}${path}`, {
            method,
            headers: {
                authorization: `Bearer ${key}`,
                accept: 'application/json',
                ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
                ...options.headers,
            },
            ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        }).catch((error) => {
            throw new Error(`could not reach ${base}: ${error instanceof Error ? error.cause?.message ?? error.message : String(error)}`);
        });
        const text = await response.text();
        let body = text;
        try {
            body = text ? JSON.parse(text) : null;
        }
        catch {
            // not JSON: keep the text
        }
        return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
    }
}
export function describeFailure(status, body) {
    const problem = body;
    return `${status} ${problem?.title ?? ''}${problem?.detail ? `: ${problem.detail}` : ''}`.trim();
}
//# sourceMappingURL=import-client.js.map