/**
 * Stores the verified contents of one bundle at the receiver, in short transactions of
 * whole cases (importSteps).
 *
 * Each case revision is kept exactly once under (origin, case_uuid, revision): the same
 * content again is `already`; different content for a revision already held is refused as
 * CONFLICT and flagged for a person (the stored one stays: the receiver never merges and
 * never overwrites what it was sent first). A revision older than one held is stored as
 * history; the case shows its newest. Whether a middle revision is missing is read from
 * the stored `previous_sha256` values (received-view.ts), so it does not depend on the
 * order in which bundles arrive.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { BATCH_BYTES, count, importSteps } from './import-steps.ts';
import type { CaseResult, ImportOutcome, RefusalCode, VerifiedBundle, VerifiedCase } from './import-types.ts';

export type { CaseResult, ImportOutcome, RefusalCode, VerifiedBundle, VerifiedCase } from './import-types.ts';

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Throws when a case's case.json or a letter is not the bytes its SHA-256 names. */
function checkCase(c: VerifiedCase): void {
  if (sha256Hex(c.caseJsonText) !== c.sha256) throw new Error(`case ${c.caseUuid}: case.json does not match its sha256`);
  for (const l of c.letters) if (sha256Hex(l.bytes) !== l.sha256) throw new Error(`case ${c.caseUuid}: letter does not match its sha256 ${l.sha256}`);
}

/** Keeps a wrong caller (a test, a fixture) from storing a letter under a hash it does not have. */
export function checkVerifiedBundle(bundle: VerifiedBundle): void {
  for (const c of bundle.cases) checkCase(c);
}

/**
 * The bundle worker verified every entry against the signed manifest; what reaches this
 * thread is hashed again before the first write, so what is stored is the bytes that were
 * verified, whatever happened on the way. A batch's worth of bytes at a time with a turn of
 * the event loop in between, so other users' requests are answered meanwhile. A mismatch
 * stores nothing and fails the import like a stopped worker.
 */
async function recheckBeforeWriting(bundle: VerifiedBundle): Promise<void> {
  let hashed = 0;
  for (const c of bundle.cases) {
    try {
      checkCase(c);
    } catch (e) {
      console.error('[sipena] bundle import: verified contents changed before storing:', e instanceof Error ? e.message : e);
      throw new AppError('CONFLICT', 'received.importFailed');
    }
    hashed += c.letters.reduce((n, l) => n + l.bytes.byteLength, c.caseJsonText.length);
    if (hashed >= BATCH_BYTES) {
      hashed = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}

/** Imports a verified bundle in one go (tests, fixtures): the same transactions as importSteps, run back to back. */
export function importVerifiedBundle(ctx: AppContext, bundle: VerifiedBundle): ImportOutcome {
  checkVerifiedBundle(bundle);
  const steps = importSteps(ctx, bundle);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same import with a turn of the event loop between its transactions, so other users'
 * requests are answered in between; every hash is checked again first (recheckBeforeWriting).
 */
export async function applyVerifiedBundle(ctx: AppContext, bundle: VerifiedBundle): Promise<ImportOutcome> {
  await recheckBeforeWriting(bundle);
  const steps = importSteps(ctx, bundle);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** What is known of a refused bundle: its hash, and its id and cases when bundle.json could be read. */
export interface RefusedBundle {
  bundleSha256: string;
  refusal: Exclude<RefusalCode, 'CONFLICT'>;
  bundleId: string | null;
  originCode: string | null;
  cases: { caseUuid: string; registerNo: string; revision: number }[];
}

/**
 * Records a whole-bundle refusal: nothing is stored, every case it lists is refused with the
 * bundle's code, and the attempt is audited (`bundle.import.refused`) so a forged or damaged
 * delivery leaves a trace.
 */
export function refuseBundle(ctx: AppContext, refused: RefusedBundle): ImportOutcome {
  const results: CaseResult[] = refused.cases.map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision, outcome: 'refused', reason: refused.refusal }));
  const outcome: ImportOutcome = { bundleId: refused.bundleId, bundleSha256: refused.bundleSha256, originCode: refused.originCode, refusal: refused.refusal, alreadyImported: false, results, ...count(results) };
  return mutate(ctx, () => ({
    value: outcome,
    audit: {
      action: 'bundle.import.refused',
      entity: 'received_bundle',
      entityId: refused.bundleId ?? refused.bundleSha256,
      after: { bundleSha256: refused.bundleSha256, originCode: refused.originCode, refusal: refused.refusal, cases: results.length },
    },
  }));
}
