/**
 * Bulk printing: many letters as one combined PDF (e.g. every summons of a week), each
 * letter starting on a new page. Fonts are embedded once for the whole file, so 500
 * summonses stay small and fast. Page numbers are per file, so the combined print
 * leaves them out and keeps only the classification marking.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LetterInputs, LetterMeta } from '../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import type { LetterAssets } from './parts/document.ts';
import { buildLetter } from './registry.ts';

/** One letter of a bulk print: plain data, so it can cross into a worker thread. */
export interface BulkItem<T extends LetterType = LetterType> {
  type: T;
  input: LetterInputs[T];
  meta: LetterMeta;
}

/** The document definition of all items, one after another. */
export function combinedDocument(items: readonly BulkItem[], office: OfficeSettings, assets: LetterAssets = {}): TDocumentDefinitions {
  if (items.length === 0) throw new Error('nothing to print');
  const dds = items.map((it) => buildLetter(it.type, it.input, office, it.meta, assets));
  const first = dds[0]!;
  const marked = dds.every((d) => d.header !== undefined);
  const header = first.header;
  return {
    pageSize: first.pageSize,
    pageOrientation: first.pageOrientation,
    pageMargins: first.pageMargins,
    defaultStyle: first.defaultStyle,
    info: { ...first.info, title: `Cetak massal (${items.length} naskah)` },
    // The marking function places its text inside the margin, so it serves top and bottom alike.
    ...(marked && header ? { header, footer: header } : {}),
    ...(items.some((it) => it.meta.number === null) ? { watermark: first.watermark } : {}),
    content: dds.map((d, i): Content => ({ stack: [d.content], ...(i > 0 ? { pageBreak: 'before' as const } : {}) })),
  };
}
