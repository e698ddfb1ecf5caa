import type pg from 'pg';
import { Decimal } from 'decimal.js';
import type { Actor } from '../domain/access.ts';
import type { RequestContext } from '../http/context.ts';
import { createLogger } from '../logger.ts';
import { createServiceWith, writeServiceReturn } from '../modules/library-services/service.ts';
import type { DemoReturn } from './dataset.ts';

/*
 * The demo's shared library services: from 2023-24, two services each report for several
 * organisations, one of them spanning two regions. Their members' figures then come from the
 * service's return: the members' staff, and the qualified staff they would have reported, pooled.
 */

export const DEMO_SERVICES_FROM = 2023;

export const DEMO_SERVICES = [
  // ZD030 is in Y59 and ZD031 in Y60: a service spanning two regions.
  { code: 'DLSEAST', name: 'Synthetic East library and knowledge service (demo data)', hostOdsCode: 'ZD030', members: ['ZD030', 'ZD031', 'ZD037'] },
  { code: 'DLSMH', name: 'Synthetic mental health library service (demo data)', hostOdsCode: 'ZD120', members: ['ZD120', 'ZD134'] },
];

export const demoServiceMembers = new Set(DEMO_SERVICES.flatMap((s) => s.members));

export async function createDemoServices(client: pg.PoolClient): Promise<number> {
  for (const service of DEMO_SERVICES) {
    await createServiceWith(client, {
      code: service.code,
      name: service.name,
      hostOdsCode: service.hostOdsCode,
      members: service.members.map((odsCode) => ({ odsCode, fromYear: DEMO_SERVICES_FROM, toYear: null })),
    });
  }
  return DEMO_SERVICES.length;
}

/** Each service's return for a year, from its members' figures in the dataset. */
export async function submitDemoServiceReturns(client: pg.PoolClient, loader: Actor, year: number, returns: DemoReturn[]): Promise<number> {
  const context: RequestContext = { actor: loader, requestId: 'demo-loader', log: createLogger({ logLevel: 'silent' }) };
  let written = 0;
  for (const service of DEMO_SERVICES) {
    const members = returns.filter((r) => r.year === year && service.members.includes(r.odsCode));
    if (members.length !== service.members.length) continue;
    const qualified = members.reduce((sum, r) => sum.plus(r.qualifiedWte), new Decimal(0));
    await writeServiceReturn(client, context, service.code, year, {
      qualifiedWte: qualified,
      members: members.map((r) => ({ odsCode: r.odsCode, staffWte: new Decimal(r.staffWte) })),
      staffSource: 'ESR (synthetic)',
      staffSnapshotDate: `${year + 1}-03-31`,
    }, `${year + 1}-06-01`);
    written += members.length;
  }
  return written;
}
