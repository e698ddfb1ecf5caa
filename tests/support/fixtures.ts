import pg from 'pg';
import type { Http } from './app.ts';

export type OrganisationInput = {
  odsCode: string;
  name?: string;
  type?: string;
  regionCode?: string;
  openedOn?: string | null;
  closedOn?: string | null;
  successorOdsCode?: string | null;
};

export async function createOrganisation(http: Http, input: OrganisationInput) {
  const res = await http
    .post('/v1/organisations')
    .send({ name: `Test organisation ${input.odsCode}`, type: 'acute', regionCode: 'Y56', ...input });
  if (res.status !== 201) throw new Error(`could not create ${input.odsCode}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function putReturn(http: Http, odsCode: string, year: string, body: unknown, headers: Record<string, string> = {}) {
  const call = http.put(`/v1/organisations/${odsCode}/returns/${year}`).set(headers);
  // A string is sent as raw JSON text (to test what JSON.stringify cannot write, e.g. long decimals).
  return typeof body === 'string' ? call.set('content-type', 'application/json').send(body) : call.send(body as object);
}

/** Reads the database directly, to check what was (or was not) stored. */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countRows(url: string, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return row!.n;
}

/** Creates an API key through the API and answers the key itself. */
export async function createKey(http: Http, role: string, scope: { organisations?: string[]; regions?: string[] } = {}): Promise<string> {
  const res = await http.post('/v1/api-keys').send({ name: `${role} test key`, role, ...scope });
  if (res.status !== 201) throw new Error(`could not create a ${role} key: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.key as string;
}

/** Approves a return's revision as `http`'s key. */
export function approve(http: Http, odsCode: string, year: string, revision: number) {
  return http.post(`/v1/organisations/${odsCode}/returns/${year}/approval`).send({ revision });
}
