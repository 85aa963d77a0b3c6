/**
 * The province view of received cases: lists, one case's revision history with its gaps
 * and conflicts, and the received letters byte for byte. Reads only; a received case is
 * never edited here (its owner is the office that sent it).
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { caseRecordSchema } from '../../../shared/bundles/format.ts';
import type { CaseRecord } from '../../../shared/bundles/format.ts';
import type {
  ReceivedCaseDetail,
  ReceivedCaseSummary,
  ReceivedLetterFile,
  ReceivedListQuery,
  ReceivedOrigin,
  ReceivedRevisionView,
} from '../../../shared/bundles/received.ts';
import {
  selectCaseConflicts,
  selectCaseRevisions,
  selectLatestCaseJson,
  selectLetterPdf,
  selectReceivedOrigins,
  selectReceivedSummaries,
  selectReceivedSummary,
} from './received-queries.ts';
import type { ReceivedSummaryRow } from './received-queries.ts';

export function summaryOf(row: ReceivedSummaryRow): ReceivedCaseSummary {
  const { accusedJson, gap, conflict, ...rest } = row;
  return { ...rest, accused: JSON.parse(accusedJson) as { name: string; nip: string }[], gap: gap === 1, conflict: conflict === 1 };
}

/** One page of received cases, filtered by origin and searched by register number, name or NIP. */
export function listReceived(ctx: AppContext, q: ReceivedListQuery): { rows: ReceivedCaseSummary[]; total: number } {
  const { rows, total } = selectReceivedSummaries(ctx.db, q);
  return { rows: rows.map(summaryOf), total };
}

export function receivedOrigins(ctx: AppContext): ReceivedOrigin[] {
  return selectReceivedOrigins(ctx.db);
}

/**
 * Marks each revision whose declared previous hash is the hash of no held revision of the
 * case: the revision before it never arrived. Read from the hashes, not from consecutive
 * numbers, since one save at the origin may raise the number by more than one.
 */
export function markGaps<T extends { sha256: string; previousSha256: string | null }>(revisions: T[]): (T & { gapBefore: boolean })[] {
  const held = new Set(revisions.map((r) => r.sha256));
  return revisions.map((r) => ({ ...r, gapBefore: r.previousSha256 !== null && !held.has(r.previousSha256) }));
}

/** The record as this version reads it, or null for a case.json of another shape. */
function parseRecord(json: string): CaseRecord | null {
  try {
    const parsed = caseRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One received case: its newest record, every revision held (gaps marked) and the conflicts flagged for it. */
export function getReceivedCase(ctx: AppContext, origin: string, caseUuid: string): ReceivedCaseDetail {
  const row = selectReceivedSummary(ctx.db, origin, caseUuid);
  const json = selectLatestCaseJson(ctx.db, origin, caseUuid);
  if (!row || json === undefined) throw notFound('received.what');
  const revisions: ReceivedRevisionView[] = markGaps(
    selectCaseRevisions(ctx.db, origin, caseUuid).map((r) => ({
      revision: r.revision,
      receivedAt: r.receivedAt,
      receivedBy: r.receivedBy,
      bundleId: r.bundleId,
      bundleSha256: r.bundleSha256,
      sha256: r.sha256,
      previousSha256: r.previousSha256,
    })),
  );
  const conflicts = selectCaseConflicts(ctx.db, origin, caseUuid).map((c) => ({
    revision: c.revision,
    storedSha256: c.storedSha256,
    offeredSha256: c.offeredSha256,
    bundleId: c.bundleId,
    bundleSha256: c.bundleSha256,
    receivedAt: c.receivedAt,
    receivedBy: c.receivedBy,
  }));
  return { summary: summaryOf(row), record: parseRecord(json), revisions, conflicts };
}

/**
 * A received letter's exact bytes. They are hashed again before they leave: bytes that no
 * longer hash to the name they are stored under (a damaged disk, a hand edit) are refused,
 * never shown as the letter the origin issued.
 */
export function readReceivedLetter(ctx: AppContext, sha256: string): ReceivedLetterFile {
  const pdf = selectLetterPdf(ctx.db, sha256);
  if (!pdf) throw notFound('received.letterWhat');
  const computedSha256 = createHash('sha256').update(pdf).digest('hex');
  if (computedSha256 !== sha256) throw new AppError('CONFLICT', 'received.letterAltered', { sha256, actual: computedSha256 });
  // A copy of exactly these bytes: a view could carry the rest of a shared buffer over IPC.
  return { fileName: `surat-${sha256.slice(0, 12)}.pdf`, sha256, computedSha256, length: pdf.byteLength, pdf: new Uint8Array(pdf) };
}
