import { createHash } from 'node:crypto';
import type pg from 'pg';

const names = new Map<string, string>();

/**
 * A named statement: PostgreSQL parses and plans it once per connection instead of on every
 * call, which for the multi-join queries here costs more than running them. The name is derived
 * from the SQL text, so identical text shares one prepared statement.
 */
export function prepared(text: string, values: unknown[] = []): pg.QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return { name, text, values };
}
