/**
 * Berita Acara Pemeriksaan: opens with the date written out in words ("Pada hari ini
 * Senin tanggal empat ..."), names the examiners and their authority, the examinee and
 * the alleged article, then the numbered questions and answers in a table that repeats
 * its header across pages. Both sides sign; a refusal to sign is recorded and does not
 * void the BAP (PP 94/2021), and the examinee is entitled to a copy.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dateInWords } from '../../../../shared/indonesian/dates.ts';
import type { BapInput, ExaminerInput, LetterMeta, PersonInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { articlesText, dataTable, numberedList, orDash, paragraph, personBlock, refText, titleBlock } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { verificationMark } from '../parts/verification.ts';
import { ROLE_LABELS } from './order.ts';
import { clockText } from './summons.ts';

function examinerList(examiners: ExaminerInput[]): Content {
  return numberedList(
    examiners.map((e): Content => ({
      text: [
        { text: e.name, bold: true },
        `, NIP. ${e.nip ? formatNip(e.nip) : '-'}, ${orDash(e.pangkat)}, ${orDash(e.jabatan)}, selaku ${ROLE_LABELS[e.role]} Tim Pemeriksa`,
      ],
      alignment: 'justify',
    })),
    { margin: [24, 0, 0, 8] },
  );
}

function signer(label: string, p: PersonInput, note?: string): Content {
  return {
    stack: [
      { text: label },
      { text: note ?? '', fontSize: 8, italics: true, margin: [0, 0, 0, note ? 30 : 48] },
      { text: p.name, bold: true, decoration: 'underline' },
      { text: p.nip ? `NIP. ${formatNip(p.nip)}` : '' },
    ],
    alignment: 'center',
  };
}

function signatures(input: BapInput, qr: string | null): Content {
  const refusal = input.refusedToSign ? '(menolak menandatangani)' : undefined;
  return {
    stack: [
      {
        columns: [
          { width: '*', stack: [signer('Yang Diperiksa,', input.examinee, refusal)] },
          {
            width: '*',
            stack: [
              { text: 'Tim Pemeriksa,', alignment: 'center', margin: [0, 0, 0, 8] },
              ...input.examiners.map((e, i): Content => ({
                columns: [
                  { text: `${i + 1}. ${e.name} (${ROLE_LABELS[e.role]})`, width: '*', fontSize: 10 },
                  { text: `${i + 1}. ..............`, width: 90, fontSize: 10 },
                ],
                margin: [0, 0, 0, 14],
              })),
            ],
          },
        ],
        margin: [0, 16, 0, 0],
      },
      verificationMark(qr),
    ],
  };
}

/** The BAP's document definition. */
export function bapLetter(input: BapInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const authority = input.orderRef ? `berdasarkan Surat Perintah ${refText(input.orderRef)}` : 'berdasarkan kewenangan yang ada pada kami';
  const closing =
    'Demikian berita acara pemeriksaan ini dibuat dengan sebenarnya, dibacakan kembali kepada yang diperiksa, ' +
    'dan ditandatangani oleh yang diperiksa dan Tim Pemeriksa. Yang diperiksa berhak menerima salinan berita acara ini.';
  const refusal: Content[] = input.refusedToSign
    ? [
        paragraph(
          `Yang diperiksa menolak menandatangani berita acara pemeriksaan ini` +
            `${input.refusalNote ? ` dengan alasan: ${input.refusalNote}` : ''}. ` +
            'Penolakan tersebut dicatat dan tidak membatalkan berita acara pemeriksaan ini.',
        ),
      ]
    : [];
  return letterDocument(office, meta, {
    title: 'BERITA ACARA PEMERIKSAAN',
    subject: `Berita acara pemeriksaan perkara ${input.registerNo}`,
    marking: 'RAHASIA',
    content: [
      letterhead(office, assets),
      titleBlock('BERITA ACARA PEMERIKSAAN', meta.number, office.fontSize),
      paragraph(
        `Pada hari ini ${dateInWords(input.date)}, pukul ${clockText(input.time)} ${office.timeZone}, ` +
          `bertempat di ${input.place}, kami:`,
      ),
      examinerList(input.examiners),
      paragraph(`${authority}, telah melakukan pemeriksaan terhadap:`),
      personBlock(input.examinee),
      paragraph(
        `karena yang bersangkutan diduga melakukan pelanggaran disiplin terhadap ${articlesText(input.violations)} ` +
          `(Nomor Registrasi ${input.registerNo}), dengan pertanyaan dan jawaban sebagai berikut:`,
      ),
      dataTable(
        ['No', 'Pertanyaan', 'Jawaban'],
        input.qa.map((q): Content[] => [
          { text: `${q.no}.`, alignment: 'center' },
          { text: q.question, alignment: 'justify' },
          { text: q.answer, alignment: 'justify' },
        ]),
        // Questions are usually shorter than answers; rows continue overleaf when an answer is long.
        [24, 170, '*'],
        { rowsMayBreak: true },
      ),
      ...refusal,
      { stack: [paragraph(closing, [0, 0, 0, 0]), signatures(input, meta.qr)], unbreakable: true },
    ],
  });
}
