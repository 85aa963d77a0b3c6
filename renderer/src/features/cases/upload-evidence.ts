import { call } from '../../app/api.ts';
import { dropUpload, uploadFile } from '../../app/upload.ts';
import type { StagedEvidence } from '../../../../shared/evidence/schemas.ts';

/** Uploads an evidence file and stores it under its SHA-256 (evidence:commit), ready to attach. */
export async function uploadEvidence(file: File, onProgress?: (sent: number, total: number) => void): Promise<StagedEvidence> {
  const uploadId = await uploadFile(file, 'evidence', onProgress);
  try {
    return await call('evidence:commit', { uploadId });
  } catch (e) {
    await dropUpload(uploadId);
    throw e;
  }
}

/** Reads a stored evidence file back (chunked) as a Blob for preview. */
export async function fetchEvidenceBlob(id: number): Promise<Blob> {
  // What arrives (a structured clone or a fetched body) owns a plain ArrayBuffer.
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let mime: string | undefined;
  for (;;) {
    const chunk = await call('evidence:read', { id, offset });
    mime = chunk.mime;
    parts.push(chunk.data as Uint8Array<ArrayBuffer>);
    offset += chunk.data.length;
    if (chunk.data.length === 0 || offset >= chunk.total) break;
  }
  return new Blob(parts, { type: mime ?? 'application/octet-stream' });
}
