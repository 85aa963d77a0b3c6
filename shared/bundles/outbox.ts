import { z } from 'zod';
import { isoDate } from '../schemas/common.ts';

/** How many cases a receipt, or an outbox bundle, has in each outcome. */
export interface OutcomeCounts {
  imported: number;
  already: number;
  refused: number;
}

export function countOutcomes(outcomes: readonly ('imported' | 'already' | 'refused' | null)[]): OutcomeCounts {
  return { imported: outcomes.filter((o) => o === 'imported').length, already: outcomes.filter((o) => o === 'already').length, refused: outcomes.filter((o) => o === 'refused').length };
}

/** The sender's outbox as the screen and the channels show it. */
export interface OutboxAcknowledgement extends OutcomeCounts {
  /** When this office recorded the first verified receipt, and who. */
  at: string;
  by: string;
  receiverCode: string;
  receiverName: string;
  /** When the receiver imported the bundle (the newest receipt recorded). */
  receivedAt: string;
  /** The counts are its cases by what the receipts say the receiver holds (a case once imported stays delivered). */
  /** The cases the receiver refused, with its reason code (CONFLICT, REVOKED, ...). */
  refusedCases: { registerNo: string; revision: number; reason: string }[];
}

export interface OutboxBundle {
  bundleId: string;
  fileName: string;
  fileSha256: string;
  exportedAt: string;
  exportedBy: string;
  withEvidence: boolean;
  cases: number;
  letters: number;
  evidence: number;
  acknowledgement: OutboxAcknowledgement | null;
}

/** The export form: which cases (any of the three, together their union) and whether evidence files go too. */
export const bundleExportSchema = z
  .object({
    sinceLast: z.boolean().default(false),
    from: isoDate.nullable().default(null),
    registerNos: z.array(z.string().trim().min(1).max(100)).max(10_000).default([]),
    withEvidence: z.boolean().default(false),
  })
  .strict();
export type BundleExportInput = z.input<typeof bundleExportSchema>;

/** The exported bundle: what the screen downloads (the bytes travel raw, never base64) and reports. */
export interface BundleExportResult {
  bundleId: string;
  fileName: string;
  /** SHA-256 of the file, lower-case hex. */
  sha256: string;
  cases: number;
  letters: number;
  evidence: number;
  bytes: Uint8Array;
}

/** A receipt file's text (a receipt for 100,000 cases is about 12 MB). */
export const bundleReceiptSchema = z.object({ text: z.string().min(1).max(16_000_000) }).strict();

/** What one receipt said, as recorded (its counts are this receipt's own). */
export interface BundleReceiptResult extends OutcomeCounts {
  bundleId: string;
  fileName: string;
  receiverCode: string;
  receiverName: string;
  receivedAt: string;
  /** False when the bundle had been acknowledged before. */
  firstAcknowledgement: boolean;
}
