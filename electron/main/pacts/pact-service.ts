/**
 * The integrity-pact register: pact events with their scanned document (stored in the
 * evidence store like case evidence), their signers from the employee registry or an
 * attendance file, counts by OPD and employment type, and the case view's flag.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import type { RecordStamp } from '../records/record-version.ts';
import { consumeStaged, stagedFor } from '../evidence/staged-evidence.ts';
import { readStored, StoredFileError } from '../evidence/evidence-store.ts';
import { selectEmployee } from '../employees/employee-queries.ts';
import { selectAccused, selectCase } from '../cases/case-queries.ts';
import type { EvidenceChunk } from '../../../shared/evidence/schemas.ts';
import type {
  PactCaseFlag,
  PactCreateInput,
  PactDetail,
  PactDocument,
  PactImportResult,
  PactSignersAdded,
  PactSummary,
  PactUpdateInput,
} from '../../../shared/pacts/schemas.ts';
import {
  countByEmploymentType,
  countByOpd,
  deleteSigner,
  documentOf,
  insertPact,
  selectPact,
  selectPactsSignedBefore,
  selectPactSummaries,
  selectSigners,
  signedAlready,
  signerWriter,
  updatePact,
} from './pact-queries.ts';
import type { PactRow, PactValues, SignerValues } from './pact-queries.ts';
import { planSignerImport } from './signer-import.ts';

/** The staged scan for a document upload id (uploaded with purpose "evidence" and committed), or the current one. */
function documentFor(ctx: AppContext, uploadId: string | undefined, current: PactDocument | null): PactDocument | null {
  if (!uploadId) return current;
  const [staged] = stagedFor(ctx, [uploadId]);
  return { sha256: staged!.sha256, size: staged!.size, mime: staged!.mime, name: staged!.originalName };
}

function valuesOf(input: PactCreateInput, document: PactDocument | null): PactValues {
  return { pactDate: input.pactDate, place: input.place, official: input.official, pledgeText: input.pledgeText, document };
}

