/**
 * Stores the verified contents of one bundle at the receiver, in one transaction.
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
import {
  insertConflictOnce,
  insertLetterOnce,
  insertReceivedBundle,
  insertRevision,
  raiseLatestRevision,
  selectReceivedBundle,
  selectRevision,
} from './received-queries.ts';

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

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function count(results: CaseResult[]) {
  return {
    imported: results.filter((r) => r.outcome === 'imported').length,
    already: results.filter((r) => r.outcome === 'already').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
  };
}

/**
 * Imports a verified bundle: one transaction and one audit row (`bundle.import`), whatever
 * the outcome of each case. Importing the same bundle again changes no received table.
 */
export function importVerifiedBundle(ctx: AppContext, bundle: VerifiedBundle): ImportOutcome {
  // The container checked these already; a second look costs little and keeps a wrong
  // caller from storing a letter under a hash it does not have.
  for (const c of bundle.cases) {
    if (sha256Hex(c.caseJsonText) !== c.sha256) throw new Error(`case ${c.caseUuid}: case.json does not match its sha256`);
    for (const l of c.letters) if (sha256Hex(l.bytes) !== l.sha256) throw new Error(`case ${c.caseUuid}: letter does not match its sha256 ${l.sha256}`);
  }
  const origin = bundle.origin;
  return mutate(ctx, (db) => {
    const at = ctx.now().toISOString();
    const by = ctx.actor();
    const alreadyImported = selectReceivedBundle(db, bundle.bundleId) !== undefined;
    const results: CaseResult[] = [];
    const conflicts: { caseUuid: string; revision: number; storedSha256: string; offeredSha256: string }[] = [];
    const toStore: { c: VerifiedCase; result: CaseResult }[] = [];
    let lettersAdded = 0;
    for (const c of bundle.cases) {
      const base = { caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision };
      const held = selectRevision(db, origin.instansiCode, c.caseUuid, c.revision);
      if (held && held.sha256 === c.sha256) {
        results.push({ ...base, outcome: 'already' });
        continue;
      }
      if (held) {
        const flagged = insertConflictOnce(db, {
          originCode: origin.instansiCode,
          caseUuid: c.caseUuid,
          revision: c.revision,
          registerNo: c.registerNo,
          storedSha256: held.sha256,
          offeredSha256: c.sha256,
          offeredCaseJson: c.caseJsonText,
          bundleId: bundle.bundleId,
          bundleSha256: bundle.bundleSha256,
          receivedAt: at,
          receivedBy: by,
        });
        if (flagged) conflicts.push({ caseUuid: c.caseUuid, revision: c.revision, storedSha256: held.sha256, offeredSha256: c.sha256 });
        results.push({ ...base, outcome: 'refused', reason: 'CONFLICT' });
        continue;
      }
      const result: CaseResult = { ...base, outcome: 'imported' };
      results.push(result);
      toStore.push({ c, result });
    }
    const counts = count(results);
    // The bundle row comes first: revisions name it. A second import finds it and keeps the first counts.
    if (!alreadyImported) {
      insertReceivedBundle(db, {
        bundleId: bundle.bundleId,
        bundleSha256: bundle.bundleSha256,
        originCode: origin.instansiCode,
        originName: origin.officeName,
        originFingerprint: origin.keyFingerprint,
        exportedAt: bundle.exportedAt,
        receivedAt: at,
        receivedBy: by,
        casesImported: counts.imported,
        casesAlready: counts.already,
        casesRefused: counts.refused,
      });
    }
    for (const { c, result } of toStore) {
      // A bundle listing the same revision twice: the first copy decided it.
      if (selectRevision(db, origin.instansiCode, c.caseUuid, c.revision)) {
        result.outcome = 'already';
        continue;
      }
      const id = insertRevision(db, {
        originCode: origin.instansiCode,
        originName: origin.officeName,
        originFingerprint: origin.keyFingerprint,
        caseUuid: c.caseUuid,
        revision: c.revision,
        registerNo: c.registerNo,
        sha256: c.sha256,
        previousSha256: c.previousSha256,
        caseJson: c.caseJsonText,
        bundleId: bundle.bundleId,
        bundleSha256: bundle.bundleSha256,
        receivedAt: at,
        receivedBy: by,
      });
      raiseLatestRevision(db, origin.instansiCode, c.caseUuid, id);
      for (const l of c.letters) if (insertLetterOnce(db, l.sha256, l.bytes)) lettersAdded++;
    }
    const final = count(results);
    const outcome: ImportOutcome = { bundleId: bundle.bundleId, bundleSha256: bundle.bundleSha256, originCode: origin.instansiCode, refusal: null, alreadyImported, results, ...final };
    return {
      value: outcome,
      audit: {
        action: 'bundle.import',
        entity: 'received_bundle',
        entityId: bundle.bundleId,
        after: {
          bundleSha256: bundle.bundleSha256,
          origin: { instansiCode: origin.instansiCode, officeName: origin.officeName, keyFingerprint: origin.keyFingerprint },
          alreadyImported,
          ...final,
          letters: lettersAdded,
          conflicts,
        },
      },
    };
  });
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
