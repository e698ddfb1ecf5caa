/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { loadDemoData } from '../demo/load.ts';
import { runWithDatabase } from './with-database.ts';

/** `npm run seed:demo`: loads the synthetic demo dataset into an empty database. */
runWithDatabase('seed:demo', async ({ config, database, pool }) => {
  const result = await loadDemoData(pool);
  if (!result.loaded) {
    console.log(`Nothing loaded: ${result.reason}.`);
    return result.reason.includes('already') ? 0 : 1;
  }
  console.log('Loaded the SYNTHETIC demo dataset (invented organisations and figures, not NHS data):');
  console.log(`  ${result.organisations} organisations, ${result.returns} returns (${result.revisions} revisions), ${result.years}`);
  console.log(`  ${result.approvals} approvals and ${result.publications} publications (every year but the latest published; one with a version 2)`);
  console.log(`  into ${database.embedded ? `the embedded database under ${config.dataDir}/` : 'DATABASE_URL'}.`);
  console.log('Next: npm start, then try');
  console.log(`  curl http://${config.host}:${config.port}/v1/monitoring/2025-26/summary`);
  console.log(`  curl http://${config.host}:${config.port}/v1/monitoring/trends?groupBy=region`);
  return 0;
});
