/**
 * The province view: what a receiving office shows of the case bundles it imported. Read
 * only: every revision is kept as it was sent, so nothing here edits a received case.
 */
import { z } from 'zod';
import { BKN_INSTANSI_CODE } from '../letters/office-settings.ts';
import { text } from '../schemas/common.ts';
import { SHA256_HEX, UUID } from './format.ts';
import type { CaseRecord } from './format.ts';

export const originCodeSchema = z.string().regex(BKN_INSTANSI_CODE, { error: 'received.badOrigin' });

export const receivedListSchema = z
  .object({
    /** One origin's cases; absent: every origin's. */
    origin: originCodeSchema.optional(),
    /** Part of a register number, an accused's name or NIP. */
    search: text(200).optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ReceivedListQuery = z.output<typeof receivedListSchema>;

export const receivedCaseRefSchema = z
  .object({
    origin: originCodeSchema,
    caseUuid: z.string().regex(UUID, { error: 'received.badCase' }),
  })
  .strict();

export const receivedLetterSchema = z.object({ sha256: z.string().regex(SHA256_HEX, { error: 'received.badSha256' }) }).strict();

export interface ReceivedOrigin {
  code: string;
  name: string;
  cases: number;
}

export interface ReceivedCaseSummary {
  originCode: string;
  originName: string;
  caseUuid: string;
  registerNo: string;
  /** The workflow status the newest revision records ('' when the record has none). */
  status: string;
  accused: { name: string; nip: string }[];
  /** The newest revision held and when it arrived. */
  revision: number;
  receivedAt: string;
  /** How many revisions of the case are held. */
  revisions: number;
  /** Some held revision names a previous one that is not held: a revision never arrived. */
  gap: boolean;
  /** A revision was offered again with other content (refused and kept for a person). */
  conflict: boolean;
}

export interface ReceivedRevisionView {
  revision: number;
  receivedAt: string;
  receivedBy: string;
  bundleId: string;
  bundleSha256: string;
  sha256: string;
  previousSha256: string | null;
  /** Its previousSha256 is the hash of no revision held of this case: the one before it is missing. */
  gapBefore: boolean;
}

export interface ReceivedConflictView {
  revision: number;
  storedSha256: string;
  offeredSha256: string;
  bundleId: string;
  bundleSha256: string;
  receivedAt: string;
  receivedBy: string;
}

export interface ReceivedCaseDetail {
  summary: ReceivedCaseSummary;
  /** The newest revision's case.json; null when it is not a record this version reads. */
  record: CaseRecord | null;
  /** Every revision held, oldest first. */
  revisions: ReceivedRevisionView[];
  conflicts: ReceivedConflictView[];
}

/** A received letter, byte for byte, after its bytes were hashed again and matched the name it is stored under. */
export interface ReceivedLetterFile {
  fileName: string;
  sha256: string;
  /** SHA-256 of the bytes as read now: equal to sha256 (otherwise the letter is refused). */
  computedSha256: string;
  length: number;
  pdf: Uint8Array;
}

/** What the import screen shows of one bundle file: the counts, each case's outcome, and the signed receipt to send back. */
export interface BundleImportView {
  imported: number;
  already: number;
  refused: number;
  /** The same bundle (by id) had been imported before. */
  alreadyImported: boolean;
  /** Set when the whole bundle was refused. */
  refusal: string | null;
  /** Why, in the container's words (English, for the operator), when refused whole. */
  detail: string | null;
  bundleSha256: string;
  originCode: string | null;
  results: { caseUuid: string; registerNo: string; revision: number; outcome: 'imported' | 'already' | 'refused'; reason: string | null }[];
  /** The signed receipt file; null only when not even bundle.json could be read (no bundle id to answer to). */
  receipt: { fileName: string; text: string } | null;
}
