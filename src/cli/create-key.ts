/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { parseArgs } from 'node:util';
import { SYSTEM_ACTORS } from '../db/audit.ts';
import { HttpProblem } from '../errors/problem.ts';
import { createApiKey } from '../modules/access/service.ts';
import { runWithDatabase } from './with-database.ts';
import { ROLES } from '../domain/access.ts';

const USAGE = `Usage: npx staff-ratio key:create --role ${ROLES.join('|')} [--org ODS ...] [--region CODE ...] [--name "who it is for"]
   (or: npm run key:create -- <the same arguments>)

Creates an API key in the database (DATABASE_URL, or the embedded one under DATA_DIR, also while
the service runs on it) and prints it once. Submitter keys need one --org per organisation they
submit for; reviewer keys one --region per region whose returns they approve.`;

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string', multiple: true, default: [] },
    region: { type: 'string', multiple: true, default: [] },
    name: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const role = ROLES.find((known) => known === values.role);

if (values.help || role === undefined) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
} else {
  const organisations = values.org.map((code) => code.trim().toUpperCase());
  const regions = values.region.map((code) => code.trim().toUpperCase());
  const scopeOf = [...organisations, ...regions];
  const name = values.name ?? `${role} key${scopeOf.length ? ` for ${scopeOf.join(', ')}` : ''}`;
  runWithDatabase('key:create', async ({ pool }) => {
    try {
      const { record, key } = await createApiKey(pool, { name, role, organisations, regions }, SYSTEM_ACTORS.operator, null);
      const scoped = [...record.organisations, ...record.regions];
      const scope = scoped.length ? ` for ${scoped.join(', ')}` : '';
      console.log(`Created ${record.role} key "${record.name}" (id ${record.id}, prefix ${record.prefix})${scope}.`);
      console.log(`\n  ${key}\n`);
      console.log('This is the only time the key is shown: only its hash is stored. Use it as');
      console.log('  Authorization: Bearer <key>');
      console.log(`Revoke it with DELETE /v1/api-keys/${record.id} (admin).`);
      return 0;
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      console.error(`Not created: ${error.detail}${error.errors ? ` (${error.errors.map((e) => e.message).join('; ')})` : ''}`);
      return 1;
    }
  });
}
