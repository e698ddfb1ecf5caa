import { describe, expect, it } from 'vitest';
import { canWriteReturnsOf, mayReachRegionCheck, organisationScope, refusal, ROLES, type Actor, type Role } from '../../src/domain/access.ts';

const actor = (role: Role, organisations: string[] = []): Actor => ({ keyId: 'k1', role, label: `${role} key`, organisations });
const admin = actor('admin');
const analyst = actor('analyst');
const submitter = actor('submitter', ['RJ1', 'RGT']);

describe('the roles', () => {
  it('are admin, analyst, reviewer and submitter', () => {
    expect(ROLES).toEqual(['admin', 'analyst', 'reviewer', 'submitter']);
  });
});

describe('a reviewer reads as an analyst and approves only in its regions', () => {
  const reviewer: Actor = { ...actor('reviewer'), regions: ['Y56', 'Y58'] };

  it('reads everything, writes nothing, and is not an admin', () => {
    expect(refusal(reviewer, 'any', undefined)).toBeNull();
    expect(refusal(reviewer, 'returns:read', 'XYZ')).toBeNull();
    expect(refusal(reviewer, 'returns:write', 'XYZ')).toBe('Analyst and reviewer keys can read returns but not write them.');
    expect(refusal(reviewer, 'admin', undefined)).toBe('This needs an admin key.');
    expect(organisationScope(reviewer)).toBeNull();
    expect(refusal(reviewer, 'analysis', undefined)).toBeNull();
    expect(refusal(analyst, 'analysis', undefined)).toBeNull();
    expect(refusal(admin, 'analysis', undefined)).toBeNull();
    expect(refusal(submitter, 'analysis', undefined)).toBe('This needs an analyst, reviewer or admin key.');
  });

  it("approves returns of organisations in its regions, and is refused until the organisation's region is known", () => {
    expect(refusal(reviewer, 'returns:approve', 'XYZ', 'Y56')).toBeNull();
    expect(refusal(reviewer, 'returns:approve', 'XYZ', 'Y58')).toBeNull();
    expect(refusal(reviewer, 'returns:approve', 'XYZ', 'Y60')).toBe('This reviewer key may only approve returns of organisations in Y56, Y58.');
    expect(refusal(reviewer, 'returns:approve', 'XYZ')).toBe('This reviewer key may only approve returns of organisations in Y56, Y58.');
    expect(refusal({ ...reviewer, regions: [] }, 'returns:approve', 'XYZ', 'Y56')).toBe('This reviewer key may only approve returns of organisations in no region.');
    const { regions: _none, ...unscoped } = reviewer;
    expect(refusal(unscoped, 'returns:approve', 'XYZ', 'Y56')).toBe('This reviewer key may only approve returns of organisations in no region.');
    expect(mayReachRegionCheck(reviewer, 'returns:approve')).toBe(true);
    expect(mayReachRegionCheck(reviewer, 'returns:write')).toBe(false);
  });

  it('no other role approves but an admin', () => {
    expect(refusal(admin, 'returns:approve', 'XYZ', 'Y60')).toBeNull();
    const refused = "Approving returns needs an admin key or a reviewer key for the organisation's region.";
    expect(refusal(analyst, 'returns:approve', 'XYZ', 'Y56')).toBe(refused);
    expect(refusal(submitter, 'returns:approve', 'RJ1', 'Y56')).toBe(refused);
    expect(mayReachRegionCheck(admin, 'returns:approve')).toBe(false);
    expect(mayReachRegionCheck(analyst, 'returns:approve')).toBe(false);
  });
});

describe('an admin may do anything', () => {
  it.each(['any', 'admin', 'returns:read', 'returns:write'] as const)('including %s, for any organisation', (access) => {
    expect(refusal(admin, access, 'XYZ')).toBeNull();
    expect(refusal(admin, access, undefined)).toBeNull();
  });
});

describe('an analyst reads everything and writes nothing', () => {
  it('may call any keyed route and read any return', () => {
    expect(refusal(analyst, 'any', undefined)).toBeNull();
    expect(refusal(analyst, 'any', 'XYZ')).toBeNull();
    expect(refusal(analyst, 'returns:read', 'XYZ')).toBeNull();
  });

  it('is refused admin routes and writes, each with its reason', () => {
    expect(refusal(analyst, 'admin', undefined)).toBe('This needs an admin key.');
    expect(refusal(analyst, 'returns:write', 'RJ1')).toBe('Analyst and reviewer keys can read returns but not write them.');
    expect(canWriteReturnsOf(analyst, 'RJ1')).toBe(false);
  });
});

describe('a submitter reads and writes only its own organisations', () => {
  it('may read and write its own', () => {
    expect(refusal(submitter, 'returns:read', 'RJ1')).toBeNull();
    expect(refusal(submitter, 'returns:write', 'RGT')).toBeNull();
    expect(canWriteReturnsOf(submitter, 'RGT')).toBe(true);
  });

  it('is refused another organisation, told which it may use', () => {
    expect(refusal(submitter, 'returns:read', 'XYZ')).toBe('This key may only read the returns of RJ1, RGT.');
    expect(refusal(submitter, 'returns:write', 'XYZ')).toBe('This key may only write the returns of RJ1, RGT.');
    expect(canWriteReturnsOf(submitter, 'XYZ')).toBe(false);
  });

  it('is refused admin routes, and allowed routes with no organisation in the path', () => {
    expect(refusal(submitter, 'admin', undefined)).toBe('This needs an admin key.');
    expect(refusal(submitter, 'any', undefined)).toBeNull();
    expect(refusal(submitter, 'any', 'XYZ')).toBeNull(); // e.g. another organisation's public details
    expect(refusal(submitter, 'returns:read', undefined)).toBeNull();
  });
});

describe('a grant the table does not know', () => {
  it('is refused, not allowed (the check fails closed)', () => {
    expect(refusal(submitter, 'unknown' as 'any', 'RJ1')).toBe('This key may not do this.');
    expect(refusal(analyst, 'unknown' as 'admin', undefined)).toBe('This key may not do this.');
  });
});

describe('which organisations a list shows', () => {
  it('is every organisation for admins and analysts, and only its own for a submitter', () => {
    expect(organisationScope(admin)).toBeNull();
    expect(organisationScope(analyst)).toBeNull();
    expect(organisationScope(submitter)).toEqual(['RJ1', 'RGT']);
  });
});
