import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { SYSTEM_ACTORS, withAuditedTransaction } from '../db/audit.ts';
import { insertRevisions, type NewRevision } from '../modules/returns/repository.ts';
import { policiesForYears } from '../modules/returns/submissions.repository.ts';
import { assess } from '../domain/ratio.ts';
import { warningsFor } from '../domain/warnings.ts';
import { formatYear } from '../domain/years.ts';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, DEMO_NOTICE, demoDataset } from './dataset.ts';

export const DEMO_NOTICE_KEY = 'synthetic-demo-data';

export type DemoLoadResult =
  | { loaded: true; organisations: number; returns: number; revisions: number; years: string }
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
              CASE WHEN y = $2 THEN make_date(y + 1, 12, 31) ELSE make_date(y + 1, 9, 30) END
       FROM generate_series($1::int, $2::int) y
       ON CONFLICT (year) DO NOTHING`,
      [DEMO_FIRST_YEAR, DEMO_LAST_YEAR],
    );
    const policyByYear = await policiesForYears(client, DEMO_FIRST_YEAR, DEMO_LAST_YEAR);
    const ratioByReturn = new Map<string, number | null>();

    const revisions: NewRevision[] = [];
    const revision = (
      r: (typeof returns)[number],
      number: number,
      staff: string,
      qualified: string,
      roles: (typeof returns)[number]['roles'],
    ): NewRevision => {
      const policyRow = policyByYear.get(r.year)!;
      const policy = policyRow.id === null ? null : { flagThreshold: policyRow.flag_threshold!, targetRatio: policyRow.target_ratio! };
      const assessment = assess(new Decimal(staff), new Decimal(qualified), policy);
      return {
        odsCode: r.odsCode,
        year: r.year,
        revision: number,
        staffWte: staff,
        qualifiedWte: qualified,
        clinicalLibrarianWte: roles?.[0] ?? null,
        knowledgeManagerWte: roles?.[1] ?? null,
        otherEmbeddedWte: roles?.[2] ?? null,
        staffSource: 'ESR (synthetic)',
        staffSnapshotDate: `${r.year + 1}-03-31`,
        comment: null,
        policyId: policyRow.id,
        ratio: assessment.ratio,
        band: assessment.band,
        gapWte: assessment.gapWte?.toFixed(2) ?? null,
        warnings: warningsFor({
          year: r.year,
          staffWte: new Decimal(staff),
          qualifiedWte: new Decimal(qualified),
          ratio: assessment.ratio,
          hasPolicy: policy !== null,
          previousRatio: ratioByReturn.get(`${r.odsCode}:${r.year - 1}`) ?? null,
          window: null,
          today: `${r.year + 1}-06-01`,
          staffSnapshotDate: `${r.year + 1}-03-31`,
        }),
        submittedBy: SYSTEM_ACTORS.demoLoader.label,
        submittedByKeyId: null,
        requestId: null,
      };
    };
    for (const r of returns) {
      if (r.firstSubmission) revisions.push(revision(r, 1, r.firstSubmission.staffWte, r.firstSubmission.qualifiedWte, null));
      const latest = revision(r, r.firstSubmission ? 2 : 1, r.staffWte, r.qualifiedWte, r.roles);
      revisions.push(latest);
      ratioByReturn.set(`${r.odsCode}:${r.year}`, latest.ratio);
    }
    await insertRevisions(client, revisions);
    await client.query('INSERT INTO service_notices (key, message) VALUES ($1, $2)', [DEMO_NOTICE_KEY, DEMO_NOTICE]);
    return {
      loaded: true,
      organisations: organisations.length,
      returns: returns.length,
      revisions: revisions.length,
      years: `${formatYear(DEMO_FIRST_YEAR)} to ${formatYear(DEMO_LAST_YEAR)}`,
    };
  });
}