function pactStamp(row: PactRow): RecordStamp {
  return { version: row.version, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

function mustPact(ctx: AppContext, id: number): PactRow {
  const row = selectPact(ctx.db, id);
  if (!row) throw notFound('pacts.what');
  return row;
}

export function listPacts(ctx: AppContext): PactSummary[] {
  return selectPactSummaries(ctx.db);
}

export function getPact(ctx: AppContext, id: number): PactDetail {
  const row = mustPact(ctx, id);
  const signers = selectSigners(ctx.db, id);
  return {
    id: row.id,
    pactDate: row.pact_date,
    place: row.place,
    official: row.official,
    pledgeText: row.pledge_text,
    document: documentOf(row),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    version: row.version,
    signerCount: signers.length,
    signers,
    byOpd: countByOpd(ctx.db, id),
    byEmploymentType: countByEmploymentType(ctx.db, id),
  };
}

export function createPact(ctx: AppContext, input: PactCreateInput): PactDetail {
  const document = documentFor(ctx, input.documentUploadId, null);
  const id = mutate(ctx, (db) => {
    const values = valuesOf(input, document);
    const id = insertPact(db, values, ctx.now().toISOString(), ctx.actor());
    return { value: id, audit: { action: 'pact.create', entity: 'pact', entityId: id, after: values } };
  });
  if (input.documentUploadId) consumeStaged(ctx, [input.documentUploadId]);
  return getPact(ctx, id);
}

export function updatePactEvent(ctx: AppContext, input: PactUpdateInput): PactDetail {
  const stored = mustPact(ctx, input.id);
  const document = documentFor(ctx, input.documentUploadId, documentOf(stored));
  mutate(ctx, (db) => {
    const current = mustPact(ctx, input.id);
    const before = valuesOf({ pactDate: current.pact_date, place: current.place, official: current.official, pledgeText: current.pledge_text }, documentOf(current));
    const after = valuesOf(input, document);
    checkVersion(ctx, 'pact', pactStamp(current), input.expectedVersion, () => differingFields({ ...before }, { ...after }));
    updatePact(db, input.id, after, ctx.now().toISOString(), ctx.actor());
    return { value: undefined, audit: { action: 'pact.update', entity: 'pact', entityId: input.id, before, after } };
  });
  if (input.documentUploadId) consumeStaged(ctx, [input.documentUploadId]);
  return getPact(ctx, input.id);
}

/** Adds signers in one transaction; one audit row lists who was added. */
function addSigners(ctx: AppContext, pactId: number, signers: SignerValues[], source: 'registry' | 'import', reason?: string): PactSignersAdded {
  return mutate(ctx, (db) => {
    mustPact(ctx, pactId);
    const write = signerWriter(db, pactId, source, ctx.now().toISOString(), ctx.actor());
    const added = signers.filter((s) => write(s));
    return {
      value: { added: added.length, already: signers.length - added.length },
      audit: {
        action: source === 'import' ? 'pact.signers.import' : 'pact.signers.add',
        entity: 'pact',
        entityId: pactId,
        after: { added: added.map((s) => ({ employeeId: s.employeeId, nip: s.nip, name: s.name })), already: signers.length - added.length },
        ...(reason ? { reason } : {}),
      },
    };
  });
}

/** Signers picked from the employee registry. */
export function addRegistrySigners(ctx: AppContext, pactId: number, employeeIds: number[]): PactSignersAdded {
  const signers = [...new Set(employeeIds)].map((id) => {
    const e = selectEmployee(ctx.db, id);
    if (!e) throw notFound('employee.one');
    return { employeeId: e.id, nip: e.nip, name: e.name, employmentType: e.employmentType, opdId: e.opdId };
  });
  mustPact(ctx, pactId);
  return addSigners(ctx, pactId, signers, 'registry');
}

export function removeSigner(ctx: AppContext, pactId: number, employeeId: number): PactDetail {
  mutate(ctx, (db) => {
    const removed = deleteSigner(db, pactId, employeeId);
    if (!removed) throw notFound('pacts.signerWhat');
    return { value: undefined, audit: { action: 'pact.signers.remove', entity: 'pact', entityId: pactId, before: removed } };
  });
  return getPact(ctx, pactId);
}

/** Signers from an attendance file by NIP: every row found is added in one transaction; the others are reported by line. */
export async function importSigners(ctx: AppContext, pactId: number, bytes: Uint8Array, fileName: string): Promise<PactImportResult> {
  mustPact(ctx, pactId);
  const plan = await planSignerImport(ctx.db, bytes, ctx.language());
  const already = signedAlready(ctx.db, pactId);
  const fresh = plan.signers.filter((s) => !already.has(s.employeeId));
  const counts = fresh.length > 0 ? addSigners(ctx, pactId, fresh, 'import', fileName) : { added: 0, already: 0 };
  return {
    rows: plan.rows,
    added: counts.added,
    already: plan.signers.length - counts.added,
    rejected: plan.rejected,
    errors: plan.errors,
    errorTotal: plan.errors.length,
  };
}

/** One chunk of the scanned pact document, as bytes, for the viewer and download. */
export async function readPactDocument(ctx: AppContext, id: number, offset: number, length: number): Promise<EvidenceChunk> {
  const doc = documentOf(mustPact(ctx, id));
  if (!doc) throw notFound('pacts.documentWhat');
  try {
    const data = offset >= doc.size ? Buffer.alloc(0) : await readStored(ctx.dataDir, doc.sha256, offset, Math.min(length, doc.size - offset));
    return { data, offset, total: doc.size, mime: doc.mime };
  } catch (e) {
    if (!(e instanceof StoredFileError)) throw e;
    const key = { missing: 'evidence.fileMissing', altered: 'evidence.fileAltered', notRegular: 'evidence.fileNotRegular' }[e.state];
    throw new AppError(e.state === 'missing' ? 'NOT_FOUND' : 'CONFLICT', key, { name: `"${doc.name}"` });
  }
}

/**
 * The case's accused who signed an integrity pact before the incident date: an
 * aggravating fact for the LHP. Found by NIP, as the accused are recorded.
 */
export function caseFlags(ctx: AppContext, caseId: number): PactCaseFlag[] {
  const c = selectCase(ctx.db, caseId);
  if (!c) throw notFound('case.notFound');
  const accused = selectAccused(ctx.db, caseId);
  const signed = selectPactsSignedBefore(ctx.db, accused.map((a) => a.nip), c.incident_date);
  return accused
    .map((a) => ({
      accusedId: a.id,
      nip: a.nip,
      name: a.name,
      pacts: signed.filter((s) => s.nip === a.nip).map(({ nip: _nip, ...p }) => p),
    }))
    .filter((f) => f.pacts.length > 0);
}
