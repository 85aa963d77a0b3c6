/**
 * Joins PDFs into one file, pages in order. Bulk prints render in chunks (so memory
 * stays flat and two worker threads can share the work) and are merged here.
 */
import { PDFDocument } from 'pdf-lib';

/** One PDF holding every page of `parts`, in order, titled `title`. */
export async function mergePdfs(parts: readonly Uint8Array[], title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  out.setTitle(title);
  out.setCreator('Sipena');
  out.setProducer('Sipena (pdfmake, pdf-lib)');
  return out.save();
}
