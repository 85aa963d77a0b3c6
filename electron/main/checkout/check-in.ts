/**
 * The laptop's check-in: the return file (`*.sipena-return`) with the hearings and BAPs
 * added or changed since the take-in, signed with the loan's key, and the borrowed copy
 * marked returned in the same transaction, after which the triggers refuse every edit of
 * it. Writing the file again later gives the same bytes (the copy can no longer change and
 * the file's time is the moment it was first packed), so a lost file can be written anew.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { markReturned, selectBorrowed, selectCheckout, selectCheckoutKeys, selectTakenHashes } from './checkout-queries.ts';
import { signerOf, writeSignedFile } from './checkout-container.ts';
import { examWorkOf, workHash } from './exam-work.ts';
import { selectStaffByNips } from './exam-work-queries.ts';
import { sha256Hex } from '../bundles/container.ts';
import { fileStem } from './checkout-file.ts';
import { CHECKOUT_FORMAT_VERSION, RETURN_EXTENSION, RETURN_FORMAT, RETURN_JSON, returnJsonSchema } from '../../../shared/checkout/file-format.ts';
import type { ReturnJson } from '../../../shared/checkout/file-format.ts';
import type { CaseCheckout } from '../../../shared/checkout/types.ts';

export interface PackedReturn {
  checkout: CaseCheckout;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  sessions: number;
  baps: number;
}

function pack(db: Db, loan: CaseCheckout, at: string, by: string): { json: ReturnJson; bytes: Uint8Array } {
  const keys = selectCheckoutKeys(db, loan.id);
  if (!keys?.privateKeyPem) throw new Error('a borrowed copy without its private key');
  const work = examWorkOf(db, loan.id, loan.caseId);
  const changed = <T extends { laptopId: number }>(records: T[], table: string) => {
    const taken = selectTakenHashes(db, loan.id, table);
    return records.filter((r) => taken.get(r.laptopId) !== workHash(r as never));
  };
  const sessions = changed(work.sessions, 'exam_sessions');
  const baps = changed(work.baps, 'baps');
  const nips = [...new Set([...sessions.flatMap((s) => s.examiners.map((e) => e.nip)), ...baps.flatMap((b) => b.examinerNips)])].sort();
  const json = returnJsonSchema.parse({
    format: RETURN_FORMAT,
    formatVersion: CHECKOUT_FORMAT_VERSION,
    checkoutUuid: loan.checkoutUuid,
    caseUuid: loan.caseUuid,
    registerNo: loan.registerNo,
    revision: loan.revision,
    keyFingerprint: loan.keyFingerprint,
    laptopLabel: loan.laptopLabel,
    packedAt: at,
    packedBy: by,
    staff: selectStaffByNips(db, nips),
    sessions,
    baps,
  } satisfies ReturnJson);
  return { json, bytes: writeSignedFile(RETURN_JSON, json, new Map(), signerOf(keys.privateKeyPem), new Date(at)) };
}

function requireBorrowed(db: Db, caseId: number): CaseCheckout {
  const loan = selectBorrowed(db, caseId);
  if (!loan) throw new AppError('CONFLICT', 'checkout.notBorrowed');
  return loan;
}

/** Writes the return file of a borrowed case and closes the laptop's copy; audited as checkout.pack the first time. */
export function checkIn(ctx: AppContext, caseId: number): PackedReturn {
  const done = (loan: CaseCheckout, p: { json: ReturnJson; bytes: Uint8Array }): PackedReturn => ({
    checkout: loan,
    fileName: `${fileStem(loan.registerNo)}${RETURN_EXTENSION}`,
    bytes: p.bytes,
    sha256: sha256Hex(p.bytes),
    sessions: p.json.sessions.length,
    baps: p.json.baps.length,
  });
  const existing = requireBorrowed(ctx.db, caseId);
  if (existing.returnedAt) return done(existing, pack(ctx.db, existing, existing.returnedAt, existing.returnedBy ?? ''));
  return mutate(ctx, (db) => {
    const loan = requireBorrowed(db, caseId);
    const at = ctx.now().toISOString();
    const p = pack(db, loan, at, ctx.actor());
    markReturned(db, loan.id, at, ctx.actor(), sha256Hex(p.bytes));
    const after = selectCheckout(db, loan.id) as CaseCheckout;
    const audit = {
      action: 'checkout.pack',
      entity: 'case',
      entityId: loan.caseId,
      after: { checkoutUuid: loan.checkoutUuid, returnSha256: after.returnSha256, sessions: p.json.sessions.map((s) => s.laptopId), baps: p.json.baps.map((b) => b.laptopId) },
    };
    return { value: done(after, p), audit };
  });
}
