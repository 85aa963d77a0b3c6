import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors.ts';
import { IMPORT_MAX_FILE_BYTES } from '../../../../shared/employees/import-types.ts';

/**
 * Files for the import wizard arrive in base64 chunks (the web harness caps a request
 * body; Electron IPC has no such cap but uses the same calls). They are held in memory
 * until previewed and imported, at most a few at a time and for an hour.
 */
interface Upload {
  fileName: string;
  size: number;
  chunks: Buffer[];
  received: number;
  startedAt: number;
}

const MAX_UPLOADS = 4;
const TTL_MS = 60 * 60 * 1000;
const stores = new WeakMap<AppContext, Map<string, Upload>>();

function storeOf(ctx: AppContext): Map<string, Upload> {
  let s = stores.get(ctx);
  if (!s) {
    s = new Map();
    stores.set(ctx, s);
  }
  const now = Date.now();
  for (const [id, u] of s) if (now - u.startedAt > TTL_MS) s.delete(id);
  return s;
}

function uploadOf(ctx: AppContext, id: string): Upload {
  const u = storeOf(ctx).get(id);
  if (!u) throw new AppError('NOT_FOUND', 'importer.uploadGone');
  return u;
}

/** Opens an upload and returns its id. */
export function beginUpload(ctx: AppContext, fileName: string, size: number): { uploadId: string } {
  const store = storeOf(ctx);
  while (store.size >= MAX_UPLOADS) store.delete(store.keys().next().value!);
  const uploadId = randomBytes(18).toString('base64url');
  store.set(uploadId, { fileName, size, chunks: [], received: 0, startedAt: Date.now() });
  return { uploadId };
}

/** Appends the next chunk; chunks must come in order and never exceed the announced size. */
export function appendChunk(ctx: AppContext, uploadId: string, index: number, dataBase64: string): { received: number; complete: boolean } {
  const u = uploadOf(ctx, uploadId);
  if (index !== u.chunks.length) throw new AppError('INVALID_INPUT', 'importer.chunkOrder', { expected: u.chunks.length, got: index });
  const data = Buffer.from(dataBase64, 'base64');
  if (u.received + data.length > Math.min(u.size, IMPORT_MAX_FILE_BYTES)) throw new AppError('INVALID_INPUT', 'importer.chunkOverflow');
  u.chunks.push(data);
  u.received += data.length;
  return { received: u.received, complete: u.received === u.size };
}

/** The complete file of an upload. */
export function uploadedFile(ctx: AppContext, uploadId: string): { fileName: string; bytes: Uint8Array } {
  const u = uploadOf(ctx, uploadId);
  if (u.received !== u.size) throw new AppError('INVALID_INPUT', 'importer.uploadIncomplete', { received: u.received, size: u.size });
  if (u.chunks.length > 1) u.chunks = [Buffer.concat(u.chunks)];
  return { fileName: u.fileName, bytes: u.chunks[0] ?? new Uint8Array() };
}

/** Forgets an upload (after import, or when the wizard is closed). */
export function discardUpload(ctx: AppContext, uploadId: string): void {
  storeOf(ctx).delete(uploadId);
}
