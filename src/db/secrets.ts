import type { Queryable } from './transaction.ts';

const loaded = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * A secret of this database (see the service_secrets table), read once per pool: every
 * instance sharing the database shares it, so their tags agree. A failed read is not kept.
 */
export function serviceSecret(db: Queryable, name: string): Promise<string> {
  let secrets = loaded.get(db);
  if (!secrets) loaded.set(db, (secrets = new Map()));
  let secret = secrets.get(name);
  if (!secret) {
    secret = db.query<{ value: string }>('SELECT value FROM service_secrets WHERE name = $1', [name]).then(({ rows }) => {
      if (!rows[0]) throw new Error(`The database has no ${name} secret: are its migrations applied?`);
      return rows[0].value;
    });
    secret.catch(() => secrets.delete(name));
    secrets.set(name, secret);
  }
  return secret;
}
