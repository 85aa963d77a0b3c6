/**
 * Exporting a signed case bundle for the province: choose the cases, build each case.json
 * (case-record.ts), sign the bundle with this office's key (container.ts) — buildBundle,
 * which only reads and runs in the bundle worker (bundle-worker.ts) — and record it in the
 * outbox in one short audited write on the main thread (recordExport). The bytes go to the
 * caller (the CLI's file, the screen's download).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { selectCaseIdsAuditedSince } from '../audit/audit-queries.ts';
import { selectCaseIdsTouchedSince, selectExchangeCandidates } from '../cases/case-queries.ts';
import { storedPath } from '../evidence/evidence-store.ts';
import { selectCaseIdsWithLettersSince } from '../letters/issued-queries.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { officePublicKey, signWithOfficeKey } from '../trust/signing-key.ts';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, FORMAT_VERSION, caseJsonPath, evidencePath, letterPath } from '../../../shared/bundles/format.ts';
import type { BundleCase, BundleJson } from '../../../shared/bundles/format.ts';
import { buildCaseRecord } from './case-record.ts';
import { sha256Hex } from './container.ts';
import { BundleStreamWriter } from './bundle-stream.ts';
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
function selectCaseIds(ctx: Pick<AppContext, 'db'>, sel: ExportSelection): number[] {
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

function evidenceBytes(ctx: Pick<AppContext, 'dataDir'>, sha256: string, registerNo: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(storedPath(ctx.dataDir, sha256));
  } catch {
    throw new AppError('CONFLICT', 'bundleExport.evidenceMissing', { sha256, registerNo });
  }
  if (sha256Hex(bytes) !== sha256) throw new AppError('CONFLICT', 'bundleExport.evidenceMissing', { sha256, registerNo });
  return bytes;
}

/** Where the bundle's bytes go as they are written (a file, or memory for a download). */
export type BundleSink = (chunk: Uint8Array) => void;

export type ExportSummary = Omit<ExportedBundle, 'bytes'>;

/** What the build reads with: a connection of its own in the bundle worker, the app's in tests. */
export type BundleReader = Pick<AppContext, 'db' | 'dataDir' | 'appVersion'>;

/** Chosen by the caller (the main thread: its clock and the id the outbox will record). */
export interface ExportStamp {
  bundleId: string;
  exportedAt: string;
  fileName?: string | undefined;
}

/** A built bundle: its summary and what the outbox records of each case. */
export interface BuiltBundle {
  summary: ExportSummary;
  exportedAt: string;
  cases: BundleCase[];
}

/**
 * Builds the selected cases into one signed bundle, streamed into `sink` a case at a time,
 * inside one read transaction (every case.json and the outbox's last-sent hashes from the
 * same state). Writes nothing: the bundle worker runs this on its own connection.
 * Refused before anything is read when the BKN instansi code is not entered (the bundle
 * names its sender by it) or no selection is given, and when the selection holds no case.
 */
