import { openPdf } from './pdf-engine.ts';

/**
 * Prints a PDF through the window's print dialog (the operating system's dialog in the
 * desktop app, the browser's in the web harness). The pages are rendered with pdf.js
 * into a print-only container at print resolution, and a print stylesheet shows that
 * container alone, one image per sheet at the PDF's own paper size (A4 or F4), so the
 * app's screen never reaches the paper.
 */
const CONTAINER_ID = 'sipena-print';
const POINTS_PER_MM = 72 / 25.4;

function printStyle(widthMm: number, heightMm: number): string {
  return `@media screen { #${CONTAINER_ID} { display: none; } }
@media print {
  @page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body > *:not(#${CONTAINER_ID}) { display: none !important; }
  #${CONTAINER_ID} img { display: block; width: ${widthMm}mm; height: ${heightMm}mm; break-after: page; }
  #${CONTAINER_ID} img:last-child { break-after: auto; }
}`;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas export failed'))), 'image/png'));
}

/** Removes a previous print container, if a print was interrupted. */
function cleanup(): void {
  const old = document.getElementById(CONTAINER_ID);
  if (!old) return;
  for (const img of old.querySelectorAll('img')) URL.revokeObjectURL(img.src);
  old.remove();
  document.getElementById(`${CONTAINER_ID}-style`)?.remove();
}

/**
 * Renders every page and opens the print dialog; `onProgress(done, total)` reports pages
 * prepared. Long prints use a lower resolution so a 500-page bulk print stays in memory.
 */
export async function printPdf(bytes: Uint8Array<ArrayBuffer>, onProgress?: (done: number, total: number) => void): Promise<void> {
  cleanup();
  const task = await openPdf(bytes);
  const doc = await task.promise;
  try {
    const dpi = doc.numPages > 40 ? 150 : 220;
    const container = document.createElement('div');
    container.id = CONTAINER_ID;
    container.dataset.pages = String(doc.numPages);
    let sizeMm: [number, number] = [210, 297];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      if (n === 1) sizeMm = [Math.round((base.width / POINTS_PER_MM) * 10) / 10, Math.round((base.height / POINTS_PER_MM) * 10) / 10];
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const img = document.createElement('img');
      img.src = URL.createObjectURL(await canvasBlob(canvas));
      img.alt = `Halaman ${n}`;
      container.appendChild(img);
      canvas.width = 0;
      page.cleanup();
      onProgress?.(n, doc.numPages);
    }
    const style = document.createElement('style');
    style.id = `${CONTAINER_ID}-style`;
    style.textContent = printStyle(sizeMm[0], sizeMm[1]);
    document.head.appendChild(style);
    document.body.appendChild(container);
    await Promise.all([...container.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
    // print() returns when the dialog closes; the container goes with it (or with the next print).
    window.print();
    window.addEventListener('afterprint', cleanup, { once: true });
  } finally {
    await task.destroy();
  }
}
