/**
 * Joins PDFs into one file, pages in order. Bulk prints merge the frozen bytes of issued
 * letters here: pages are copied, never re-rendered, so each page is the issued page.
 */
import { PDFDocument } from 'pdf-lib';

/**
 * One PDF holding every page of `parts`, in order, titled `title`; `onProgress` gets the parts
 * copied so far. `parts` may be a generator: each part is read only when its turn comes.
 */
export async function mergePdfs(parts: Iterable<Uint8Array>, title: string, onProgress?: (done: number) => void): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  let i = 0;
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const page of pages) out.addPage(page);
    onProgress?.(++i);
  }
  out.setTitle(title);
  out.setCreator('Sipena');
  out.setProducer('Sipena (pdfmake, pdf-lib)');
  return out.save();
}
