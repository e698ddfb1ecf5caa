import type { z } from 'zod';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors/problem.ts';
import type { newOrganisation, organisationChanges } from './organisations.schemas.ts';
import * as repository from './repository.ts';

/* Regions and organisations: reference data, and the rules that need the database. */

export type { Organisation, OrganisationFilters, Region } from './repository.ts';

type Context = RequestContext;

export const dateOut = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const dateIn = (text: string | null | undefined) => (text === undefined ? undefined : text === null ? null : new Date(`${text}T00:00:00Z`));

type Fields = { odsCode: string; regionCode: string; openedOn: string | null; closedOn: string | null; successorOdsCode: string | null };

/** A known region and successor, and dates in order. */
async function checkOrganisation(prisma: PrismaClient, fields: Fields): Promise<void> {
  const errors: FieldError[] = [];
  const [region, successor] = await Promise.all([
    repository.findRegion(prisma, fields.regionCode),
    fields.successorOdsCode ? repository.findOrganisation(prisma, fields.successorOdsCode) : null,
  ]);
  if (!region) errors.push({ pointer: '/body/regionCode', message: `there is no region ${fields.regionCode}` });
  if (fields.successorOdsCode === fields.odsCode) {
    errors.push({ pointer: '/body/successorOdsCode', message: 'an organisation cannot succeed itself' });
  } else if (fields.successorOdsCode && !successor) {
    errors.push({ pointer: '/body/successorOdsCode', message: `there is no organisation ${fields.successorOdsCode}` });
  }
  if (fields.openedOn && fields.closedOn && fields.closedOn < fields.openedOn) {
    errors.push({ pointer: '/body/closedOn', message: 'must not be before openedOn' });
  }
  if (errors.length) throw unprocessable('The organisation breaks a rule: see errors.', errors);
}

async function getOrganisation(prisma: PrismaClient, odsCode: string) {
  const found = await repository.findOrganisation(prisma, odsCode);
  if (!found) throw notFound(`There is no organisation ${odsCode}.`);
  return found;
}

async function addOrganisation(prisma: PrismaClient, context: Context, body: z.output<typeof newOrganisation>) {
  const fields = {
    odsCode: body.odsCode,
    regionCode: body.regionCode,
    openedOn: body.openedOn ?? null,
    closedOn: body.closedOn ?? null,
    successorOdsCode: body.successorOdsCode ?? null,
  };
  await checkOrganisation(prisma, fields);
  return repository
    .createOrganisation(prisma, context.actor, context.requestId, {
      odsCode: body.odsCode,
      name: body.name,
      type: body.type,
      regionCode: body.regionCode,
      openedOn: dateIn(fields.openedOn) ?? null,
      closedOn: dateIn(fields.closedOn) ?? null,
      successorOdsCode: fields.successorOdsCode,
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? conflict(`Organisation ${body.odsCode} already exists.`) : error;
    });
}

async function changeOrganisation(prisma: PrismaClient, context: Context, odsCode: string, changes: z.output<typeof organisationChanges>) {
  const current = await getOrganisation(prisma, odsCode);
  const pick = <T>(given: T | undefined, existing: T) => (given === undefined ? existing : given);
  await checkOrganisation(prisma, {
    odsCode,
    regionCode: pick(changes.regionCode, current.regionCode),
    openedOn: pick(changes.openedOn, dateOut(current.openedOn)),
    closedOn: pick(changes.closedOn, dateOut(current.closedOn)),
    successorOdsCode: pick(changes.successorOdsCode, current.successorOdsCode),
  });
  return repository.updateOrganisation(prisma, context.actor, context.requestId, odsCode, {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.type !== undefined ? { type: changes.type } : {}),
    ...(changes.regionCode !== undefined ? { regionCode: changes.regionCode } : {}),
    ...(changes.openedOn !== undefined ? { openedOn: dateIn(changes.openedOn) } : {}),
    ...(changes.closedOn !== undefined ? { closedOn: dateIn(changes.closedOn) } : {}),
    ...(changes.successorOdsCode !== undefined ? { successorOdsCode: changes.successorOdsCode } : {}),
    updatedAt: new Date(),
  });
}

function addRegion(prisma: PrismaClient, context: Context, region: { code: string; name: string }) {
  return repository.createRegion(prisma, context.actor, context.requestId, region).catch((error: unknown) => {
    throw isUniqueViolation(error) ? conflict(`Region ${region.code} already exists.`) : error;
  });
}

/** The reference-data service of a database: its use cases, given each request's context. */
export function referenceService(db: Database) {
  const { prisma } = db;
  return {
    listOrganisations: (filters: repository.OrganisationFilters, today: string, limit: number | null, offset: number) =>
      repository.listOrganisations(prisma, filters, today, limit, offset),
    getOrganisation: (odsCode: string) => getOrganisation(prisma, odsCode),
    addOrganisation: async (context: Context, body: z.output<typeof newOrganisation>) => {
      const created = await addOrganisation(prisma, context, body);
      context.log.info({ odsCode: created.odsCode }, 'organisation added');
      return created;
    },
    changeOrganisation: (context: Context, odsCode: string, changes: z.output<typeof organisationChanges>) => changeOrganisation(prisma, context, odsCode, changes),
    listRegions: (limit: number | null, offset: number) => repository.listRegions(prisma, limit, offset),
    addRegion: (context: Context, region: { code: string; name: string }) => addRegion(prisma, context, region),
  };
}
