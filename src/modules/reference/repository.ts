import { auditedPrismaTransaction, type AuditActor } from '../../db/audit.ts';
import type { Organisation, Prisma, PrismaClient, Region } from '../../generated/prisma/client.ts';

/* The SQL (through Prisma) of regions and organisations. */

export type { Organisation, Region } from '../../generated/prisma/client.ts';

/** Prisma passes contains/startsWith to LIKE as they are: % and _ in a search are meant literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

export type OrganisationFilters = { region?: string | undefined; type?: string | undefined; active?: boolean | undefined; q?: string | undefined };

export async function listOrganisations(prisma: PrismaClient, filters: OrganisationFilters, today: string, limit: number | null, offset: number) {
  const day = new Date(`${today}T00:00:00Z`);
  const openToday: Prisma.OrganisationWhereInput = {
    AND: [{ OR: [{ openedOn: null }, { openedOn: { lte: day } }] }, { OR: [{ closedOn: null }, { closedOn: { gte: day } }] }],
  };
  const { region, type, active, q } = filters;
  const where: Prisma.OrganisationWhereInput = {
    ...(region ? { regionCode: region } : {}),
    ...(type ? { type: type as Organisation['type'] } : {}),
    ...(q ? { OR: [{ name: { contains: likeLiteral(q), mode: 'insensitive' } }, { odsCode: { startsWith: likeLiteral(q.toUpperCase()) } }] } : {}),
    ...(active === true ? openToday : active === false ? { NOT: openToday } : {}),
  };
  const [items, total] = await prisma.$transaction([
    prisma.organisation.findMany({ where, orderBy: { odsCode: 'asc' }, skip: offset, ...(limit === null ? {} : { take: limit }) }),
    prisma.organisation.count({ where }),
  ]);
  return { items, total };
}

export const findOrganisation = (prisma: PrismaClient, odsCode: string) => prisma.organisation.findUnique({ where: { odsCode } });
export const findRegion = (prisma: PrismaClient, code: string) => prisma.region.findUnique({ where: { code } });

export function createOrganisation(prisma: PrismaClient, actor: AuditActor, requestId: string, data: Prisma.OrganisationUncheckedCreateInput): Promise<Organisation> {
  return auditedPrismaTransaction(prisma, actor, requestId, (tx) => tx.organisation.create({ data }));
}

export function updateOrganisation(prisma: PrismaClient, actor: AuditActor, requestId: string, odsCode: string, data: Prisma.OrganisationUncheckedUpdateInput): Promise<Organisation> {
  return auditedPrismaTransaction(prisma, actor, requestId, (tx) => tx.organisation.update({ where: { odsCode }, data }));
}

export async function listRegions(prisma: PrismaClient, limit: number | null, offset: number): Promise<{ items: Region[]; total: number }> {
  const [items, total] = await prisma.$transaction([
    prisma.region.findMany({ orderBy: { code: 'asc' }, skip: offset, ...(limit === null ? {} : { take: limit }) }),
    prisma.region.count(),
  ]);
  return { items, total };
}

export function createRegion(prisma: PrismaClient, actor: AuditActor, requestId: string, region: { code: string; name: string }): Promise<Region> {
  return auditedPrismaTransaction(prisma, actor, requestId, (tx) => tx.region.create({ data: region }));
}
