import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { takeEvidenceUpload } from '../uploads/upload-registry.ts';
import type { StoredFile } from './evidence-store.ts';
import { mutate } from '../app-context.ts';
import { selectCaseIdsWithEvidence } from './evidence-queries.ts';
import type { StagedEvidence } from '../../../shared/evidence/schemas.ts';

/** An evidence file in the store, waiting to be attached to a case (the intake form is still open). */
interface StagedUpload {
  staged: StagedEvidence;
  /** The user who uploaded it (null for the CLI and demo data): only they may attach it, as with the upload itself. */
  owner: number | null;
  touched: number;
}

/** Staged files not attached this long are forgotten (the clerk closed the form); their bytes stay harmless in the store. */
const IDLE_MS = 2 * 3_600_000;

const registries = new WeakMap<AppContext, Map<string, StagedUpload>>();

const ownerOf = (ctx: AppContext) => ctx.session.user?.id ?? null;

/** The caller's own staged upload; another user's id finds nothing, like an unknown one. */
function ownStaged(ctx: AppContext, uploadId: string): StagedUpload | undefined {
  const u = registry(ctx).get(uploadId);
  return u && u.owner === ownerOf(ctx) ? u : undefined;
}

function registry(ctx: AppContext): Map<string, StagedUpload> {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new Map()));
  const now = ctx.now().getTime();
  for (const [id, u] of r) if (now - u.touched > IDLE_MS) r.delete(id);
  return r;
}

/**
 * Finishes an evidence upload (uploads:begin with purpose "evidence", its chunks): the
 * file is stored under its SHA-256 and waits to be attached to a case. Committing again
 * answers the same staged file.
 */
export async function commitUpload(ctx: AppContext, uploadId: string): Promise<StagedEvidence> {
  const already = ownStaged(ctx, uploadId);
  if (already) return already.staged;
  const { writer, fileName } = takeEvidenceUpload(ctx, uploadId);
  const stored = await writer.finish().catch(async (e: unknown) => {
    await writer.abort();
    throw e;
  });
  recordRepair(ctx, stored);
  const staged: StagedEvidence = { uploadId, sha256: stored.sha256, size: stored.size, mime: stored.mime, originalName: fileName };
  registry(ctx).set(uploadId, { staged, owner: ownerOf(ctx), touched: ctx.now().getTime() });
  return staged;
}

/**
 * An upload whose bytes hash to a digest that cases already refer to, while the stored
 * copy was damaged or gone, has just repaired the store: each such case's timeline says
 * so, with what the copy was before.
 */
function recordRepair(ctx: AppContext, stored: StoredFile): void {
  if (!stored.previous || stored.previous === 'ok') return;
  const caseIds = selectCaseIdsWithEvidence(ctx.db, stored.sha256);
  if (caseIds.length === 0) return;
  mutate(ctx, () => ({
    value: undefined,
    audit: caseIds.map((caseId) => ({
      action: 'evidence.repaired',
      entity: 'case',
      entityId: caseId,
      before: { sha256: stored.sha256, state: stored.previous },
      after: { sha256: stored.sha256, size: stored.size },
    })),
  }));
}

/** Stages a file that is already in the store (CLI import, demo data). */
export function stageStored(ctx: AppContext, stored: { sha256: string; size: number; mime: string }, originalName: string): StagedEvidence {
  const uploadId = randomBytes(16).toString('hex');
  const staged: StagedEvidence = { uploadId, sha256: stored.sha256, size: stored.size, mime: stored.mime, originalName };
  registry(ctx).set(uploadId, { staged, owner: ownerOf(ctx), touched: ctx.now().getTime() });
  return staged;
}

/** The staged files for these upload ids, or an error naming the first unknown one. Nothing is consumed yet. */
export function stagedFor(ctx: AppContext, uploadIds: string[]): StagedEvidence[] {
  return uploadIds.map((id) => {
    const u = ownStaged(ctx, id);
    if (!u) throw new AppError('NOT_FOUND', 'evidence.uploadUnknown');
    return u.staged;
  });
}

/** Forgets staged uploads once their rows are committed. */
export function consumeStaged(ctx: AppContext, uploadIds: string[]): void {
  for (const id of uploadIds) registry(ctx).delete(id);
}
