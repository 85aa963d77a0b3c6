/**
 * The writes of a bundle import, as short transactions of whole cases: a thousand cases
 * with their letters (a hundred megabytes and more) would otherwise hold the database's
 * write lock, and the office server's one thread, for seconds.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import type { CaseResult, ImportOutcome, VerifiedBundle, VerifiedCase } from './import-types.ts';
import { countOutcomes } from '../../../shared/bundles/outbox.ts';
import {
  insertConflictOnce,
  insertLetterOnce,
  insertReceivedBundle,
  insertRevision,
  raiseLatestRevision,
  selectReceivedBundle,
  selectRevision,
} from './received-queries.ts';

export const count = (results: readonly CaseResult[]) => countOutcomes(results.map((r) => r.outcome));

/**
 * At most this many cases, or this many bytes of letters, are stored in one transaction.
 * Each transaction costs a commit (an fsync: synchronous=FULL), slow on a busy disk, and
 * holds the main thread while it writes: 8 MB is a few tens of milliseconds on a quiet one.
 */
export const BATCH_CASES = 100;
export const BATCH_BYTES = 8 * 1024 * 1024;

type Conflict = { caseUuid: string; revision: number; storedSha256: string; offeredSha256: string };
type Stamp = { at: string; by: string };

/** Cut into batches of whole cases: a case's revision and its letters are always stored together. */
function batches(toStore: { c: VerifiedCase; result: CaseResult }[]): { c: VerifiedCase; result: CaseResult }[][] {
  const out: { c: VerifiedCase; result: CaseResult }[][] = [];
  let cur: { c: VerifiedCase; result: CaseResult }[] = [];
  let bytes = 0;
  for (const item of toStore) {
    const size = item.c.letters.reduce((n, l) => n + l.bytes.byteLength, item.c.caseJsonText.length);
    if (cur.length > 0 && (cur.length >= BATCH_CASES || bytes + size > BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Flags different content offered for a revision held (once per offer); true when newly flagged.
 * The stored revision stays: the receiver never merges and never overwrites.
 */
function flagConflict(db: Db, bundle: VerifiedBundle, c: VerifiedCase, storedSha256: string, stamp: Stamp): boolean {
  return insertConflictOnce(db, {
    originCode: bundle.origin.instansiCode,
    caseUuid: c.caseUuid,
    revision: c.revision,
    registerNo: c.registerNo,
    storedSha256,
    offeredSha256: c.sha256,
    offeredCaseJson: c.caseJsonText,
    bundleId: bundle.bundleId,
    bundleSha256: bundle.bundleSha256,
    receivedAt: stamp.at,
    receivedBy: stamp.by,
  });
}

/**
 * Stores one batch of cases decided `imported`. Each is looked up again first: a bundle
 * listing the same revision twice (the first copy decided it), or another process that
 * stored it meanwhile, turns it into `already` (or a CONFLICT when that content differs).
 */
function storeBatch(db: Db, bundle: VerifiedBundle, batch: { c: VerifiedCase; result: CaseResult }[], stamp: Stamp, conflicts: Conflict[]): number {
  const origin = bundle.origin;
  let letters = 0;
  for (const { c, result } of batch) {
    const held = selectRevision(db, origin.instansiCode, c.caseUuid, c.revision);
    if (held) {
      if (held.sha256 === c.sha256) result.outcome = 'already';
      else {
        if (flagConflict(db, bundle, c, held.sha256, stamp)) conflicts.push({ caseUuid: c.caseUuid, revision: c.revision, storedSha256: held.sha256, offeredSha256: c.sha256 });
        result.outcome = 'refused';
        result.reason = 'CONFLICT';
      }
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
      receivedAt: stamp.at,
      receivedBy: stamp.by,
    });
    raiseLatestRevision(db, origin.instansiCode, c.caseUuid, id);
    for (const l of c.letters) if (insertLetterOnce(db, l.sha256, l.bytes)) letters++;
  }
  return letters;
}

/**
 * Imports a verified bundle as a series of short transactions, yielding between them so
 * the caller can let other requests run. The first transaction decides every case (already
 * held, CONFLICT, or to be imported), records the bundle with those counts, flags the
 * conflicts and stores the first batch, audited `bundle.import`; each further batch of
 * whole cases is one more transaction, audited `bundle.import.cases`. A bundle of up to
 * BATCH_CASES cases (and BATCH_BYTES of letters) is thus one transaction and one audit row.
 * Interrupted between batches (the process killed), every stored case is complete and
 * audited, and importing the bundle again stores the rest.
 */
export function* importSteps(ctx: AppContext, bundle: VerifiedBundle): Generator<void, ImportOutcome> {
  const origin = bundle.origin;
  const stamp: Stamp = { at: ctx.now().toISOString(), by: ctx.actor() };
  const results: CaseResult[] = [];
  const conflicts: Conflict[] = [];
  const toStore: { c: VerifiedCase; result: CaseResult }[] = [];
  let parts: { c: VerifiedCase; result: CaseResult }[][] = [];
  const alreadyImported = mutate(ctx, (db) => {
    const known = selectReceivedBundle(db, bundle.bundleId) !== undefined;
    const seen = new Set<string>();
    for (const c of bundle.cases) {
      const base = { caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision };
      const held = selectRevision(db, origin.instansiCode, c.caseUuid, c.revision);
      const key = `${c.caseUuid}/${c.revision}`;
      if ((held && held.sha256 === c.sha256) || (!held && seen.has(key))) {
        results.push({ ...base, outcome: 'already' });
        continue;
      }
      if (held) {
        if (flagConflict(db, bundle, c, held.sha256, stamp)) conflicts.push({ caseUuid: c.caseUuid, revision: c.revision, storedSha256: held.sha256, offeredSha256: c.sha256 });
        results.push({ ...base, outcome: 'refused', reason: 'CONFLICT' });
        continue;
      }
      seen.add(key);
      const result: CaseResult = { ...base, outcome: 'imported' };
      results.push(result);
      toStore.push({ c, result });
    }
    const counts = count(results);
    // The bundle row comes first: revisions name it. A second import finds it and keeps the first counts.
    if (!known) {
      insertReceivedBundle(db, {
        bundleId: bundle.bundleId,
        bundleSha256: bundle.bundleSha256,
        originCode: origin.instansiCode,
        originName: origin.officeName,
        originFingerprint: origin.keyFingerprint,
        exportedAt: bundle.exportedAt,
        receivedAt: stamp.at,
        receivedBy: stamp.by,
        casesImported: counts.imported,
        casesAlready: counts.already,
        casesRefused: counts.refused,
      });
    }
    parts = batches(toStore);
    const letters = parts.length > 0 ? storeBatch(db, bundle, parts[0]!, stamp, conflicts) : 0;
    const now = count(results);
    return {
      value: known,
      audit: {
        action: 'bundle.import',
        entity: 'received_bundle',
        entityId: bundle.bundleId,
        after: {
          bundleSha256: bundle.bundleSha256,
          origin: { instansiCode: origin.instansiCode, officeName: origin.officeName, keyFingerprint: origin.keyFingerprint },
          alreadyImported: known,
          ...now,
          letters,
          conflicts,
          // Cases stored by this transaction; the rest follow in `bundle.import.cases` rows.
          ...(parts.length > 1 ? { stored: parts[0]!.length, batchesToFollow: parts.length - 1 } : {}),
        },
      },
    };
  });
  for (const [i, part] of parts.entries()) {
    if (i === 0) continue;
    yield;
    mutate(ctx, (db) => {
      const found: Conflict[] = [];
      const letters = storeBatch(db, bundle, part, stamp, found);
      conflicts.push(...found);
      return {
        value: undefined,
        audit: {
          action: 'bundle.import.cases',
          entity: 'received_bundle',
          entityId: bundle.bundleId,
          after: {
            batch: i + 1,
            of: parts.length,
            cases: part.map(({ result }) => ({ caseUuid: result.caseUuid, registerNo: result.registerNo, revision: result.revision, outcome: result.outcome })),
            letters,
            ...(found.length > 0 ? { conflicts: found } : {}),
          },
        },
      };
    });
  }
  return { bundleId: bundle.bundleId, bundleSha256: bundle.bundleSha256, originCode: origin.instansiCode, refusal: null, alreadyImported, results, ...count(results) };
}

