/**
 * Reading generated PDFs back in tests: text per page and page sizes through pdf.js
 * (the same engine Chromium-based viewers use), and the font list from the raw bytes.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens a PDF, runs `fn` on it and always releases it (pdf.js 6 destroys through the loading task). */
async function withPdf<T>(buf: Uint8Array, fn: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js transfers (detaches) the array it is given, so hand it a copy.
  // In Node pdf.js runs its worker code in-process ("fake worker"): nothing to configure.
  const task = getDocument({
    data: new Uint8Array(buf),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await fn(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The text of each page, items joined by spaces and line ends by newlines. */
export function extractPdfText(buf: Uint8Array): Promise<string[]> {
  return withPdf(buf, async (doc) => {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(text.replace(/[ \t]+/g, ' ').replace(/ \n/g, '\n'));
    }
    return pages;
  });
}

/** Width and height of each page in points. */
export function pdfPageSizes(buf: Uint8Array): Promise<{ width: number; height: number }[]> {
  return withPdf(buf, async (doc) => {
    const sizes: { width: number; height: number }[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const { width, height } = (await doc.getPage(i)).getViewport({ scale: 1 });
      sizes.push({ width, height });
    }
    return sizes;
  });
}

export interface PdfFontInfo {
  baseFont: string;
  /** True when the font's descriptor carries an embedded font program (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
}

/**
 * Fonts named in the file. pdfkit writes font and descriptor dictionaries as plain
 * (uncompressed) objects, so a byte scan is exact for our own output and needs no poppler.
 */
export function pdfFonts(buf: Uint8Array): PdfFontInfo[] {
  const src = Buffer.from(buf).toString('latin1');
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream|endobj)/g)) {
    objects.set(m[1] ?? '', m[2] ?? '');
  }
  const fonts: PdfFontInfo[] = [];
  for (const dict of objects.values()) {
    if (!/\/Type \/Font\b/.test(dict) || /\/Subtype \/Type0\b/.test(dict)) continue;
    const baseFont = /\/BaseFont \/([^\s/<>[\]]+)/.exec(dict)?.[1] ?? '?';
    const descRef = /\/FontDescriptor (\d+) 0 R/.exec(dict)?.[1];
    const desc = descRef ? (objects.get(descRef) ?? '') : '';
    fonts.push({ baseFont, embedded: /\/FontFile[23]? \d+ 0 R/.test(desc) });
  }
  return fonts;
}
