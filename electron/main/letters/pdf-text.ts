/**
 * Reads an issued letter back as text, the way a PDF reader (pdf.js, the engine of
 * Chromium's viewer) sees it, so issuing can check that what was recorded is really on
 * the page rather than trusting the layout engine. Only the body of each page is kept:
 * text in the top and bottom margins (the RAHASIA marking, "Halaman X dari Y") is page
 * furniture that would otherwise sit in the middle of a sentence continued overleaf.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface BodyArea {
  /** Top and bottom page margins in points: text whose baseline lies inside them is furniture. */
  top: number;
  bottom: number;
}

/** The body text of each page, text items joined by spaces. */
export async function pdfBodyText(pdf: Uint8Array, area: BodyArea): Promise<string[]> {
  // pdf.js detaches the array it is given, so it gets a copy; in Node it parses in-process.
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (y < area.bottom || y > height - area.top) continue;
        parts.push(item.str);
      }
      pages.push(parts.join(' '));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
