import { call } from './api.ts';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/uploads/schemas.ts';
import type { UploadPurpose } from '../../../shared/uploads/schemas.ts';

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
      // Bytes as they are: Electron IPC clones the Uint8Array, the web scripts send it as a raw body.
      await call('uploads:chunk', { uploadId, offset, data: slice });
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
