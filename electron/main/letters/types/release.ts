/**
 * Keputusan Pembebasan Sementara dari Tugas Jabatan (PP 94/2021 Pasal 31) in the decision
 * format of the SK: the ordering official's heading, "KEPUTUSAN ... NOMOR ... TENTANG
 * PEMBEBASAN SEMENTARA DARI TUGAS JABATAN", Menimbang, Mengingat, MEMUTUSKAN, KESATU (who is
 * released, from when, until the disciplinary decision is set), KEDUA (the Plh), KETIGA
 * (employment rights kept, ayat (4)), KEEMPAT (in force), signature of the ordering official.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, ReleaseInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { PLAIN_LAYOUT, articlesText, kvTable, numberText, numberedList, personBlock, tembusan } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';
import { decisionHeading, titleCase } from './sk.ts';

export const RELEASE_ABOUT = 'PEMBEBASAN SEMENTARA DARI TUGAS JABATAN';
const PP_94 = 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil';
const DICTUM = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT'] as const;

function row(label: string, body: Content): TableCell[] {
  return [{ text: label }, { text: ':' }, body as TableCell];
}

/** The release order's document definition. */
export function releaseLetter(input: ReleaseInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const issuer = input.signatory.title;
  const name = input.accused.name;
  const articles = articlesText(input.violations);
  // Pasal 31 ayat (1): the direct superior; ayat (3): the next higher official where there is none.
  const who =
    input.orderedBy === 'higher'
      ? 'oleh pejabat yang lebih tinggi karena Atasan Langsung yang bersangkutan tidak ada, sebagaimana dimaksud dalam Pasal 31 ayat (1) dan ayat (3)'
      : 'oleh Atasan Langsung, sebagaimana dimaksud dalam Pasal 31 ayat (1)';
  const menimbang = [
    `bahwa Sdr. ${name} diduga melakukan pelanggaran disiplin, yaitu ${input.violations.map((v) => v.title).join('; ')}, sebagaimana dimaksud dalam ${articles}, yang kemungkinan akan dijatuhi hukuman disiplin berat, dan telah diperiksa sejak tanggal ${formatDate(input.examinedFrom)};`,
    `bahwa untuk kelancaran pemeriksaan, dengan pertimbangan ${input.reason.replace(/[.;]+$/, '')}, yang bersangkutan perlu dibebaskan sementara dari tugas jabatannya ${who} ${PP_94};`,
    `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${titleCase(issuer)} tentang Pembebasan Sementara dari Tugas Jabatan;`,
  ];
  const plh: Content = {
    stack: [kvTable([['Nama', { text: input.plh.name, bold: true }], ['NIP', { text: formatNip(input.plh.nip) }], ['Jabatan', { text: input.plh.jabatan }]], 120, [0, 0, 0, 0])],
    margin: [0, 4, 0, 4],
    unbreakable: true,
  };
  const dicta: Content[] = [
    {
      stack: [
        { text: 'Membebaskan sementara dari tugas jabatannya:', alignment: 'justify' },
        { ...(personBlock(input.accused, 0) as object), margin: [0, 4, 0, 4] } as Content,
        {
          text: `terhitung mulai tanggal ${formatDate(input.startDate)} sampai dengan ditetapkannya keputusan hukuman disiplin terhadap yang bersangkutan.`,
          alignment: 'justify',
        },
      ],
    },
    {
      stack: [
        { text: 'Menunjuk:', alignment: 'justify' },
        plh,
        { text: 'sebagai Pelaksana Harian untuk melaksanakan tugas jabatan yang bersangkutan selama pembebasan sementara sebagaimana dimaksud dalam Diktum KESATU.', alignment: 'justify' },
      ],
    },
    { text: 'Selama dibebaskan sementara dari tugas jabatannya, yang bersangkutan tetap diberikan hak kepegawaiannya sesuai dengan ketentuan peraturan perundang-undangan.', alignment: 'justify' },
    { text: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.', alignment: 'justify' },
  ];
  const body: TableCell[][] = [
    // A table, not pdfmake's ol: readers (and the issue-time content check) then read each item after its letter.
    row('Menimbang', numberedList(menimbang.map((t) => ({ text: t, alignment: 'justify' })), { alpha: true, margin: [0, 0, 0, 6] })),
    row('Mengingat', numberedList(input.mengingat.map((t, i) => ({ text: `${t}${i === input.mengingat.length - 1 ? '.' : ';'}`, alignment: 'justify' })), { margin: [0, 0, 0, 6] })),
  ];
  const decide: TableCell[][] = [
    row('Menetapkan', { text: `KEPUTUSAN ${issuer} TENTANG ${RELEASE_ABOUT}.`, bold: true, alignment: 'justify', margin: [0, 0, 0, 6] }),
    ...dicta.map((d, i) => row(DICTUM[i] ?? '', { stack: [d], margin: [0, 0, 0, 6] })),
  ];
  return letterDocument(office, meta, {
    title: `KEPUTUSAN ${issuer}`,
    subject: `Keputusan pembebasan sementara dari tugas jabatan perkara ${input.registerNo}`,
    content: [
      decisionHeading(office, assets, issuer),
      {
        stack: [
          { text: `KEPUTUSAN ${issuer}` },
          { text: `NOMOR ${numberText(meta.number)}`, margin: [0, 0, 0, 8] },
          { text: 'TENTANG' },
          { text: RELEASE_ABOUT, margin: [0, 0, 0, 10] },
          { text: `${issuer},` },
        ],
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      { table: { widths: [72, 8, '*'], body }, layout: PLAIN_LAYOUT },
      { text: 'MEMUTUSKAN:', bold: true, alignment: 'center', margin: [0, 6, 0, 8] },
      { table: { widths: [72, 8, '*'], body: decide, dontBreakRows: true }, layout: PLAIN_LAYOUT },
      closingWithSignature(
        '',
        {
          place: office.city,
          date: meta.date,
          signatory: input.signatory,
          placeLine: {
            table: { widths: ['auto', 'auto'], body: [[{ text: 'Ditetapkan di' }, { text: office.city }], [{ text: 'pada tanggal' }, { text: formatDate(meta.date) }]] },
            layout: PLAIN_LAYOUT,
            alignment: 'left',
            margin: [30, 0, 0, 4],
          },
        },
        verificationMark(meta.qr),
      ),
      tembusan(office.tembusan.release),
    ],
  });
}
