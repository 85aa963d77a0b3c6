import { call } from '../../app/api.ts';
import { EVIDENCE_CHUNK_BYTES } from '../../../../shared/evidence/schemas.ts';
import type { StagedEvidence } from '../../../../shared/evidence/schemas.ts';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Sends a file to the main process in chunks (evidence:begin, evidence:chunk..., evidence:commit),
 * reading it slice by slice so a large video is never held in memory whole.
 */
export async function uploadEvidence(file: File, onProgress?: (sent: number, total: number) => void): Promise<StagedEvidence> {
  const { uploadId } = await call('evidence:begin', { fileName: file.name || 'berkas', size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += EVIDENCE_CHUNK_BYTES) {
      const slice = new Uint8Array(await file.slice(offset, offset + EVIDENCE_CHUNK_BYTES).arrayBuffer());
      await call('evidence:chunk', { uploadId, offset, dataBase64: toBase64(slice) });
      onProgress?.(Math.min(file.size, offset + slice.length), file.size);
    }
    return await call('evidence:commit', { uploadId });
  } catch (e) {
    await call('evidence:abort', { uploadId }).catch(() => undefined);
    throw e;
  }
}

/** Reads a stored evidence file back (chunked) as a Blob for preview. */
export async function fetchEvidenceBlob(id: number): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let mime: string | undefined;
  for (;;) {
    const chunk = await call('evidence:read', { id, offset });
    mime = chunk.mime;
    const binary = atob(chunk.dataBase64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    parts.push(bytes);
    offset += bytes.length;
    if (bytes.length === 0 || offset >= chunk.total) break;
  }
  return new Blob(parts, { type: mime ?? 'application/octet-stream' });
}
