/**
 * Exporting a signed case bundle for the province: choose the cases, build each case.json
 * (case-record.ts), sign the bundle with this office's key (container.ts) and record it in
 * the outbox in one audited write. The bytes go back to the caller (the CLI writes the
 * file, the screen downloads it).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { selectCaseIdsAuditedSince } from '../audit/audit-log.ts';
import { selectCaseIdsTouchedSince, selectExchangeCandidates } from '../cases/case-queries.ts';
import { storedPath } from '../evidence/evidence-store.ts';
import { selectCaseIdsWithLettersSince } from '../letters/issued-queries.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { officePublicKey, signWithOfficeKey } from '../trust/signing-key.ts';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, FORMAT_VERSION, caseJsonPath, evidencePath, letterPath } from '../../../shared/bundles/format.ts';
import type { BundleCase, BundleJson } from '../../../shared/bundles/format.ts';
import { buildCaseRecord } from './case-record.ts';
import { sha256Hex, writeBundle } from './container.ts';
import { insertOutboxBundle, selectLastSent } from './outbox-queries.ts';
import type { OutboxCase } from './outbox-queries.ts';

export interface ExportSelection {
  /** Cases whose revision differs from the one last sent (or never sent). */
  sinceLast: boolean;
  /** `YYYY-MM-DD`: cases registered, edited, audited or given a letter on or after this office-local day. */
  from: string | null;
  /** These register numbers, whatever was sent before. */
  registerNos: readonly string[];
  withEvidence: boolean;
}

export interface ExportedBundle {
  bundleId: string;
  fileName: string;
  bytes: Uint8Array;
  /** SHA-256 of the file, lower-case hex. */
  sha256: string;
  cases: number;
  letters: number;
  evidence: number;
}

/** The default file name: the sender's code, the day and the bundle's id, so two bundles never share a name. */
export function defaultBundleFileName(instansiCode: string, exportedAt: Date, bundleId: string): string {
  const day = exportedAt.toISOString().slice(0, 10).replaceAll('-', '');
  return `${instansiCode}-${day}-${bundleId.slice(0, 8)}${BUNDLE_EXTENSION}`;
}

/** The chosen cases' ids in id order. Refuses a register number that names no case. */
function selectCaseIds(ctx: AppContext, sel: ExportSelection): number[] {
  const candidates = selectExchangeCandidates(ctx.db);
  const chosen = new Set<number>();
  if (sel.sinceLast) {
    const last = selectLastSent(ctx.db);
    for (const c of candidates) if (last.get(c.caseUuid)?.revision !== c.revision) chosen.add(c.id);
  }
  if (sel.from !== null) {
    // The office-local start of the day, as the instants in the database are UTC.
    const at = new Date(`${sel.from}T00:00:00`).toISOString();
    for (const id of [...selectCaseIdsTouchedSince(ctx.db, at), ...selectCaseIdsAuditedSince(ctx.db, at), ...selectCaseIdsWithLettersSince(ctx.db, at)]) chosen.add(id);
  }
  if (sel.registerNos.length > 0) {
    const byRegNo = new Map(candidates.map((c) => [c.registerNo, c.id]));
    for (const regNo of sel.registerNos) {
      const id = byRegNo.get(regNo);
      if (id === undefined) throw new AppError('NOT_FOUND', 'bundleExport.unknownCase', { registerNo: regNo });
      chosen.add(id);
    }
  }
  const existing = new Set(candidates.map((c) => c.id));
  return [...chosen].filter((id) => existing.has(id)).sort((a, b) => a - b);
}

function evidenceBytes(ctx: AppContext, sha256: string, registerNo: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(storedPath(ctx.dataDir, sha256));
  } catch {
    throw new AppError('CONFLICT', 'bundleExport.evidenceMissing', { sha256, registerNo });
  }
  if (sha256Hex(bytes) !== sha256) throw new AppError('CONFLICT', 'bundleExport.evidenceMissing', { sha256, registerNo });
  return bytes;
}

/**
 * Exports the selected cases as one signed bundle. Refused before anything is read when the
 * BKN instansi code is not entered (the bundle names its sender by it) or no selection is
 * given, and when the selection holds no case. `write` (the CLI's file write) runs inside
 * the outbox transaction: a file that cannot be written leaves no outbox row.
 */
