import { describe, expect, it } from 'vitest';
import { decideApproval, unacknowledgedWarnings, withdrawalRefusal } from '../../src/domain/approval.ts';

const subject = (over: Partial<Parameters<typeof decideApproval>[0]> = {}) => ({
  revision: 3,
  warnings: [] as { code: string }[],
  acknowledgedWarnings: [] as string[],
  approved: false,
  ...over,
});

describe('approving a revision', () => {
  it('approves the current revision of a return without warnings', () => {
    expect(decideApproval(subject(), 3)).toEqual({ kind: 'approve' });
  });

  it('refuses an older or a newer revision, naming the current one', () => {
    for (const requested of [2, 4]) {
      const decision = decideApproval(subject(), requested);
      expect(decision).toEqual({
        kind: 'refused',
        detail: `Revision ${requested} is not the current one: the return is at revision 3. Read it again, check it, then approve that revision.`,
      });
    }
  });

  it('refuses while any warning is unacknowledged, listing those codes in order', () => {
    const warned = subject({ warnings: [{ code: 'sharp_change' }, { code: 'late' }, { code: 'no_qualified_staff' }], acknowledgedWarnings: ['late'] });
    expect(unacknowledgedWarnings(warned)).toEqual(['sharp_change', 'no_qualified_staff']);
    const decision = decideApproval(warned, 3);
    expect(decision.kind).toBe('refused');
    expect(decision).toMatchObject({ unacknowledgedWarnings: ['sharp_change', 'no_qualified_staff'] });
    expect((decision as { detail: string }).detail).toContain('sharp_change, no_qualified_staff');
  });

  it('approves once every warning is acknowledged', () => {
    expect(decideApproval(subject({ warnings: [{ code: 'late' }], acknowledgedWarnings: ['late'] }), 3)).toEqual({ kind: 'approve' });
  });

  it('checks the revision before the warnings', () => {
    const decision = decideApproval(subject({ warnings: [{ code: 'late' }] }), 2);
    expect(decision).not.toHaveProperty('unacknowledgedWarnings');
  });

  it('records nothing new for a revision approved already', () => {
    expect(decideApproval(subject({ approved: true }), 3)).toEqual({ kind: 'unchanged' });
  });
});

describe('withdrawing an approval', () => {
  it('is allowed only while the current revision is approved', () => {
    expect(withdrawalRefusal({ approved: true, revision: 2 })).toBeNull();
    expect(withdrawalRefusal({ approved: false, revision: 2 })).toBe('Revision 2, the current one, is not approved: there is no approval to withdraw.');
  });
});
