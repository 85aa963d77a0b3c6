/**
 * Surat Panggilan I and II (PP 94/2021 Pasal 26-27; PerBKN 6/2022 annex): the accused is
 * called to appear before the examiner at a day, hour and place, for an alleged breach
 * of a named article. Summons II cites the unanswered first summons and warns that a
 * decision will otherwise be made on the evidence alone.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDateLong } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, SummonsInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { articlesText, kvTable, orDash, paragraph, personBlock, refText, tembusan, titleBlock, violationList } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';

/** 'HH:MM' -> '09.00' (Indonesian writes hours with a dot). */
export function clockText(time: string): string {
  return time.replace(':', '.');
}

function intro(input: SummonsInput): Content[] {
  if (input.summonsNo === 1) {
    return [paragraph('Dengan ini diminta kehadiran Saudara:')];
  }
  const prev = input.previousSummons ? `Surat Panggilan I ${refText(input.previousSummons)}` : 'Surat Panggilan I';
  const missed = input.missedDate ? ` pada hari ${formatDateLong(input.missedDate)}` : '';
  return [
    paragraph(
      `Menunjuk ${prev}, Saudara tidak memenuhi panggilan untuk diperiksa${missed}. ` +
        'Sehubungan dengan hal tersebut, dengan ini diminta kembali kehadiran Saudara:',
    ),
  ];
}

/** The summons' document definition. */
export function summonsLetter(input: SummonsInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const roman = input.summonsNo === 1 ? 'I' : 'II';
  const h = input.hearing;
  const place = h.videoLink ? `${h.place} (daring: ${h.videoLink})` : h.place;
  const closingText =
    input.summonsNo === 1
      ? 'Demikian untuk dilaksanakan.'
      : 'Apabila Saudara tidak memenuhi panggilan ini tanpa alasan yang sah, hukuman disiplin dijatuhkan ' +
        'berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan. Demikian untuk dilaksanakan.';
  return letterDocument(office, meta, {
    title: `SURAT PANGGILAN ${roman}`,
    subject: `Surat Panggilan ${roman} perkara ${input.registerNo}`,
    marking: 'RAHASIA',
    content: [
      letterhead(input.letterhead ? { ...office, officeName: input.letterhead.officeName.toUpperCase(), address: input.letterhead.address, phone: input.letterhead.phone, email: input.letterhead.email, website: '' } : office, assets),
      titleBlock(`SURAT PANGGILAN ${roman}`, meta.number, office.fontSize),
      ...intro(input),
      personBlock(input.accused),
      paragraph('untuk menghadap kepada:'),
      {
        ...(kvTable(
          [
            ['Nama', { text: input.examiner.name, bold: true }],
            ['Jabatan', { text: orDash(input.examiner.jabatan) }],
          ],
          120,
        ) as object),
        margin: [24, 0, 0, 8],
      } as Content,
      paragraph('pada:'),
      {
        ...(kvTable(
          [
            ['Hari/Tanggal', { text: formatDateLong(h.date) }],
            ['Jam', { text: `${clockText(h.time)} ${office.timeZone} s.d. selesai` }],
            ['Tempat', { text: place }],
          ],
          120,
        ) as object),
        margin: [24, 0, 0, 8],
      } as Content,
      paragraph(
        `untuk diperiksa dan dimintai keterangan sehubungan dengan dugaan pelanggaran disiplin ` +
          `terhadap ${articlesText(input.violations)}, yaitu:`,
      ),
      violationList(input.violations),
      closingWithSignature(paragraph(closingText, [0, 0, 0, 0]), {
        place: office.city,
        date: meta.date,
        // The direct superior or the team chair (PP 94/2021 Pasal 26-27); older inputs: the Inspector.
        signatory: input.signer?.signatory ?? office.signatories.inspector,
      }, verificationMark(meta.qr)),
      tembusan(input.summonsNo === 1 ? office.tembusan.summons1 : office.tembusan.summons2),
    ],
  });
}
