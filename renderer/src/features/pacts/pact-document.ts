import { call } from '../../app/api.ts';

/** Reads the scanned pact document back in chunks and opens it in a new window (the browser's own PDF/image viewer). */
export async function openPactDocument(id: number, mime: string): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await call('pacts:document', { id, offset });
    const binary = atob(chunk.dataBase64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    parts.push(bytes);
    offset += bytes.length;
    if (bytes.length === 0 || offset >= chunk.total) break;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
