import { call } from './api.ts';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/uploads/schemas.ts';
import type { UploadPurpose } from '../../../shared/uploads/schemas.ts';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Sends a file to main for `purpose` (uploads:begin, uploads:chunk...), reading it slice
 * by slice so a large video is never held in memory whole, and returns the upload id that
 * the purpose's own channel takes. A failed upload is dropped on main's side too.
 */
export async function uploadFile(file: File, purpose: UploadPurpose, onProgress?: (sent: number, total: number) => void): Promise<string> {
  const { uploadId } = await call('uploads:begin', { purpose, fileName: file.name || 'berkas', size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      const slice = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
      await call('uploads:chunk', { uploadId, offset, dataBase64: toBase64(slice) });
      onProgress?.(Math.min(file.size, offset + slice.length), file.size);
    }
    return uploadId;
  } catch (e) {
    await dropUpload(uploadId);
    throw e;
  }
}

/** Lets an upload go (the wizard was closed, the file was replaced); never fails. */
export async function dropUpload(uploadId: string): Promise<void> {
  await call('uploads:abort', { uploadId }).catch(() => undefined);
}
