import { call } from '../../app/api.ts';

/** Reads the scanned pact document back in chunks and opens it in a new window (the browser's own PDF/image viewer). */
export async function openPactDocument(id: number, mime: string): Promise<void> {
  // What arrives (a structured clone or a fetched body) owns a plain ArrayBuffer.
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await call('pacts:document', { id, offset });
    parts.push(chunk.data as Uint8Array<ArrayBuffer>);
    offset += chunk.data.length;
    if (chunk.data.length === 0 || offset >= chunk.total) break;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
