/*
 * Sign-off of a return: whether a revision may be approved, or an approval withdrawn. Pure: no I/O.
 */

/** What the rules read of the return as it stands. */
export type ApprovalSubject = {
  revision: number;
  warnings: { code: string }[];
  acknowledgedWarnings: string[];
  approved: boolean;
};

export type ApprovalDecision =
  | { kind: 'approve' }
  /** This revision holds an approval already: nothing to record. */
  | { kind: 'unchanged' }
  | { kind: 'refused'; detail: string; unacknowledgedWarnings?: string[] };

/** Codes of the return's warnings that the submitter has not acknowledged, in the return's order. */
export function unacknowledgedWarnings(subject: Pick<ApprovalSubject, 'warnings' | 'acknowledgedWarnings'>): string[] {
  return subject.warnings.map((w) => w.code).filter((code) => !subject.acknowledgedWarnings.includes(code));
}

/**
 * An approver names the revision they checked: anything else is stale (someone amended it since).
 * Every warning must have been acknowledged, with a comment, by whoever wrote the return.
 */
export function decideApproval(subject: ApprovalSubject, requestedRevision: number): ApprovalDecision {
  if (requestedRevision !== subject.revision) {
    return {
      kind: 'refused',
      detail: `Revision ${requestedRevision} is not the current one: the return is at revision ${subject.revision}. Read it again, check it, then approve that revision.`,
    };
  }
  const unacknowledged = unacknowledgedWarnings(subject);
  if (unacknowledged.length > 0) {
    return {
      kind: 'refused',
      detail: `The return has warnings its submitter has not acknowledged: ${unacknowledged.join(', ')}. They must confirm them (acknowledgedWarnings, with a comment) before it can be approved.`,
      unacknowledgedWarnings: unacknowledged,
    };
  }
  return subject.approved ? { kind: 'unchanged' } : { kind: 'approve' };
}

/** An approval can be withdrawn only while the current revision holds one. */
export function withdrawalRefusal(subject: Pick<ApprovalSubject, 'approved' | 'revision'>): string | null {
  return subject.approved ? null : `Revision ${subject.revision}, the current one, is not approved: there is no approval to withdraw.`;
}
