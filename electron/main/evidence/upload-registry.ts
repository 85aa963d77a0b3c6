import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { StoreWriter, sweepStaleTemps } from './evidence-store.ts';
import type { StoredFile } from './evidence-store.ts';
import { mutate } from '../app-context.ts';
import { selectCaseIdsWithEvidence } from './evidence-queries.ts';
import type { StagedEvidence } from '../../../shared/evidence/schemas.ts';

interface OpenUpload {
  state: 'open';
  writer: StoreWriter;
  fileName: string;
  size: number;
  busy: boolean;
  touched: number;
}
interface StagedUpload {
  state: 'staged';
  staged: StagedEvidence;
  touched: number;
}
type Upload = OpenUpload | StagedUpload;

/** Uploads idle this long are dropped (the clerk closed the form or the window). */
const IDLE_MS = 2 * 3_600_000;

// Uploads live in memory per app context: they are transient until attached to a case,
// and a file that reached the store but was never attached is harmless (no row points to it).
const registries = new WeakMap<AppContext, Map<string, Upload>>();

function registry(ctx: AppContext): Map<string, Upload> {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new Map()));
  return r;
}

function find(ctx: AppContext, uploadId: string): Upload {
  const u = registry(ctx).get(uploadId);
  if (!u) throw new AppError('NOT_FOUND', 'evidence.uploadUnknown');
  u.touched = ctx.now().getTime();
  return u;
}

const lastSweep = new WeakMap<AppContext, number>();

async function sweep(ctx: AppContext): Promise<void> {
  const now = ctx.now().getTime();
  if (now - (lastSweep.get(ctx) ?? -Infinity) < 600_000) return;
  lastSweep.set(ctx, now);
  const r = registry(ctx);
  for (const [id, u] of r) {
    if (now - u.touched < IDLE_MS) continue;
    r.delete(id);
    if (u.state === 'open') await u.writer.abort();
  }
  const keep = new Set([...r.values()].flatMap((u) => (u.state === 'open' ? [u.writer.tempPath] : [])));
  await sweepStaleTemps(ctx.dataDir, keep, Date.now());
}

/** Starts an upload: a temp file in the store, filled by `appendChunk`. */
export async function beginUpload(ctx: AppContext, fileName: string, size: number): Promise<{ uploadId: string }> {
  await sweep(ctx);
  const uploadId = randomBytes(16).toString('hex');
  const writer = await StoreWriter.open(ctx.dataDir);
  registry(ctx).set(uploadId, { state: 'open', writer, fileName, size, busy: false, touched: ctx.now().getTime() });
  return { uploadId };
}

/** Appends the next chunk; chunks must arrive in order and never run past the declared size. */
export async function appendChunk(ctx: AppContext, uploadId: string, offset: number, data: Buffer): Promise<{ received: number }> {
  const u = find(ctx, uploadId);
  if (u.state !== 'open') throw new AppError('CONFLICT', 'evidence.alreadyCommitted');
  if (u.busy) throw new AppError('CONFLICT', 'evidence.outOfOrder', { expected: u.writer.size, got: offset });
  if (offset !== u.writer.size) throw new AppError('CONFLICT', 'evidence.outOfOrder', { expected: u.writer.size, got: offset });
  if (offset + data.length > u.size) throw new AppError('INVALID_INPUT', 'evidence.sizeMismatch', { declared: u.size, got: offset + data.length });
  u.busy = true;
  try {
    await u.writer.write(data);
  } catch (e) {
    registry(ctx).delete(uploadId);
    await u.writer.abort();
    throw e;
  } finally {
    u.busy = false;
  }
  return { received: u.writer.size };
}

/** Finishes an upload: the file is stored under its SHA-256 and waits to be attached to a case. */
export async function commitUpload(ctx: AppContext, uploadId: string): Promise<StagedEvidence> {
  const u = find(ctx, uploadId);
  if (u.state === 'staged') return u.staged;
  if (u.busy) throw new AppError('CONFLICT', 'evidence.outOfOrder', { expected: u.writer.size, got: -1 });
  if (u.writer.size !== u.size) throw new AppError('INVALID_INPUT', 'evidence.sizeMismatch', { declared: u.size, got: u.writer.size });
  u.busy = true;
  const stored = await u.writer.finish().catch(async (e: unknown) => {
    registry(ctx).delete(uploadId);
    await u.writer.abort();
    throw e;
  });
  recordRepair(ctx, stored);
  const staged: StagedEvidence = { uploadId, sha256: stored.sha256, size: stored.size, mime: stored.mime, originalName: u.fileName };
  registry(ctx).set(uploadId, { state: 'staged', staged, touched: ctx.now().getTime() });
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
  registry(ctx).set(uploadId, { state: 'staged', staged, touched: ctx.now().getTime() });
  return staged;
}

/** Drops an unfinished or unattached upload. */
export async function abortUpload(ctx: AppContext, uploadId: string): Promise<{ aborted: boolean }> {
  const u = registry(ctx).get(uploadId);
  if (!u) return { aborted: false };
  registry(ctx).delete(uploadId);
  if (u.state === 'open') await u.writer.abort();
  return { aborted: true };
}

/** The staged files for these upload ids, or an error naming the first unknown one. Nothing is consumed yet. */
export function stagedFor(ctx: AppContext, uploadIds: string[]): StagedEvidence[] {
  return uploadIds.map((id) => {
    const u = registry(ctx).get(id);
    if (!u) throw new AppError('NOT_FOUND', 'evidence.uploadUnknown');
    if (u.state !== 'staged') throw new AppError('CONFLICT', 'evidence.notCommitted');
    return u.staged;
  });
}

/** Forgets staged uploads once their rows are committed. */
export function consumeStaged(ctx: AppContext, uploadIds: string[]): void {
  for (const id of uploadIds) registry(ctx).delete(id);
}
