import { z } from 'zod';
import type { ScheduleConflict } from '../examination/types.ts';

/** One end of a laptop loan as the screens and the CLI see it (the private key never leaves main). */
export interface CaseCheckout {
  id: number;
  checkoutUuid: string;
  side: 'lent' | 'borrowed';
  caseId: number;
  caseUuid: string;
  registerNo: string;
  /** The case's revision when it went out (lent) or when the laptop took it in (borrowed). */
  revision: number;
  borrower: string;
  laptopLabel: string;
  keyFingerprint: string;
  checkedOutAt: string;
  checkedOutBy: string;
  returnedAt: string | null;
  returnedBy: string | null;
  returnSha256: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** Lending a case to an examiner's laptop. */
export const checkoutCreateSchema = z.object({
  caseId: z.number().int().positive(),
  /** The examiner taking the case out: name, NIP or staff id as the office writes it. */
  borrower: text(200),
  laptopLabel: text(100),
});

/** An administrator ends a loan without its check-in: the laptop's work will be refused. */
export const checkoutCancelSchema = z.object({
  caseId: z.number().int().positive(),
  reason: text(500),
});

/** A file the office or the laptop hands to the user to carry: the check-out file (lend) or the check-in file (return). */
export interface CheckoutFileDownload {
  checkout: CaseCheckout;
  fileName: string;
  /** The file's bytes: a raw body over HTTP, cloned over Electron IPC (shared/ipc/binary.ts). */
  bytes: Uint8Array;
}

/** What applying a laptop's check-in wrote at the office. */
export interface AppliedReturn {
  checkout: CaseCheckout;
  sessionsAdded: number;
  sessionsUpdated: number;
  bapsAdded: number;
  bapsUpdated: number;
  /**
   * Returned hearings that overlap another hearing of the office (same room, examiner or
   * accused): the laptop could not see the office's calendar. Reported, never refused: the
   * hearing may already have taken place; the schedule is for a person to look at.
   */
  conflicts: { sessionId: number; conflict: ScheduleConflict }[];
}

export const checkoutCaseSchema = z.object({ caseId: z.number().int().positive() }).strict();