export function exportBundle(ctx: AppContext, sel: ExportSelection, opts: { fileName?: string; write?: (bytes: Uint8Array, fileName: string) => void } = {}): ExportedBundle {
  const office = getOfficeSettings(ctx);
  if (office.bknInstansiCode === '') throw new AppError('CONFLICT', 'bundleExport.noInstansiCode');
  const key = officePublicKey(ctx.db);
  if (!key) throw new AppError('CONFLICT', 'trust.noKey');
  if (!sel.sinceLast && sel.from === null && sel.registerNos.length === 0) throw new AppError('INVALID_INPUT', 'bundleExport.noSelection');

  const now = ctx.now();
  const bundleId = randomUUID();
  const fileName = opts.fileName ?? defaultBundleFileName(office.bknInstansiCode, now, bundleId);
  // One read transaction: every case.json and the outbox's last-sent hashes from the same state.
  const content = ctx.db.transaction(() => {
    const ids = selectCaseIds(ctx, sel);
    if (ids.length === 0) throw new AppError('CONFLICT', 'bundleExport.nothingSelected');
    const last = selectLastSent(ctx.db);
    const files = new Map<string, Uint8Array>();
    const cases: BundleCase[] = [];
    let letters = 0;
    let evidence = 0;
    for (const id of ids) {
      const built = buildCaseRecord(ctx, id, { instansiCode: office.bknInstansiCode, withEvidence: sel.withEvidence });
      const { caseUuid, revision, registerNo } = built.record;
      files.set(caseJsonPath(caseUuid), built.bytes);
      for (const [sha, pdf] of built.letters) files.set(letterPath(caseUuid, sha), pdf);
      letters += built.letters.size;
      if (sel.withEvidence) {
        for (const sha of built.evidence) files.set(evidencePath(caseUuid, sha), evidenceBytes(ctx, sha, registerNo));
        evidence += built.evidence.length;
      }
      // A resend of the revision last sent names what that bundle named; a newer revision names the last one sent.
      const sent = last.get(caseUuid);
      const previousSha256 = !sent ? null : sent.revision === revision ? sent.previousSha256 : sent.sha256;
      cases.push({ caseUuid, registerNo, revision, path: caseJsonPath(caseUuid), sha256: built.sha256, previousSha256 });
    }
    return { files, cases, letters, evidence };
  })();

  const bundle: BundleJson = {
    format: BUNDLE_FORMAT,
    formatVersion: FORMAT_VERSION,
    bundleId,
    origin: { instansiCode: office.bknInstansiCode, officeName: office.officeFullName, keyFingerprint: key.fingerprint },
    sipenaVersion: ctx.appVersion,
    exportedAt: now.toISOString(),
    withEvidence: sel.withEvidence,
    cases: content.cases,
  };
  const bytes = writeBundle({ bundle, files: content.files }, (manifest) => signWithOfficeKey(ctx.db, manifest));
  content.files.clear();
  const sha256 = sha256Hex(bytes);
  const result: ExportedBundle = { bundleId, fileName, bytes, sha256, cases: content.cases.length, letters: content.letters, evidence: content.evidence };
  return mutate(ctx, (db) => {
    const outboxCases: OutboxCase[] = content.cases.map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision, sha256: c.sha256, previousSha256: c.previousSha256 }));
    insertOutboxBundle(
      db,
      { bundleId, fileName, fileSha256: sha256, exportedAt: bundle.exportedAt, exportedBy: ctx.actor(), withEvidence: sel.withEvidence, caseCount: result.cases, letterCount: result.letters, evidenceCount: result.evidence },
      outboxCases,
    );
    opts.write?.(bytes, fileName);
    return {
      value: result,
      audit: {
        action: 'bundle.export',
        entity: 'bundle_outbox',
        entityId: bundleId,
        after: {
          fileName,
          fileSha256: sha256,
          withEvidence: sel.withEvidence,
          selection: { sinceLast: sel.sinceLast, from: sel.from, registerNos: sel.registerNos },
          cases: result.cases,
          letters: result.letters,
          evidence: result.evidence,
          caseRevisions: outboxCases.map((c) => ({ registerNo: c.registerNo, revision: c.revision, sha256: c.sha256 })),
        },
      },
    };
  });
}
