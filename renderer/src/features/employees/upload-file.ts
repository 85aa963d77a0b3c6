import { call } from '../../app/api.ts';
import { IMPORT_CHUNK_BYTES } from '../../../../shared/employees/import-types.ts';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Sends an employee file to the main process in base64 chunks (the same calls work over
 * Electron IPC and the web harness, whose request bodies are capped). Returns the upload id.
 */
export async function uploadImportFile(file: File, onProgress?: (percent: number) => void): Promise<string> {
  const { uploadId } = await call('employees:importBegin', { fileName: file.name || 'pegawai', size: file.size });
  try {
    let index = 0;
    for (let offset = 0; offset < file.size; offset += IMPORT_CHUNK_BYTES, index++) {
      const slice = new Uint8Array(await file.slice(offset, offset + IMPORT_CHUNK_BYTES).arrayBuffer());
      await call('employees:importChunk', { uploadId, index, dataBase64: toBase64(slice) });
      onProgress?.(Math.round((Math.min(file.size, offset + slice.length) / file.size) * 100));
    }
    return uploadId;
  } catch (e) {
    await call('employees:importDiscard', { uploadId }).catch(() => undefined);
    throw e;
  }
}
