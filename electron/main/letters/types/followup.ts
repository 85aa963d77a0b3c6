/**
 * Laporan Tindak Lanjut Rekomendasi: the reply to the body that sent a recommendation
 * (Bawaslu, BKN, KemenPANRB), saying per named employee what was decided, with the SK's
 * number and date, or why the recommendation was not followed, or that the case is still in
 * hand. The issued SKs are attached in the same PDF after the letter.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { FollowUpEntry, FollowUpInput, LetterMeta } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { addressee, dataTable, letterFields, paragraph, placeAndDate, refText, tembusan } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';

export const FOLLOW_UP_SUBJECT = 'Laporan Tindak Lanjut Rekomendasi';

function outcome(e: FollowUpEntry): Content {
  const o = e.outcome;
  if (o.kind === 'decided') return { text: [`Dijatuhi hukuman disiplin berupa ${o.sanction} dengan ${o.sk.title} `, { text: `Nomor ${o.sk.number}`, bold: true }, ` tanggal ${formatDate(o.sk.date)}.`] };
  if (o.kind === 'not_followed') return { text: `Rekomendasi tidak ditindaklanjuti dengan penjatuhan hukuman disiplin, dengan alasan: ${o.reason}` };
  return { text: o.registerNo ? `Dalam proses pemeriksaan (Nomor Registrasi ${o.registerNo}).` : 'Dalam proses penanganan.' };
}

function row(e: FollowUpEntry, i: number): Content[] {
  const who: Content = { stack: [{ text: e.person.name, bold: true }, { text: e.person.nip ? `NIP ${formatNip(e.person.nip)}` : '-' }, ...(e.person.jabatan ? [{ text: e.person.jabatan }] : []), ...(e.person.unitKerja ? [{ text: e.person.unitKerja }] : [])] };
  const rec: Content = { stack: [{ text: e.violation }, ...(e.recommended ? [{ text: `Rekomendasi: ${e.recommended}`, italics: true }] : [])] };
  return [{ text: `${i + 1}.`, alignment: 'center' }, who, rec, outcome(e)];
}

export function followUpLetter(input: FollowUpInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const r = input.recommendation;
  const lampiran = input.attachments.length > 0 ? `${input.attachments.length} (${input.attachments.length === 1 ? 'satu' : 'beberapa'}) berkas` : '-';
  const perihal = r.subject ? ` perihal ${r.subject}` : '';
  const decided = input.entries.filter((e) => e.outcome.kind === 'decided').length;
  return letterDocument(office, meta, {
    title: FOLLOW_UP_SUBJECT,
    subject: `${FOLLOW_UP_SUBJECT} ${r.issuerName} Nomor ${r.number}`,
    content: [
      letterhead(office, assets),
      placeAndDate(office.city, meta.date),
      letterFields(meta.number, 'Penting', lampiran, FOLLOW_UP_SUBJECT),
      addressee([input.addressee], 'Tempat'),
      paragraph(`Dengan hormat, menindaklanjuti surat ${r.issuerName} ${refText(r)}${perihal}, yang kami terima pada tanggal ${formatDate(r.receivedDate)}, bersama ini kami laporkan tindak lanjut atas rekomendasi tersebut terhadap pegawai Aparatur Sipil Negara sebagai berikut:`),
      dataTable(['No.', 'Nama / NIP / Jabatan', 'Pelanggaran dan rekomendasi', 'Tindak lanjut'], input.entries.map(row), [20, 150, '*', '*'], { rowsMayBreak: true }),
      ...(decided > 0 ? [paragraph('Salinan keputusan hukuman disiplin sebagaimana tersebut di atas kami lampirkan pada surat ini.')] : []),
      closingWithSignature(paragraph('Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.', [0, 0, 0, 0]), { place: office.city, date: meta.date, signatory: input.signatory }, verificationMark(meta.qr)),
      tembusan(office.tembusan.followup),
    ],
  });
}
