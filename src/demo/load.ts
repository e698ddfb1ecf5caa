import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { SYSTEM_ACTORS, withAuditedTransaction } from '../db/audit.ts';
import type { Actor } from '../domain/access.ts';
import { appendReturns } from '../modules/returns/service.ts';
import type { ReturnBody } from '../modules/returns/schemas.ts';
import { formatYear } from '../domain/years.ts';
import { runDemoCycle } from './cycle.ts';
import { createDemoServices, DEMO_SERVICES_FROM, demoServiceMembers, submitDemoServiceReturns } from './library-services.ts';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, DEMO_NOTICE, demoDataset } from './dataset.ts';

export const DEMO_NOTICE_KEY = 'synthetic-demo-data';

export type DemoLoadResult =
  | { loaded: true; organisations: number; returns: number; revisions: number; years: string; approvals: number; publications: number; libraryServices: number }
  | { loaded: false; reason: string };

/**
 * Loads the synthetic demo dataset into an empty database, in one transaction. Refuses when
 * the database already holds organisations, so demo figures never mix with real ones.
 */
export async function loadDemoData(pool: pg.Pool): Promise<DemoLoadResult> {
  return withAuditedTransaction(pool, SYSTEM_ACTORS.demoLoader, null, async (client) => {
    await client.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    const { rows: existing } = await client.query<{ n: number; demo: boolean }>(
      `SELECT (SELECT count(*)::int FROM organisations) AS n,
              EXISTS (SELECT 1 FROM service_notices WHERE key = $1) AS demo`,
      [DEMO_NOTICE_KEY],
    );
    if (existing[0]!.demo) return { loaded: false, reason: 'the demo data is loaded already' };
    if (existing[0]!.n > 0) {
      return { loaded: false, reason: `the database holds ${existing[0]!.n} organisations already; demo data only goes into an empty one` };
    }

    const { organisations, returns } = demoDataset();
    await client.query(
      `INSERT INTO organisations (ods_code, name, type, region_code, opened_on, closed_on, successor_ods_code)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::organisation_type[], $4::varchar[], $5::date[], $6::date[], $7::varchar[])`,
      [
        organisations.map((o) => o.odsCode),
        organisations.map((o) => o.name),
        organisations.map((o) => o.type),
        organisations.map((o) => o.regionCode),
        organisations.map((o) => o.openedOn),
        organisations.map((o) => o.closedOn),
        organisations.map((o) => o.successorOdsCode),
      ],
    );
    await client.query(
      `INSERT INTO reporting_years (year, opens_on, deadline, closes_on)
       SELECT y, make_date(y + 1, 4, 1), make_date(y + 1, 6, 30),
              -- The latest window stays open for a year after loading, so a trust can always try a return.
              CASE WHEN y = $2 THEN greatest(make_date(y + 1, 12, 31), current_date + 365) ELSE make_date(y + 1, 9, 30) END
       FROM generate_series($1::int, $2::int) y
       ON CONFLICT (year) DO NOTHING`,
      [DEMO_FIRST_YEAR, DEMO_LAST_YEAR],
    );
    // Each year in turn (a year's warnings compare with the year before), as its returns would have
    // been submitted in June after it: first the submissions later amended, then every final one.
    const loader: Actor = { keyId: null, role: 'admin', label: SYSTEM_ACTORS.demoLoader.label, organisations: [] };
    const bodyOf = (staffWte: string, qualifiedWte: string, roles: (typeof returns)[number]['roles'], year: number): ReturnBody => ({
      staffWte: new Decimal(staffWte),
      qualifiedWte: new Decimal(qualifiedWte),
      roles: roles ? { clinicalLibrarianWte: new Decimal(roles[0]), knowledgeManagerWte: new Decimal(roles[1]), otherEmbeddedWte: new Decimal(roles[2]) } : null,
      staffSource: 'ESR (synthetic)',
      staffSnapshotDate: `${year + 1}-03-31`,
      comment: null,
    });
    let revisions = 0;
    let approvals = 0;
    let publications = 0;
    const services = await createDemoServices(client);
    for (let year = DEMO_FIRST_YEAR; year <= DEMO_LAST_YEAR; year += 1) {
      // From DEMO_SERVICES_FROM, the services' members are reported by their service's return.
      const served = (r: { odsCode: string }) => year >= DEMO_SERVICES_FROM && demoServiceMembers.has(r.odsCode);
      const ofYear = returns.filter((r) => r.year === year && !served(r));
      const today = `${year + 1}-06-01`;
      const first = ofYear.filter((r) => r.firstSubmission).map((r) => ({ odsCode: r.odsCode, year, body: bodyOf(r.firstSubmission!.staffWte, r.firstSubmission!.qualifiedWte, null, year) }));
      revisions += await appendReturns(client, first, loader, today);
      revisions += await appendReturns(client, ofYear.map((r) => ({ odsCode: r.odsCode, year, body: bodyOf(r.staffWte, r.qualifiedWte, r.roles, year) })), loader, today);
      if (year >= DEMO_SERVICES_FROM) revisions += await submitDemoServiceReturns(client, loader, year, returns);
      const reported = returns.filter((r) => r.year === year).map((r) => r.odsCode);
      const cycle = await runDemoCycle(client, loader, year, year === DEMO_LAST_YEAR ? ofYear.map((r) => r.odsCode) : reported);
      revisions += cycle.revisions;
      approvals += cycle.approvals;
      publications += cycle.publications;
    }
    await client.query('INSERT INTO service_notices (key, message) VALUES ($1, $2)', [DEMO_NOTICE_KEY, DEMO_NOTICE]);
    return {
      loaded: true,
      organisations: organisations.length,
      returns: returns.length,
      revisions,
      years: `${formatYear(DEMO_FIRST_YEAR)} to ${formatYear(DEMO_LAST_YEAR)}`,
      approvals,
      publications,
      libraryServices: services,
    };
  });
}
