import type pg from 'pg';
import { withAuditedTransaction } from '../../db/audit.ts';
import { changedItems, changeOf } from '../../domain/publication-changes.ts';
import { formatYear } from '../../domain/years.ts';
import { conflict, notFound } from '../../errors/problem.ts';
import type { RequestContext } from '../../http/context.ts';
import { etagOf } from '../../plugins/etag.ts';
import type { Database } from '../../plugins/database.ts';
import { ShortCache } from '../../http/fixed-window.ts';
import { excludedOf, figuresOf, type PublishedFigures } from './figures.ts';
import { findPublication, insertPublication, latestVersion, listPublications, lockPublishing, revisionIdsAsAt, snapshotOf, type PublicationRow } from './repository.ts';
import { pendingFor } from './pending.ts';
import type { Publication, ServedPublication } from './schemas.ts';

export type { Publication, ServedPublication } from './schemas.ts';

/** How long an instance trusts its idea of a year's latest version (another instance may publish). */
export const LATEST_TTL_MS = 1_000;

export const versionUrl = (year: number, version: number) => `/v1/publications/${formatYear(year)}/versions/${version}`;

function changesBetween(previous: Publication, figures: PublishedFigures): Publication['changes'] {
  return {
    organisations: changedItems(previous.organisations, figures.organisations, (o) => o.odsCode).map(({ item, before, after }) => ({ odsCode: item.odsCode, name: item.name, before, after })),
    national: changeOf(previous.summary.national, figures.summary.national),
    regions: changedItems(previous.summary.regions, figures.summary.regions, (g) => g.key).map(({ item, before, after }) => ({ key: item.key, before, after })),
  };
}

/**
 * Publishes version n+1 of a year inside the caller's (audited) transaction: the current revision
 * of every approved return, the figures computed from exactly those, and completeness now. 409
 * when nothing changed since the latest version (it would be the same figures again), or when
 * no return is approved. `publishedAt` defaults to the transaction's time (the demo loader dates
 * its history).
 */
export async function publishYear(client: pg.PoolClient, by: { label: string; keyId: string | null }, year: number, note: string, publishedAt?: Date): Promise<PublicationRow> {
  await lockPublishing(client, year);
  const snapshot = await snapshotOf(client, year);
  const latest = await findPublication(client, year, null);
  if (latest && latest.changes_seen === snapshot.changes_seen) {
    throw conflict(`Nothing has changed in ${formatYear(year)} since version ${latest.version}: no return was amended, approved or withdrawn.`);
  }
  if (snapshot.included.length === 0) {
    throw conflict(`No return of ${formatYear(year)} is approved: a publication holds approved returns only.`);
  }
  const at = publishedAt ?? snapshot.now;
  const previousIds = await revisionIdsAsAt(client, year - 1, at);
  const figures = await figuresOf(client, year, snapshot.included, previousIds);
  const version = (latest?.version ?? 0) + 1;
  const document: Publication = {
    year: formatYear(year),
    version,
    publishedAt: at.toISOString(),
    note,
    ...figures,
    excluded: await excludedOf(client, snapshot.excluded),
    changes: latest ? changesBetween(JSON.parse(latest.body) as Publication, figures) : null,
  };
  const row = {
    year, version, published_at: at, note, changes_seen: snapshot.changes_seen,
    revision_ids: snapshot.included, excluded_revision_ids: snapshot.excluded, body: JSON.stringify(document),
  };
  await insertPublication(client, { ...row, published_by: by.label, published_by_key_id: by.keyId });
  return row;
}

function publish(pool: pg.Pool, context: RequestContext, year: number, note: string): Promise<PublicationRow> {
  return withAuditedTransaction(pool, context.actor, context.requestId, (client) => publishYear(client, context.actor, year, note));
}

/** The publications service of a database. Versions never change, so each is kept in memory once read. */
export function publicationsService(db: Database) {
  const { pool } = db;
  const versions = new Map<string, ServedPublication>();
  const latest = new ShortCache<number | null>(LATEST_TTL_MS, 1_000);

  const served = (row: PublicationRow): ServedPublication => {
    const key = `${row.year}/${row.version}`;
    let entry = versions.get(key);
    if (!entry) {
      // The bytes are kept too: sending them spares encoding a large text again for every answer.
      entry = {
        year: row.year, version: row.version, publishedAt: row.published_at.toISOString(), body: row.body, bytes: Buffer.from(row.body),
        etag: etagOf(row.body), document: JSON.parse(row.body) as Publication,
      };
      // Bounded: the oldest read is forgotten first (a version is a few MB at 20,000 organisations).
      if (versions.size >= 64) versions.delete(versions.keys().next().value!);
      versions.set(key, entry);
    }
    return entry;
  };

  const read = async (year: number, version: number): Promise<ServedPublication> => {
    const cached = versions.get(`${year}/${version}`);
    if (cached) return cached;
    const row = await findPublication(pool, year, version);
    if (!row) throw notFound(`${formatYear(year)} has no version ${version}.`);
    return served(row);
  };

  const latestOf = async (year: number): Promise<ServedPublication> => {
    let version = latest.get(String(year));
    if (version === undefined) {
      version = await latestVersion(pool, year);
      latest.set(String(year), version);
    }
    if (version === null) throw notFound(`${formatYear(year)} has not been published yet.`);
    return read(year, version);
  };

  return {
    publish: async (context: RequestContext, year: number, note: string) => {
      const row = await publish(pool, context, year, note);
      latest.set(String(year), row.version);
      context.log.info({ year: formatYear(year), version: row.version, returns: row.revision_ids.length, excluded: row.excluded_revision_ids.length }, 'year published');
      return served(row);
    },
    read,
    latest: latestOf,
    list: (limit: number | null, offset: number) => listPublications(pool, limit, offset),
    pending: async (year: number) => pendingFor(pool, await latestOf(year)),
    /** The figures of a stored version recomputed from its revision ids (to check it reproduces). */
    recompute: async (year: number, version: number): Promise<PublishedFigures> => {
      const row = await findPublication(pool, year, version);
      if (!row) throw notFound(`${formatYear(year)} has no version ${version}.`);
      return figuresOf(pool, year, row.revision_ids, await revisionIdsAsAt(pool, year - 1, row.published_at));
    },
  };
}
