import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { requireCase } from '../examination/exam-queries.ts';
import { selectCaseIdentities } from '../cases/case-queries.ts';
import { fingerprintOf } from '../trust/ed25519.ts';
import { alignAppealAnswerDates } from '../deadlines/recount.ts';
import { insertCheckout, markCancelled, selectBorrowed, selectCheckout, selectOpenLoan } from './checkout-queries.ts';
import type { CaseCheckout } from '../../../shared/checkout/types.ts';

/** What a new loan hands to the check-out file: the loan and the private key of its own key pair (never stored at the office). */
export interface NewLoan {
  checkout: CaseCheckout;
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Marks a case as lent to an examiner's laptop ("dipinjam"), inside the caller's transaction.
 * From this statement on the check-out triggers refuse every edit of the case's records.
 * Each loan gets its own Ed25519 key pair: the laptop receives the private key in the signed
 * check-out file and signs the check-in with it; the office keeps only the public key, so
 * the check-in is verified against exactly this loan and no trusted-origin entry is needed.
 */
export function lendCase(ctx: AppContext, db: Db, input: { caseId: number; borrower: string; laptopLabel: string }): NewLoan {
  const core = requireCase(db, input.caseId);
  const open = selectOpenLoan(db, core.id);
  if (open) throw new AppError('CONFLICT', 'checkout.alreadyLent', { registerNo: core.registerNo, borrower: open.borrower, laptop: open.laptopLabel });
  if (selectBorrowed(db, core.id)) throw new AppError('CONFLICT', 'checkout.borrowedCopy', { registerNo: core.registerNo });
  const identity = selectCaseIdentities(db, [core.id]).get(core.id);
  if (!identity) throw new AppError('NOT_FOUND', 'errors.NOT_FOUND', { whatKey: 'case.notFound' });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const id = insertCheckout(db, {
    checkoutUuid: randomUUID(),
    side: 'lent',
    caseId: core.id,
    caseUuid: identity.caseUuid,
    registerNo: core.registerNo,
    revision: identity.revision,
    borrower: input.borrower,
    laptopLabel: input.laptopLabel,
    keyFingerprint: fingerprintOf(publicKey),
    publicKeyPem,
    privateKeyPem: null,
    checkedOutAt: ctx.now().toISOString(),
    checkedOutBy: ctx.actor(),
  });
  const checkout = selectCheckout(db, id);
  if (!checkout) throw new Error('check-out row missing after insert');
  return { checkout, privateKeyPem, publicKeyPem };
}

/** The audit entry of a new loan (written with the caller's other work in one transaction). */
export function lendAudit(loan: CaseCheckout) {
  return {
    action: 'checkout.lend',
    entity: 'case',
    entityId: loan.caseId,
    after: { checkoutUuid: loan.checkoutUuid, borrower: loan.borrower, laptopLabel: loan.laptopLabel, revision: loan.revision, keyFingerprint: loan.keyFingerprint },
  };
}

/**
 * An administrator ends a loan without its check-in (the laptop was lost, the examiner
 * changed): the case is editable again, and the laptop's check-in will be refused.
 */
export function cancelLoan(ctx: AppContext, caseId: number, reason: string): CaseCheckout {
  return mutate(ctx, (db) => {
    const core = requireCase(db, caseId);
    const open = selectOpenLoan(db, core.id);
    if (!open) throw new AppError('CONFLICT', 'checkout.notLent', { registerNo: core.registerNo });
    markCancelled(db, open.id, ctx.now().toISOString(), ctx.actor(), reason);
    const appealAnswerDates = alignAppealAnswerDates(db, core.id);
    const after = selectCheckout(db, open.id) as CaseCheckout;
    return {
      value: after,
      audit: {
        action: 'checkout.cancel',
        entity: 'case',
        entityId: core.id,
        before: { checkoutUuid: open.checkoutUuid, borrower: open.borrower },
        after: { cancelledAt: after.cancelledAt, ...(appealAnswerDates.length > 0 ? { appealAnswerDates } : {}) },
        reason,
      },
    };
  });
}

/** The case's loan state for its screen: the open loan at the office, or the laptop's borrowed copy. */
export function caseLoan(ctx: AppContext, caseId: number): CaseCheckout | null {
  return selectOpenLoan(ctx.db, caseId) ?? selectBorrowed(ctx.db, caseId) ?? null;
}
