/**
 * The shared parsed fonts (font-cache.ts) must not change a single byte of output:
 * renderPdf's result equals bare pdfmake with the font files, for a two-page SK.
 */
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import { META_ISSUED, skInput } from './letter-fixtures.ts';

type PdfMake = typeof pdfmake;

/** A second, unconfigured pdfmake instance reading the font files the plain way. */
function barePdfmake(): PdfMake {
  const Ctor = (pdfmake as unknown as { constructor: new () => PdfMake }).constructor;
  const bare = new Ctor();
  const dir = path.join(RESOURCES_DIR, 'fonts');
  bare.setFonts({
    LiberationSans: {
      normal: path.join(dir, 'LiberationSans-Regular.ttf'),
      bold: path.join(dir, 'LiberationSans-Bold.ttf'),
      italics: path.join(dir, 'LiberationSans-Italic.ttf'),
      bolditalics: path.join(dir, 'LiberationSans-BoldItalic.ttf'),
    },
  });
  bare.setUrlAccessPolicy(() => false);
  (bare as unknown as { setLocalAccessPolicy: (f: (p: string) => boolean) => void }).setLocalAccessPolicy((p) => p.startsWith(dir));
  return bare;
}

describe('font cache', () => {
  it('renders byte-identical output to pdfmake with file fonts, repeatedly', async () => {
    const dd = (): TDocumentDefinitions => {
      const d = buildLetter('sk', skInput('pdhtaps'), DEFAULT_OFFICE_SETTINGS, META_ISSUED);
      // The same info renderPdf writes, in the same key order (it is part of the bytes).
      d.info = { author: 'Sipena', creator: 'Sipena', producer: 'Sipena (pdfmake)', ...d.info, modDate: d.info?.creationDate };
      return d;
    };
    const bare = await barePdfmake().createPdf(dd()).getBuffer();
    const ours1 = await renderPdf(dd(), { resourcesDir: RESOURCES_DIR });
    const ours2 = await renderPdf(dd(), { resourcesDir: RESOURCES_DIR });
    expect(ours1.length).toBeGreaterThan(10_000);
    expect(ours1.equals(bare)).toBe(true);
    expect(ours2.equals(bare)).toBe(true);
  });
});
