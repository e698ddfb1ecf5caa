import type { z } from 'zod';
import type { Queryable } from '../../db/transaction.ts';
import { completenessFrom, summaryFrom, worstFirst, type Source } from '../monitoring/service.ts';
import { findRevisionsByIds, organisationFigures } from '../returns/service.ts';
import { organisationsOfRevisions } from './repository.ts';
import type { publication } from './schemas.ts';

/*
 * A publication's figures, computed from exactly the revisions it names: the same computation
 * whether publishing, recomputing a version to check it, or showing what a new one would hold.
 */

type Publication = z.output<typeof publication>;
export type PublishedFigures = Pick<Publication, 'policy' | 'summary' | 'organisations' | 'flagged' | 'completeness'>;

/**
 * The figures of `year` from the revisions `ids` (its returns), with `previousIds` (the previous
 * year's latest publication) for each group's previous-year ratio.
 */
export async function figuresOf(db: Queryable, year: number, ids: string[], previousIds: string[]): Promise<PublishedFigures> {
  const source: Source = { kind: 'revisions', ids: [...ids, ...previousIds] };
  // One after another: `db` may be a transaction's single connection.
  const national = await summaryFrom(db, year, 'national', source);
  const regions = await summaryFrom(db, year, 'region', source);
  const types = await summaryFrom(db, year, 'type', source);
  const organisations = (await findRevisionsByIds(db, ids)).map(organisationFigures);
  const { expected, reported, missing } = await completenessFrom(db, year, ids);
  return {
    policy: national.policy,
    summary: { national: national.groups[0] ?? null, regions: regions.groups, types: types.groups },
    organisations,
    flagged: organisations.filter((o) => o.band === 'flagged').sort(worstFirst),
    completeness: { expected, reported, missing: missing as Publication['completeness']['missing'] },
  };
}

/**
 * The returns left out of a version. Only "not approved": why (its warnings, its revision) is
 * a return's private part, shown to keyed readers of the returns and of pending, never in open data.
 */
export async function excludedOf(db: Queryable, ids: string[]): Promise<Publication['excluded']> {
  return (await organisationsOfRevisions(db, ids)).map((o) => ({ ...o, reason: 'not approved' }));
}
