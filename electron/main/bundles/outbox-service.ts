/**
 * The sender's outbox: the list of bundles exported, and recording a receipt that came back
 * from the receiver (verified against its enrolled key) as the bundle's delivery.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { BundleReceiptResult, OutboxBundle } from '../../../shared/bundles/outbox.ts';
import { trustedOriginLookup } from './origins.ts';
import { openReceipt } from './receipt.ts';
import { acknowledgeOutbox, selectOutboxBundle, selectOutboxBundles, selectOutboxCases, selectRefusedOutboxCases, setOutboxCaseOutcome } from './outbox-queries.ts';

export function listOutbox(ctx: AppContext, limit = 200): OutboxBundle[] {
  return selectOutboxBundles(ctx.db, limit).map((b) => ({
    bundleId: b.bundleId,
    fileName: b.fileName,
    fileSha256: b.fileSha256,
    exportedAt: b.exportedAt,
    exportedBy: b.exportedBy,
    withEvidence: b.withEvidence,
    cases: b.caseCount,
    letters: b.letterCount,
    evidence: b.evidenceCount,
    acknowledgement:
      b.acknowledgedAt && b.receiverCode
        ? {
            at: b.acknowledgedAt,
            by: b.acknowledgedBy ?? '',
            receiverCode: b.receiverCode,
            receiverName: b.receiverName ?? '',
            receivedAt: b.receiptReceivedAt ?? '',
            imported: b.receiptImported ?? 0,
            already: b.receiptAlready ?? 0,
            refused: b.receiptRefused ?? 0,
            refusedCases: b.receiptRefused ? selectRefusedOutboxCases(ctx.db, b.id) : [],
          }
        : null,
  }));
}

/**
 * Records a receipt: refused unless it verifies with an enrolled, unrevoked receiver's key,
 * names a bundle in this outbox and the file this office wrote. Each case's outcome is stored;
 * an older receipt than the one held changes nothing but is still accepted as proof.
 */
export function recordReceipt(ctx: AppContext, text: string): BundleReceiptResult {
  const opened = openReceipt(text, trustedOriginLookup(ctx.db));
  if (!opened.ok) {
    if (opened.refusal === 'BAD_FORMAT') throw new AppError('INVALID_INPUT', 'bundleExport.receiptRefused', { code: opened.refusal, detail: opened.detail });
    throw new AppError('CONFLICT', 'bundleExport.receiptRefused', { code: opened.refusal, detail: opened.detail });
  }
  const r = opened.receipt;
  return mutate(ctx, (db) => {
    const bundle = selectOutboxBundle(db, r.bundleId);
    if (!bundle) throw new AppError('NOT_FOUND', 'bundleExport.receiptUnknownBundle', { bundleId: r.bundleId });
    if (bundle.fileSha256 !== r.bundleSha256) throw new AppError('CONFLICT', 'bundleExport.receiptOtherFile', { sha256: r.bundleSha256, file: bundle.fileName });
    const counts = {
      imported: r.results.filter((x) => x.outcome === 'imported').length,
      already: r.results.filter((x) => x.outcome === 'already').length,
      refused: r.results.filter((x) => x.outcome === 'refused').length,
    };
    const first = bundle.acknowledgedAt === null;
    const newer = first || (bundle.receiptReceivedAt ?? '') <= r.receivedAt;
    if (newer) {
      acknowledgeOutbox(db, bundle.id, { at: ctx.now().toISOString(), by: ctx.actor(), receiverCode: r.receiver.instansiCode, receiverName: r.receiver.officeName, receivedAt: r.receivedAt, ...counts });
      const sent = new Set(selectOutboxCases(db, bundle.id).map((c) => c.caseUuid));
      for (const x of r.results) if (sent.has(x.caseUuid)) setOutboxCaseOutcome(db, bundle.id, x.caseUuid, x.outcome, x.reason ?? null);
    }
    const value: BundleReceiptResult = { bundleId: r.bundleId, fileName: bundle.fileName, receiverCode: r.receiver.instansiCode, receiverName: r.receiver.officeName, receivedAt: r.receivedAt, ...counts, firstAcknowledgement: first };
    return {
      value,
      audit: {
        action: 'bundle.receipt',
        entity: 'bundle_outbox',
        entityId: r.bundleId,
        before: { acknowledgedAt: bundle.acknowledgedAt, receiptReceivedAt: bundle.receiptReceivedAt },
        after: { receiver: r.receiver, receivedAt: r.receivedAt, ...counts, applied: newer, refusedCases: r.results.filter((x) => x.outcome === 'refused') },
      },
    };
  });
}
