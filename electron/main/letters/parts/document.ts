/**
 * Wraps a letter's content into a complete document definition: page setup from the
 * office settings, the letter's own date as creation date (reprints stay byte-identical)
 * and a DRAFT watermark until the letter is issued with a number.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterMeta } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { pageSetup } from './page-setup.ts';
import { shapeContent } from './text-runs.ts';
import { shortTembusan } from './blocks.ts';
import { closingBlocks } from './signature-block.ts';

export interface LetterDocOptions {
  title: string;
  subject?: string;
  /** Classification printed on every page, e.g. 'RAHASIA'. */
  marking?: string;
  content: Content[];
}

/** Assets main chose for a rendering (never from user text). */
export interface LetterAssets {
  /** Absolute path of the office logo; its folder must be passed to renderPdf's allowedDirs. */
  logoPath?: string;
}

/**
 * A short tembusan goes into the closing block (last paragraph + signature), which is
 * unbreakable: a page break then moves them together, so neither the tembusan nor the
 * signature ever stands alone on the last page.
 */
function keepTembusanWithSignature(content: Content[]): Content[] {
  const out: Content[] = [];
  for (const node of content) {
    const prev = out.at(-1);
    if (typeof node === 'object' && shortTembusan.has(node) && typeof prev === 'object' && prev !== null && closingBlocks.has(prev) && 'stack' in prev) {
      out[out.length - 1] = { ...prev, stack: [...(prev as { stack: Content[] }).stack, node] } as Content;
    } else out.push(node);
  }
  return out;
}

/** The full document definition of one letter. */
export function letterDocument(office: OfficeSettings, meta: LetterMeta, opts: LetterDocOptions): TDocumentDefinitions {
  const title = meta.number ? `${opts.title} ${meta.number}` : `${opts.title} (draft)`;
  return {
    ...pageSetup(office, opts.marking ? { marking: opts.marking } : {}),
    info: {
      title,
      subject: opts.subject ?? opts.title,
      // The letter's own date, not the clock: reprints must be byte-identical.
      creationDate: new Date(`${meta.date}T00:00:00Z`),
    },
    ...(meta.number === null ? { watermark: { text: 'DRAFT', opacity: 0.08, bold: true, angle: -45 } } : {}),
    // Codes and NIPs never break or stretch; overlong words wrap inside the margin (text-runs.ts).
    content: shapeContent(keepTembusanWithSignature(opts.content)),
  };
}
