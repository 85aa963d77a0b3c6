import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { StoredFileError, hashStored, readStored } from './evidence-store.ts';
import { insertEvidence, selectEvidence, selectEvidenceById } from './evidence-queries.ts';
import type { EvidenceFileInput } from './evidence-queries.ts';
import { caseExists, touchCase } from '../cases/case-queries.ts';
import { consumeStaged, stagedFor } from './staged-evidence.ts';
import type { EvidenceChunk, EvidenceItem, EvidenceVerifyResult, evidenceAttachSchema, stagedEvidenceSchema } from '../../../shared/evidence/schemas.ts';
import type { z } from 'zod';

type StagedRef = z.output<typeof stagedEvidenceSchema>;

/** Resolves staged upload references (before the transaction: an unknown id writes nothing). */
export function resolveStaged(ctx: AppContext, refs: StagedRef[]): EvidenceFileInput[] {
  const ids = refs.map((r) => r.uploadId);
  if (new Set(ids).size !== ids.length) throw new AppError('INVALID_INPUT', 'evidence.duplicateUpload');
  const staged = stagedFor(ctx, ids);
  return refs.map((r, i) => ({ staged: staged[i]!, description: r.description, category: r.category }));
}

/** Attaches staged files and URLs to an existing case, audited, in one transaction. */
export function attachEvidence(ctx: AppContext, input: z.output<typeof evidenceAttachSchema>): EvidenceItem[] {
  if (input.files.length + input.links.length === 0) throw new AppError('INVALID_INPUT', 'evidence.nothingToAttach');
  const files = resolveStaged(ctx, input.files);
  const ids = mutate(ctx, (db) => {
    if (!caseExists(db, input.caseId)) throw notFound('case.notFound');
    const { ids, audits } = insertEvidence(db, input.caseId, files, input.links, { at: ctx.now().toISOString(), by: ctx.actor() });
    touchCase(db, input.caseId, ctx.now().toISOString(), ctx.actor());
    return { value: ids, audit: audits };
  });
  consumeStaged(ctx, input.files.map((f) => f.uploadId));
  return selectEvidence(ctx.db, input.caseId).filter((e) => ids.includes(e.id));
}

function fileRow(ctx: AppContext, id: number): EvidenceItem & { sha256: string } {
  const row = selectEvidenceById(ctx.db, id);
  if (!row) throw notFound('evidence.notFound');
  if (row.kind !== 'file' || !row.sha256) throw new AppError('INVALID_INPUT', 'evidence.notAFile');
  return row as EvidenceItem & { sha256: string };
}

/**
 * Re-hashes the stored file and compares it with the digest recorded at intake. The
 * check and its outcome go into the case's audit trail: a mismatch is itself evidence.
 */
export async function verifyEvidence(ctx: AppContext, id: number): Promise<EvidenceVerifyResult> {
  const row = fileRow(ctx, id);
  const { actual, size } = await hashStored(ctx.dataDir, row.sha256);
  const result: EvidenceVerifyResult = {
    id,
    ok: actual === row.sha256 && size === row.size,
    expected: row.sha256,
    actual,
    size,
    checkedAt: ctx.now().toISOString(),
  };
  mutate(ctx, () => ({
    value: undefined,
    audit: { action: result.ok ? 'evidence.verified' : 'evidence.mismatch', entity: 'case', entityId: row.caseId, after: { evidenceId: id, expected: row.sha256, actual, size } },
  }));
  return result;
}

/** One chunk of a stored file, as bytes, for previews in the case view. */
export async function readEvidence(ctx: AppContext, id: number, offset: number, length: number): Promise<EvidenceChunk> {
  const row = fileRow(ctx, id);
  const total = row.size ?? 0;
  let data: Buffer;
  try {
    data = offset >= total ? Buffer.alloc(0) : await readStored(ctx.dataDir, row.sha256, offset, Math.min(length, total - offset));
  } catch (e) {
    if (!(e instanceof StoredFileError)) throw e;
    const key = { missing: 'evidence.fileMissing', altered: 'evidence.fileAltered', notRegular: 'evidence.fileNotRegular' }[e.state];
    throw new AppError(e.state === 'missing' ? 'NOT_FOUND' : 'CONFLICT', key, { name: `"${row.originalName ?? row.sha256.slice(0, 12)}"` });
  }
  return { data, offset, total, mime: row.mime ?? 'application/octet-stream' };
}
