/** Issued letters as the main process returns them (never with their bytes). */
import type { LetterType } from './letter-types.ts';

export interface IssuedLetter {
  id: number;
  caseId: number;
  registerNo: string;
  type: LetterType;
  subject: string;
  number: string;
  /** ISO date printed on the letter. */
  letterDate: string;
  issuedAt: string;
  issuedBy: string;
  /** SHA-256 of the letter's canonical inputs; its first 16 hex characters are in the QR code. */
  contentHash: string;
  /** SHA-256 of the frozen PDF bytes. */
  sha256: string;
  fileName: string;
  status: 'issued' | 'void';
  voidReason: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
  /** The accused the letter is about (all of the case's, for a case-wide letter). */
  about: string | null;
  /** Start ('YYYY-MM-DDTHH:MM') of the hearing a session letter is for. */
  sessionAt: string | null;
}

/** Outcome of checking a number, QR text or PDF file against the register. */
export interface VerifyResult {
  /** 'valid': issued and intact; 'void': intact but voided; 'mismatch': found but something differs; 'unknown': not ours. */
  verdict: 'valid' | 'void' | 'mismatch' | 'unknown';
  letter: IssuedLetter | null;
  /** Clerk-readable reasons for a mismatch, in the user's language. */
  problems: string[];
}

/** A letter that can be made for a case now, or what it still lacks. */
export interface LetterOption {
  type: LetterType;
  subject: string;
  /** Who or which session the letter is for, e.g. 'Budi Santoso: Panggilan I, 18 November 2024'. */
  label: string;
  ready: boolean;
  /** Clerk-readable missing data when not ready. */
  missing: string | null;
  /** Letters already issued for this type and subject. */
  issued: IssuedLetter[];
}

export interface BulkJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  /** Letters merged so far, of `total` (the chosen letters that are not void). */
  done: number;
  total: number;
  /** Chosen letters left out because they were voided. */
  skipped: number;
  error: string | null;
}
