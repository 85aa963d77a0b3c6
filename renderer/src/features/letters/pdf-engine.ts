import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
// Types only: the library itself is fetched with import() below, on first use.
import type * as PdfJsModule from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;
export interface PdfEngine {
  pdfjs: PdfJs;
  /** One pdf.js worker for the whole session: fetching and compiling its 1.3 MB script is the slow part of a preview. */
  worker: InstanceType<PdfJs['PDFWorker']>;
}

let engine: Promise<PdfEngine> | null = null;

/**
 * pdf.js and its worker, loaded on first use and kept. Screens that will show a PDF call
 * this when they open, so the library is ready before the user asks for a preview.
 */
export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    const worker = new pdfjs.PDFWorker({});
    await worker.promise;
    return { pdfjs, worker };
  })().catch((e: unknown) => {
    // A failed load (network hiccup in the browser harness) is retried by the next caller.
    engine = null;
    throw e;
  });
  return engine;
}

/** Opens a PDF on the shared worker; destroying the returned task leaves the worker running. */
export async function openPdf(bytes: Uint8Array<ArrayBuffer>) {
  const { pdfjs, worker } = await loadPdfEngine();
  // pdf.js 6.5 would draw in a second worker (OffscreenCanvas) only when GlobalWorkerOptions.rendererSrc
  // is set; it is not, so pages are drawn on the main thread. Said explicitly so that no getDocument
  // ever starts (and fails to start) that worker.
  return pdfjs.getDocument({ data: bytes.slice(), worker, disableWorkerRendering: true });
}
