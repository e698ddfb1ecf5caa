/*
 * Who may do what: the roles, and the one table the access check reads. Pure: no I/O.
 */

/** The roles a key may have (the database's api_key_role enum holds the same). */
export const ROLES = ['admin', 'analyst', 'reviewer', 'submitter'] as const;
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
  /** For reviewers, the regions whose organisations' returns they may approve. */
  regions?: string[];
  /** The X-Request-Id the client sent with this request, for the audit trail. */
  clientRequestId?: string | null;
};

/**
 * What a route needs: `public` nothing; `optional` nothing, but a key that is sent must be valid;
 * `any` a valid key; `admin` an admin key; `analysis` an analyst's, reviewer's or admin's key;
 * `returns:read` / `returns:write` a key that may read / write the returns of the
 * organisation in the path (submitters: only their own).
 */
export type Access = 'public' | 'optional' | 'any' | 'admin' | 'analysis' | 'returns:read' | 'returns:write' | 'returns:approve';

/** `region`: only organisations in the key's regions (the route checks it, knowing the organisation's region). */
type Grant = 'all' | 'own' | 'region' | 'none';

type Checked = Exclude<Access, 'public' | 'optional'>;

/** Each role's grant for each kind of access: `own` means the organisations on the key. */
export const PERMISSIONS: Record<Role, Record<Checked, Grant>> = {
  admin: { any: 'all', admin: 'all', analysis: 'all', 'returns:read': 'all', 'returns:write': 'all', 'returns:approve': 'all' },
  analyst: { any: 'all', admin: 'none', analysis: 'all', 'returns:read': 'all', 'returns:write': 'none', 'returns:approve': 'none' },
  reviewer: { any: 'all', admin: 'none', analysis: 'all', 'returns:read': 'all', 'returns:write': 'none', 'returns:approve': 'region' },
  submitter: { any: 'all', admin: 'none', analysis: 'none', 'returns:read': 'own', 'returns:write': 'own', 'returns:approve': 'none' },
};

const NONE_MESSAGES: Record<Checked, string> = {
  // Stryker disable next-line StringLiteral: no role has no grant for `any` or `returns:read` (kept so a new role fails closed with words)
  any: 'This key may not do this.',
  admin: 'This needs an admin key.',
  analysis: 'This needs an analyst, reviewer or admin key.',
  // Stryker disable next-line StringLiteral: see above
  'returns:read': 'This key may not read returns.',
  'returns:write': 'Analyst and reviewer keys can read returns but not write them.',
  'returns:approve': 'Approving returns needs an admin key or a reviewer key for the organisation\'s region.',
};

/**
 * Why an actor may not use a route (its `access`, for the organisation in its path and, once
 * known, that organisation's region), or null. A `region` grant is refused until the region is
 * given: the access hook lets it through to the route, which must ask again with the region.
 */
export function refusal(actor: Actor, access: Checked, odsCode: string | undefined, regionCode?: string): string | null {
  const grant = PERMISSIONS[actor.role][access];
  if (grant === 'all') return null;
  if (grant === 'own') {
    if (odsCode === undefined || actor.organisations.includes(odsCode)) return null;
    return `This key may only ${access === 'returns:write' ? 'write' : 'read'} the returns of ${actor.organisations.join(', ')}.`;
  }
  if (grant === 'region') {
    if ((actor.regions ?? []).some((region) => region === regionCode)) return null;
    return `This reviewer key may only approve returns of organisations in ${(actor.regions ?? []).join(', ') || 'no region'}.`;
  }
  if (grant === 'none') return NONE_MESSAGES[access];
  // Anything else the table might hold: refuse (fail closed).
  return 'This key may not do this.';
}

/** Whether the access hook may let the request through to a route that checks the region itself. */
export function mayReachRegionCheck(actor: Actor, access: Checked): boolean {
  return PERMISSIONS[actor.role][access] === 'region';
}

export function canWriteReturnsOf(actor: Actor, odsCode: string): boolean {
  return refusal(actor, 'returns:write', odsCode) === null;
}

/** Null: every organisation. A list: only these (a submitter's own). */
export function organisationScope(actor: Actor): string[] | null {
  return PERMISSIONS[actor.role]['returns:read'] === 'own' ? actor.organisations : null;
}
