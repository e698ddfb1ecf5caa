import { z } from 'zod';

/*
 * Zod's default for a missing field is "Invalid input: expected string, received undefined",
 * which a data lead reading an upload's results cannot act on. A missing value says so; every
 * other message stays zod's (or the schema's own).
 */
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
});
