import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { StoreWriter, sweepStaleTemps } from '../evidence/evidence-store.ts';
import { TempFile, sweepUploadTemps } from './temp-file.ts';
import type { UploadSink } from './temp-file.ts';
import { can } from '../../../shared/accounts/permissions.ts';
import { TOO_BIG, UPLOAD_CONSUMER, UPLOAD_MAX_BYTES } from '../../../shared/uploads/schemas.ts';
import type { UploadPurpose } from '../../../shared/uploads/schemas.ts';

interface Upload {
  purpose: UploadPurpose;
  /** The user who began it: only they may send its chunks or use it (the office server has many). */
  owner: number | null;
  fileName: string;
  size: number;
  sink: UploadSink;
  /** A chunk is being written: the next one must wait for it (chunks are strictly in order). */
  busy: boolean;
  touched: number;
}

/** Uploads idle this long are dropped (the form or the window was closed). */
const IDLE_MS = 2 * 3_600_000;

// Uploads live in memory per app context: they are transient until their consumer takes
// them, and a temp file nobody took is swept.
const registries = new WeakMap<AppContext, Map<string, Upload>>();
const lastSweep = new WeakMap<AppContext, number>();

function registry(ctx: AppContext): Map<string, Upload> {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new Map()));
  return r;
}

const ownerOf = (ctx: AppContext) => ctx.session.user?.id ?? null;

/** The caller's upload; another user's is as unknown as a missing one. */
function find(ctx: AppContext, uploadId: string): Upload {
  const u = registry(ctx).get(uploadId);
  if (!u || u.owner !== ownerOf(ctx)) throw new AppError('NOT_FOUND', 'uploads.unknown');
  u.touched = ctx.now().getTime();
  return u;
}

async function sweep(ctx: AppContext): Promise<void> {
  const now = ctx.now().getTime();
  if (now - (lastSweep.get(ctx) ?? -Infinity) < 600_000) return;
  lastSweep.set(ctx, now);
  const r = registry(ctx);
  for (const [id, u] of r) {
    if (now - u.touched < IDLE_MS) continue;
    r.delete(id);
    await u.sink.abort();
  }
  const keep = new Set([...r.values()].map((u) => u.sink.tempPath));
  await sweepStaleTemps(ctx.dataDir, keep, Date.now());
  await sweepUploadTemps(ctx.dataDir, keep, Date.now());
}

/**
 * Starts an upload for `purpose`, streamed to a temp file as its chunks arrive. Evidence
 * goes straight into the evidence store's temp area, where committing it is a rename.
 * Only a user who may call the purpose's consumer may upload for it.
 */
export async function beginUpload(ctx: AppContext, input: { purpose: UploadPurpose; fileName: string; size: number }): Promise<{ uploadId: string }> {
  if (!can(ctx.session.user?.role, UPLOAD_CONSUMER[input.purpose])) throw new AppError('FORBIDDEN', 'errors.FORBIDDEN');
  if (input.size > UPLOAD_MAX_BYTES[input.purpose]) throw new AppError('INVALID_INPUT', TOO_BIG[input.purpose]);
  await sweep(ctx);
  const sink = input.purpose === 'evidence' ? await StoreWriter.open(ctx.dataDir) : await TempFile.open(ctx.dataDir);
  const uploadId = randomBytes(16).toString('hex');
  registry(ctx).set(uploadId, { ...input, owner: ownerOf(ctx), sink, busy: false, touched: ctx.now().getTime() });
  return { uploadId };
}

/** Appends the next chunk; chunks must arrive in order and never run past the declared size. */
export async function appendChunk(ctx: AppContext, uploadId: string, offset: number, data: Uint8Array): Promise<{ received: number }> {
  const u = find(ctx, uploadId);
  if (u.busy || offset !== u.sink.size) throw new AppError('CONFLICT', 'uploads.outOfOrder', { expected: u.sink.size, got: offset });
  if (offset + data.length > u.size) throw new AppError('INVALID_INPUT', 'uploads.sizeMismatch', { declared: u.size, got: offset + data.length });
  u.busy = true;
  try {
    await u.sink.write(data);
  } catch (e) {
    registry(ctx).delete(uploadId);
    await u.sink.abort();
    throw e;
  } finally {
    u.busy = false;
  }
  return { received: u.sink.size };
}

/** Drops an unfinished or untaken upload and its temp file. */
export async function abortUpload(ctx: AppContext, uploadId: string): Promise<{ aborted: boolean }> {
  const u = registry(ctx).get(uploadId);
  if (!u || u.owner !== ownerOf(ctx)) return { aborted: false };
  registry(ctx).delete(uploadId);
  await u.sink.abort();
  return { aborted: true };
}

/** The caller's complete upload made for `purpose`. */
function complete(ctx: AppContext, uploadId: string, purpose: UploadPurpose): Upload {
  const u = find(ctx, uploadId);
  if (u.purpose !== purpose) throw new AppError('CONFLICT', 'uploads.otherPurpose');
  if (u.busy || u.sink.size !== u.size) throw new AppError('INVALID_INPUT', 'uploads.incomplete', { received: u.sink.size, size: u.size });
  return u;
}

/** Takes a complete evidence upload out of the registry: its store writer, ready to finish. */
export function takeEvidenceUpload(ctx: AppContext, uploadId: string): { writer: StoreWriter; fileName: string } {
  const u = complete(ctx, uploadId, 'evidence');
  registry(ctx).delete(uploadId);
  return { writer: u.sink as StoreWriter, fileName: u.fileName };
}

/**
 * The bytes of a complete upload (import, logo, verify), read back from disk. With
 * `keep` the upload stays for another look (the import wizard previews one file with
 * several column mappings before importing it); otherwise it is released.
 */
export async function uploadBytes(ctx: AppContext, uploadId: string, purpose: Exclude<UploadPurpose, 'evidence'>, opts: { keep?: boolean } = {}): Promise<{ fileName: string; bytes: Buffer }> {
  const u = complete(ctx, uploadId, purpose);
  const bytes = await (u.sink as TempFile).read();
  if (!opts.keep) await abortUpload(ctx, uploadId);
  return { fileName: u.fileName, bytes };
}
