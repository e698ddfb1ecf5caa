import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { auditedPrismaTransaction } from '../../db/audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors/problem.ts';
import type { Organisation, Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { pageLimit, sendList } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import {
  newOrganisation,
  organisation,
  organisationChanges,
  organisationList,
  organisationListQuery,
  organisationParams,
} from './organisations.schemas.ts';

/** Prisma passes contains/startsWith to LIKE as they are: % and _ in a search are meant literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

const dateOut = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const dateIn = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null ? null : new Date(`${text}T00:00:00Z`);

export function organisationOut(o: Organisation): z.output<typeof organisation> {
  return {
    odsCode: o.odsCode,
    name: o.name,
    type: o.type,
    regionCode: o.regionCode,
    openedOn: dateOut(o.openedOn),
    closedOn: dateOut(o.closedOn),
    successorOdsCode: o.successorOdsCode,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

type Fields = {
  odsCode: string;
  regionCode: string;
  openedOn: string | null;
  closedOn: string | null;
  successorOdsCode: string | null;
};

/** The rules that need the database: a known region and successor, and dates in order. */
async function checkOrganisation(prisma: PrismaClient, fields: Fields): Promise<void> {
  const errors: FieldError[] = [];
  const [region, successor] = await Promise.all([
    prisma.region.findUnique({ where: { code: fields.regionCode } }),
    fields.successorOdsCode ? prisma.organisation.findUnique({ where: { odsCode: fields.successorOdsCode } }) : null,
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

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prisma } = app.db;

  app.get(
    '/v1/organisations',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reference data'],
        summary: 'Organisations, filtered by region, type, whether open today, or a search',
        querystring: organisationListQuery,
        response: { 200: organisationList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { region, type, active, q, offset, format } = request.query;
      const limit = pageLimit(request, request.query);
      const today = new Date(`${app.today()}T00:00:00Z`);
      const openToday: Prisma.OrganisationWhereInput = {
        AND: [
          { OR: [{ openedOn: null }, { openedOn: { lte: today } }] },
          { OR: [{ closedOn: null }, { closedOn: { gte: today } }] },
        ],
      };
      const where: Prisma.OrganisationWhereInput = {
        ...(region ? { regionCode: region } : {}),
        ...(type ? { type } : {}),
        ...(q
          ? { OR: [{ name: { contains: likeLiteral(q), mode: 'insensitive' } }, { odsCode: { startsWith: likeLiteral(q.toUpperCase()) } }] }
          : {}),
        ...(active === true ? openToday : active === false ? { NOT: openToday } : {}),
      };
      const [items, total] = await prisma.$transaction([
        prisma.organisation.findMany({
          where,
          orderBy: { odsCode: 'asc' },
          skip: offset,
          ...(limit === null ? {} : { take: limit }),
        }),
        prisma.organisation.count({ where }),
      ]);
      return sendList(request, reply, { items, total, limit, offset, format }, organisationOut, [
        { header: 'odsCode', value: (o) => o.odsCode },
        { header: 'name', value: (o) => o.name },
        { header: 'type', value: (o) => o.type },
        { header: 'regionCode', value: (o) => o.regionCode },
        { header: 'openedOn', value: (o) => dateOut(o.openedOn) },
        { header: 'closedOn', value: (o) => dateOut(o.closedOn) },
        { header: 'successorOdsCode', value: (o) => o.successorOdsCode },
      ], 'organisations');
    },
  );

  app.get(
    '/v1/organisations/:odsCode',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reference data'],
        summary: 'One organisation',
        params: organisationParams,
        response: { 200: organisation, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const found = await prisma.organisation.findUnique({ where: { odsCode: request.params.odsCode } });
      if (!found) throw notFound(`There is no organisation ${request.params.odsCode}.`);
      return organisationOut(found);
    },
  );

  app.post(
    '/v1/organisations',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reference data'],
        summary: 'Add an organisation',
        body: newOrganisation,
        response: { 201: organisation, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const fields = {
        odsCode: body.odsCode,
        regionCode: body.regionCode,
        openedOn: body.openedOn ?? null,
        closedOn: body.closedOn ?? null,
        successorOdsCode: body.successorOdsCode ?? null,
      };
      await checkOrganisation(prisma, fields);
      const created = await auditedPrismaTransaction(prisma, request.actor, request.id, (tx) =>
        tx.organisation.create({
          data: {
            odsCode: body.odsCode,
            name: body.name,
            type: body.type,
            regionCode: body.regionCode,
            openedOn: dateIn(fields.openedOn) ?? null,
            closedOn: dateIn(fields.closedOn) ?? null,
            successorOdsCode: fields.successorOdsCode,
          },
        }),
      ).catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict(`Organisation ${body.odsCode} already exists.`) : error;
      });
      return reply.code(201).header('location', `/v1/organisations/${created.odsCode}`).send(organisationOut(created));
    },
  );

  app.patch(
    '/v1/organisations/:odsCode',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reference data'],
        summary: 'Change an organisation',
        params: organisationParams,
        body: organisationChanges,
        response: { 200: organisation, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { odsCode } = request.params;
      const current = await prisma.organisation.findUnique({ where: { odsCode } });
      if (!current) throw notFound(`There is no organisation ${odsCode}.`);
      const changes = request.body;
      const pick = <T>(given: T | undefined, existing: T) => (given === undefined ? existing : given);
      await checkOrganisation(prisma, {
        odsCode,
        regionCode: pick(changes.regionCode, current.regionCode),
        openedOn: pick(changes.openedOn, dateOut(current.openedOn)),
        closedOn: pick(changes.closedOn, dateOut(current.closedOn)),
        successorOdsCode: pick(changes.successorOdsCode, current.successorOdsCode),
      });
      const updated = await auditedPrismaTransaction(prisma, request.actor, request.id, (tx) => tx.organisation.update({
        where: { odsCode },
        data: {
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.type !== undefined ? { type: changes.type } : {}),
          ...(changes.regionCode !== undefined ? { regionCode: changes.regionCode } : {}),
          ...(changes.openedOn !== undefined ? { openedOn: dateIn(changes.openedOn) } : {}),
          ...(changes.closedOn !== undefined ? { closedOn: dateIn(changes.closedOn) } : {}),
          ...(changes.successorOdsCode !== undefined ? { successorOdsCode: changes.successorOdsCode } : {}),
          updatedAt: new Date(),
        },
      }));
      return organisationOut(updated);
    },
  );
};

export default organisationRoutes;
