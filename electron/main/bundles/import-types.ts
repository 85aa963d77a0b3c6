/** What a bundle import works on and answers: shared by the worker's verification, the writes and the callers. */
/** Why a case (or a whole bundle) was refused: the codes the CLI prints. */
export type RefusalCode = 'BAD_SIGNATURE' | 'UNKNOWN_ORIGIN' | 'REVOKED' | 'TAMPERED' | 'CONFLICT' | 'BAD_FORMAT';

/** One case revision of a bundle whose signature, manifest and hashes were verified. */
export interface VerifiedCase {
  caseUuid: string;
  registerNo: string;
  revision: number;
  /** SHA-256 of `caseJsonText`'s UTF-8 bytes, as bundle.json and the signed manifest say. */
  sha256: string;
  previousSha256: string | null;
  caseJsonText: string;
  letters: { sha256: string; bytes: Uint8Array }[];
}

/** A bundle as the container hands it over once everything in it checked out. */
export interface VerifiedBundle {
  bundleId: string;
  /** SHA-256 of the whole .sipena-bundle file. */
  bundleSha256: string;
  exportedAt: string;
  origin: { instansiCode: string; officeName: string; keyFingerprint: string };
  cases: VerifiedCase[];
}

export interface CaseResult {
  caseUuid: string;
  registerNo: string;
  revision: number;
  outcome: 'imported' | 'already' | 'refused';
  reason?: RefusalCode;
}

export interface ImportOutcome {
  bundleId: string | null;
  bundleSha256: string;
  originCode: string | null;
  /** Set when the whole bundle was refused (every case then carries this reason). */
  refusal: RefusalCode | null;
  /** The same bundle (by id) had been imported before. */
  alreadyImported: boolean;
  results: CaseResult[];
  imported: number;
  already: number;
  refused: number;
}
