/**
 * The sender's outbox: the list of bundles exported, and recording a receipt that came back
 * from the receiver (verified against its enrolled key) as the bundle's delivery.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { BundleReceiptResult, OutboxBundle } from '../../../shared/bundles/outbox.ts';
import { countOutcomes } from '../../../shared/bundles/outbox.ts';
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

type Outcome = 'imported' | 'already' | 'refused';

/**
 * Whether a case's recorded outcome stands against one in another receipt. The outbox shows
 * what the receiver holds: a case it imported once stays delivered when a later import of
 * the same file is refused (say, after it revoked this office's key), and a receipt older than
 * the newest one held only turns a refusal into a delivery, which it proves.
 */
function keepsOutcome(held: Outcome | null, incoming: Outcome, newer: boolean): boolean {
  const delivered = (o: Outcome | null) => o === 'imported' || o === 'already';
  if (delivered(held) && incoming === 'refused') return true;
  if (!newer) return held !== null && !(held === 'refused' && delivered(incoming));
  return false;
}

/**
 * Records a receipt: refused unless it verifies with an enrolled, unrevoked receiver's key,
 * names a bundle in this outbox and the file this office wrote. Each case's outcome is stored
 * as `keepsOutcome` allows, and the bundle's counts are those of its cases; the answer and the
 * audit row carry what this receipt itself said.
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
    const counts = countOutcomes(r.results.map((x) => x.outcome));
    const first = bundle.acknowledgedAt === null;
    const newer = first || (bundle.receiptReceivedAt ?? '') <= r.receivedAt;
    const held = new Map(selectOutboxCases(db, bundle.id).map((c) => [c.caseUuid, c.receiptOutcome]));
    for (const x of r.results) {
      if (!held.has(x.caseUuid) || keepsOutcome(held.get(x.caseUuid) ?? null, x.outcome, newer)) continue;
      setOutboxCaseOutcome(db, bundle.id, x.caseUuid, x.outcome, x.reason ?? null);
      held.set(x.caseUuid, x.outcome);
    }
    const receiver = newer ? { receiverCode: r.receiver.instansiCode, receiverName: r.receiver.officeName, receivedAt: r.receivedAt } : { receiverCode: bundle.receiverCode ?? '', receiverName: bundle.receiverName ?? '', receivedAt: bundle.receiptReceivedAt ?? '' };
    acknowledgeOutbox(db, bundle.id, { at: ctx.now().toISOString(), by: ctx.actor(), ...receiver, ...countOutcomes([...held.values()]) });
    const value: BundleReceiptResult = { bundleId: r.bundleId, fileName: bundle.fileName, receiverCode: r.receiver.instansiCode, receiverName: r.receiver.officeName, receivedAt: r.receivedAt, ...counts, firstAcknowledgement: first };
    return {
      value,
      audit: {
        action: 'bundle.receipt',
        entity: 'bundle_outbox',
        entityId: r.bundleId,
        before: { acknowledgedAt: bundle.acknowledgedAt, receiptReceivedAt: bundle.receiptReceivedAt },
        after: { receiver: r.receiver, receivedAt: r.receivedAt, ...counts, newest: newer, refusedCases: r.results.filter((x) => x.outcome === 'refused') },
      },
    };
  });
}
