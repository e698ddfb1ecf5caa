/*
 * Who may do what: the roles, and the one table the access check reads. Pure: no I/O.
 */

/** The roles a key may have (the database's api_key_role enum holds the same). */
export const ROLES = ['admin', 'analyst', 'submitter'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the API key behind the request. */
export type Actor = {
  /** Null for the bootstrap ADMIN_API_KEY, which has no stored record. */
  keyId: string | null;
  role: Role;
  /** What revisions and audit events show as the author, e.g. the key's name. */
  label: string;
  /** For submitters, the organisations whose returns they may read and write. */
  organisations: string[];
  /** The X-Request-Id the client sent with this request, for the audit trail. */
  clientRequestId?: string | null;
};

/**
 * What a route needs: `public` nothing; `any` a valid key; `admin` an admin key;
 * `returns:read` / `returns:write` a key that may read / write the returns of the
 * organisation in the path (submitters: only their own).
 */
export type Access = 'public' | 'any' | 'admin' | 'returns:read' | 'returns:write';

type Grant = 'all' | 'own' | 'none';

/** Each role's grant for each kind of access: `own` means the organisations on the key. */
export const PERMISSIONS: Record<Role, Record<Exclude<Access, 'public'>, Grant>> = {
  admin: { any: 'all', admin: 'all', 'returns:read': 'all', 'returns:write': 'all' },
  analyst: { any: 'all', admin: 'none', 'returns:read': 'all', 'returns:write': 'none' },
  submitter: { any: 'all', admin: 'none', 'returns:read': 'own', 'returns:write': 'own' },
};

/** Why an actor may not use a route (its `access`, for the organisation in its path), or null. */
export function refusal(actor: Actor, access: Exclude<Access, 'public'>, odsCode: string | undefined): string | null {
  const grant = PERMISSIONS[actor.role][access];
  if (grant === 'all') return null;
  if (grant === 'own') {
    if (odsCode === undefined || actor.organisations.includes(odsCode)) return null;
    return `This key may only ${access === 'returns:write' ? 'write' : 'read'} the returns of ${actor.organisations.join(', ')}.`;
  }
  if (grant === 'none') return access === 'admin' ? 'This needs an admin key.' : 'Analyst keys can read returns but not write them.';
  // Anything else the table might hold: refuse (fail closed).
  return 'This key may not do this.';
}

export function canWriteReturnsOf(actor: Actor, odsCode: string): boolean {
  return refusal(actor, 'returns:write', odsCode) === null;
}

/** Null: every organisation. A list: only these (a submitter's own). */
export function organisationScope(actor: Actor): string[] | null {
  return PERMISSIONS[actor.role]['returns:read'] === 'own' ? actor.organisations : null;
}