export function buildBundle(reader: BundleReader, sel: ExportSelection, stamp: ExportStamp, sink: BundleSink): BuiltBundle {
  const office = getOfficeSettings(reader);
  if (office.bknInstansiCode === '') throw new AppError('CONFLICT', 'bundleExport.noInstansiCode');
  const key = officePublicKey(reader.db);
  if (!key) throw new AppError('CONFLICT', 'trust.noKey');
  if (!sel.sinceLast && sel.from === null && sel.registerNos.length === 0) throw new AppError('INVALID_INPUT', 'bundleExport.noSelection');

  const { bundleId, exportedAt } = stamp;
  const name = stamp.fileName ?? defaultBundleFileName(office.bknInstansiCode, new Date(exportedAt), bundleId);
  const fileHash = createHash('sha256');
  const writer = new BundleStreamWriter(exportedAt, (chunk) => {
    fileHash.update(chunk);
    sink(chunk);
  });
  const content = reader.db.transaction(() => {
    const ids = selectCaseIds(reader, sel);
    if (ids.length === 0) throw new AppError('CONFLICT', 'bundleExport.nothingSelected');
    const last = selectLastSent(reader.db);
    const cases: BundleCase[] = [];
    let letters = 0;
    let evidence = 0;
    for (const id of ids) {
      const built = buildCaseRecord(reader, id, { instansiCode: office.bknInstansiCode, withEvidence: sel.withEvidence });
      const { caseUuid, revision, registerNo } = built.record;
      writer.addCaseEntry(caseJsonPath(caseUuid), built.bytes);
      for (const [sha, pdf] of built.letters) writer.addCaseEntry(letterPath(caseUuid, sha), pdf);
      letters += built.letters.size;
      if (sel.withEvidence) {
        for (const sha of built.evidence) writer.addCaseEntry(evidencePath(caseUuid, sha), evidenceBytes(reader, sha, registerNo));
        evidence += built.evidence.length;
      }
      // A resend of the revision last sent names what that bundle named; a newer revision names the last one sent.
      const sent = last.get(caseUuid);
      const previousSha256 = !sent ? null : sent.revision === revision ? sent.previousSha256 : sent.sha256;
      cases.push({ caseUuid, registerNo, revision, path: caseJsonPath(caseUuid), sha256: built.sha256, previousSha256 });
    }
    const bundle: BundleJson = {
      format: BUNDLE_FORMAT,
      formatVersion: FORMAT_VERSION,
      bundleId,
      origin: { instansiCode: office.bknInstansiCode, officeName: office.officeFullName, keyFingerprint: key.fingerprint },
      sipenaVersion: reader.appVersion,
      exportedAt,
      withEvidence: sel.withEvidence,
      cases,
    };
    writer.finish(bundle, (manifest) => signWithOfficeKey(reader.db, manifest));
    return { cases, letters, evidence };
  })();
  const summary: ExportSummary = { bundleId, fileName: name, sha256: fileHash.digest('hex'), cases: content.cases.length, letters: content.letters, evidence: content.evidence };
  return { summary, exportedAt, cases: content.cases };
}

/** Records a built bundle in the outbox: one short audited write (`bundle.export`), once the whole bundle went into its sink. */
export function recordExport(ctx: AppContext, sel: ExportSelection, built: BuiltBundle): ExportSummary {
  const { summary } = built;
  const { bundleId, fileName: name } = summary;
  return mutate(ctx, (db) => {
    const outboxCases: OutboxCase[] = built.cases.map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision, sha256: c.sha256, previousSha256: c.previousSha256 }));
    insertOutboxBundle(
      db,
      { bundleId, fileName: name, fileSha256: summary.sha256, exportedAt: built.exportedAt, exportedBy: ctx.actor(), withEvidence: sel.withEvidence, caseCount: summary.cases, letterCount: summary.letters, evidenceCount: summary.evidence },
      outboxCases,
    );
    return {
      value: summary,
      audit: {
        action: 'bundle.export',
        entity: 'bundle_outbox',
        entityId: bundleId,
        after: {
          fileName: name,
          fileSha256: summary.sha256,
          withEvidence: sel.withEvidence,
          selection: { sinceLast: sel.sinceLast, from: sel.from, registerNos: sel.registerNos },
          cases: summary.cases,
          letters: summary.letters,
          evidence: summary.evidence,
          caseRevisions: outboxCases.map((c) => ({ registerNo: c.registerNo, revision: c.revision, sha256: c.sha256 })),
        },
      },
    };
  });
}

/** A fresh stamp from the app's clock. */
export function newExportStamp(ctx: AppContext, fileName?: string): ExportStamp {
  return { bundleId: randomUUID(), exportedAt: ctx.now().toISOString(), fileName };
}

/**
 * Exports the selected cases as one signed bundle on the calling thread (tests, fixtures):
 * build, then record. The office server and the CLI go through bundle-client.ts instead,
 * which builds in the bundle worker; the outbox row is written the same way.
 */
export function exportBundleTo(ctx: AppContext, sel: ExportSelection, sink: BundleSink, fileName?: string): ExportSummary {
  return recordExport(ctx, sel, buildBundle(ctx, sel, newExportStamp(ctx, fileName), sink));
}

/** The same export held in memory, for a download (the screen): the bytes come back with the summary. */
export function exportBundle(ctx: AppContext, sel: ExportSelection, fileName?: string): ExportedBundle {
  const chunks: Uint8Array[] = [];
  const summary = exportBundleTo(ctx, sel, (chunk) => chunks.push(chunk), fileName);
  return { ...summary, bytes: Buffer.concat(chunks) };
}
