/** OpenAPI security of a route open to callers without a key while publications are public. */
export const publicOrKeyed = (open: boolean): Record<string, string[]>[] => (open ? [{}, { apiKey: [] }] : [{ apiKey: [] }]);
