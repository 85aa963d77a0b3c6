/**
 * One letter from its input to PDF bytes, and on issue the check that the bytes show
 * what was recorded (content-check.ts). Runs inside the render worker (render-worker.ts)
 * so that a long letter (a BAP of hundreds of answers takes seconds to lay out and as
 * long again to read back) never blocks the window's calls; everything here is plain
 * data in and out, because a worker receives a copy of its job.
 */
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs, LetterMeta } from '../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import type { Expected } from './content-check.ts';
import { expectedContent, missingContent } from './content-check.ts';
import type { LetterAssets } from './parts/document.ts';
import { mmToPt } from './parts/page-setup.ts';
import { pdfBodyText } from './pdf-text.ts';
import { buildLetter } from './registry.ts';
import { renderPdf } from './render-pdf.ts';

export interface LetterJob<T extends LetterType = LetterType> {
  type: T;
  input: LetterInputs[T];
  office: OfficeSettings;
  meta: LetterMeta;
  assets: LetterAssets;
  resourcesDir: string;
  allowedDirs: string[];
  /** Read the PDF back and list what it does not show (done when issuing). */
  check: boolean;
}

export interface LetterResult {
  pdf: Uint8Array;
  /** What was recorded but is not in the PDF's text; empty when unchecked or complete. */
  missing: Expected[];
}

/** Letters that are one page by custom: a summons, a receipt, a moral-sanction statement, the berita acara of an SK's delivery, the end-of-sanction notice. */
const ONE_PAGE: readonly LetterType[] = ['receipt', 'summons1', 'summons2', 'moral', 'delivery', 'endnotice'];

/**
 * Tighter settings tried in turn when a one-page letter runs over: first the line
 * spacing, then one point less type. Whatever still does not fit prints on two pages,
 * its closing, signature and tembusan kept together (parts/document.ts).
 */
const TIGHTER: readonly { lineHeight: number; fontDelta: number }[] = [
  { lineHeight: 1.05, fontDelta: 0 },
  { lineHeight: 1.0, fontDelta: -1 },
];

/** Page count of a pdfkit file: its page objects are written uncompressed. */
export function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** Renders a letter and, when asked, checks its text against the recorded content. */
export async function renderLetter(job: LetterJob): Promise<LetterResult> {
  const options = { resourcesDir: job.resourcesDir, allowedDirs: job.allowedDirs };
  let pdf = await renderPdf(buildLetter(job.type, job.input, job.office, job.meta, job.assets), options);
  if (ONE_PAGE.includes(job.type) && pageCount(pdf) > 1) {
    for (const t of TIGHTER) {
      const office = { ...job.office, fontSize: job.office.fontSize + t.fontDelta };
      const dd = buildLetter(job.type, job.input, office, job.meta, job.assets);
      dd.defaultStyle = { ...dd.defaultStyle, lineHeight: t.lineHeight };
      const tight = await renderPdf(dd, options);
      if (pageCount(tight) === 1) {
        pdf = tight;
        break;
      }
    }
  }
  if (!job.check) return { pdf, missing: [] };
  const area = { top: mmToPt(job.office.marginsMm.top), bottom: mmToPt(job.office.marginsMm.bottom) };
  const pages = await pdfBodyText(pdf, area);
  return { pdf, missing: missingContent(expectedContent(job.type, job.input, job.meta), pages) };
}
