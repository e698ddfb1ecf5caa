import type pg from 'pg';
import type { z } from 'zod';
import { changedItems, changeOf } from '../../domain/publication-changes.ts';
import { formatYear } from '../../domain/years.ts';
import { findRevisionsByIds, organisationFigures } from '../returns/service.ts';
import { summaryFrom, type Source } from '../monitoring/service.ts';
import { keptRevisionIds, pendingRows } from './repository.ts';
import type { pending, ServedPublication } from './schemas.ts';

/*
 * What changed since the latest version, and what the next one would hold if every pending
 * return were approved as it stands: nothing is stored.
 */

type Pending = z.output<typeof pending>;

export async function pendingFor(pool: pg.Pool, latest: ServedPublication): Promise<Pending> {
  const { year, version, document } = latest;
  const rows = await pendingRows(pool, year, version);
  const current = new Map((await findRevisionsByIds(pool, rows.map((r) => r.current_id))).map((row) => [row.ods_code, row]));
  const frozen = new Map(document.organisations.map((o) => [o.odsCode, o]));

  const returns: Pending['returns'] = rows.map((row) => {
    const revision = current.get(row.ods_code)!;
    const change = row.published_id === null ? 'new' : row.published_id !== row.current_id ? 'amended' : row.approved ? 'approved' : 'withdrawn';
    return {
      odsCode: row.ods_code,
      name: revision.organisation_name,
      regionCode: revision.region_code,
      type: revision.type as Pending['returns'][number]['type'],
      change,
      revision: revision.revision,
      approved: row.approved,
      published: frozen.get(row.ods_code) ?? null,
      wouldBe: organisationFigures(revision),
    };
  });

  // The next version if every pending return were approved: the frozen revisions, each pending
  // organisation's replaced by its current one.
  const pendingCodes = new Set(rows.map((r) => r.ods_code));
  const frozenIds = await keptRevisionIds(pool, year, version, [...pendingCodes]);
  // (Only the year's own figures are compared, so the previous year's revisions are not needed.)
  const source: Source = { kind: 'revisions', ids: [...frozenIds, ...rows.map((r) => r.current_id)] };
  const [national, regions] = [await summaryFrom(pool, year, 'national', source), await summaryFrom(pool, year, 'region', source)];
  return {
    year: formatYear(year),
    publication: { version, publishedAt: latest.publishedAt, url: `/v1/publications/${formatYear(year)}/versions/${version}` },
    returns,
    effect: {
      national: changeOf(document.summary.national, national.groups[0]),
      regions: changedItems(document.summary.regions, regions.groups, (g) => g.key).map(({ item, before, after }) => ({ key: item.key, before, after })),
    },
  };
}
