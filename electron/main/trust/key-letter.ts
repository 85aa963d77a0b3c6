/**
 * The key letter (surat penyampaian kunci publik): one page on the office letterhead,
 * signed by the Inspector, that carries this office's fingerprint to the province by a
 * channel other than the key file itself. The receiver types the fingerprint from this
 * paper when enrolling, so a key file swapped on the way is refused.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import { getOfficeSettings, letterAssets } from '../letters/office-settings-service.ts';
import { renderPdf } from '../letters/render-pdf.ts';
import { pageSetup } from '../letters/parts/page-setup.ts';
import { letterhead } from '../letters/parts/letterhead.ts';
import { kvTable, paragraph } from '../letters/parts/blocks.ts';
import { closingWithSignature } from '../letters/parts/signature-block.ts';
import { officeKey } from './trust-service.ts';

/**
 * The fingerprint as a grid of 4 rows of 8 byte groups, each in a cell of the same width:
 * the columns line up like a monospace print (the letters' one font is proportional), so
 * a reader compares it group by group.
 */
function fingerprintGrid(fingerprint: string): Content {
  const groups = fingerprint.split(':');
  const rows: Content[][] = [];
  for (let r = 0; r < groups.length; r += 8) rows.push(groups.slice(r, r + 8).map((g): Content => ({ text: g, fontSize: 20, bold: true, alignment: 'center', characterSpacing: 2 })));
  // Spacer columns centre the table (pdfmake does not centre a table by itself).
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', table: { widths: Array<number>(8).fill(40), body: rows }, layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 6, paddingBottom: () => 6 } },
      { width: '*', text: '' },
    ],
    margin: [0, 6, 0, 14],
  };
}

export function keyLetterDocument(office: OfficeSettings, key: { instansiCode: string; officeName: string; fingerprint: string }, date: string, t: ReturnType<typeof translator>, logoPath?: string): TDocumentDefinitions {
  return {
    ...pageSetup(office),
    info: { title: t('trust.letterTitle'), subject: key.fingerprint, creationDate: new Date(`${date}T00:00:00Z`) },
    content: [
      letterhead(office, logoPath ? { logoPath } : {}),
      { text: t('trust.letterTitle'), bold: true, alignment: 'center', fontSize: office.fontSize + 1, margin: [0, 8, 0, 14] },
      paragraph(t('trust.letterBody', { office: key.officeName })),
      kvTable([
        ['Kode instansi BKN', { text: key.instansiCode, bold: true }],
        ['Nama kantor', key.officeName],
        ['Algoritme', 'Ed25519'],
        ['Sidik jari (SHA-256)', ''],
      ]),
      fingerprintGrid(key.fingerprint),
      closingWithSignature(paragraph(t('trust.letterClosing')), { place: office.city, date, signatory: office.signatories.inspector }),
    ],
  };
}

/** The key letter as PDF bytes, in Indonesian whatever the screen language (it is an official letter). */
export async function renderKeyLetter(ctx: AppContext): Promise<{ pdfBase64: string; fileName: string }> {
  const key = officeKey(ctx);
  const office = getOfficeSettings(ctx);
  const { assets, allowedDirs } = letterAssets(ctx, office);
  const date = localIsoDate(ctx.now());
  const dd = keyLetterDocument(office, key, date, translator('id'), assets.logoPath);
  const pdf = await renderPdf(dd, { resourcesDir: ctx.resourcesDir, allowedDirs });
  return { pdfBase64: pdf.toString('base64'), fileName: `surat-kunci-publik-${key.instansiCode}.pdf` };
}
