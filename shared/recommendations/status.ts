import type { RecStatus } from './schemas.ts';

/** What the status of one named employee is read from: their row and the linked case as it is now. */
export interface RecStatusFacts {
  notFollowedReason: string | null;
  caseId: number | null;
  caseStatus: string | null;
  /** The number of the issued SK deciding this employee's case, if any. */
  skNumber: string | null;
}

/**
 * The status is derived, never stored: "not followed" is what a person recorded; otherwise an
 * issued SK means decided, a case beyond registration means in examination, and no case (or a
 * case only registered) means pending.
 */
export function recStatus(f: RecStatusFacts): RecStatus {
  if (f.notFollowedReason !== null) return 'not_followed';
  if (f.skNumber !== null) return 'decided';
  if (f.caseId === null || f.caseStatus === 'registered') return 'pending';
  return 'in_examination';
}

/** Still waiting for the PPK's follow-up: pending or in examination. */
export function isOpen(s: RecStatus): boolean {
  return s === 'pending' || s === 'in_examination';
}
