/**
 * Keputusan (SK) Hukuman Disiplin in the Tata Naskah Dinas decision format: the
 * issuer's heading, "KEPUTUSAN ... NOMOR ... TENTANG ...", "DENGAN RAHMAT TUHAN YANG
 * MAHA ESA", Menimbang (a, b, c), Mengingat (1, 2, 3), MEMUTUSKAN, Menetapkan, KESATU
 * to KEEMPAT, "Ditetapkan di ... pada tanggal ...", signature and tembusan. The
 * sanction-specific wording comes from sk-forms.ts.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, SkInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { BASE_REGULATIONS } from '../../../../shared/letters/regulations.ts';
import { PLAIN_LAYOUT, articlesText, numberText, numberedList, personBlock, refText, tembusan } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';
import { appealText, deliveryText, effectText, skWording } from './sk-forms.ts';

const DICTUM = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'] as const;

/** A decision row: label, colon, body (Menimbang, Mengingat, KESATU ...). */
function row(label: string, body: Content): TableCell[] {
  return [{ text: label }, { text: ':' }, body as TableCell];
}

/** The issuer's heading: logo centred above the office title, as decisions carry no address kop. */
export function decisionHeading(office: OfficeSettings, assets: LetterAssets, issuer: string = office.ppkTitle): Content {
  return {
    stack: [
      ...(assets.logoPath ? [{ image: assets.logoPath, fit: [56, 56] as [number, number], alignment: 'center' as const, margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
      { text: issuer, bold: true, fontSize: office.fontSize + 2, alignment: 'center' },
    ],
    margin: [0, 0, 0, 14],
  };
}

function levelText(level: SkInput['sanction']['level']): string {
  return level ? `tingkat ${level}` : '';
}

/** The SK's document definition. */
export function skLetter(input: SkInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const w = skWording(input.sanction.form, input);
  // The deciding official (PP 94/2021 Bab III) heads and signs the SK: the PPK, or e.g. the head of the OPD.
  const signatory = input.signatory ?? office.signatories.ppk;
  const issuer = input.signatory?.title ?? office.ppkTitle;
  const about = `PENJATUHAN HUKUMAN DISIPLIN ${w.heading}`;
  const articles = articlesText(input.violations);
  const name = input.accused.name;
  const basisA = input.withoutExamination
    ? `bahwa Sdr. ${name} tidak memenuhi Surat Panggilan I dan Surat Panggilan II tanpa alasan yang sah, sehingga berdasarkan alat bukti dan keterangan yang ada yang bersangkutan terbukti melakukan pelanggaran terhadap ${articles};`
    : `bahwa berdasarkan hasil pemeriksaan${input.lhpRef ? ` sebagaimana tertuang dalam Laporan Hasil Pemeriksaan ${refText(input.lhpRef)}` : ''}, Sdr. ${name} terbukti melakukan pelanggaran terhadap ${articles};`;
  // The level's own article (Pasal 13 / Pasal 14 huruf i) where the catalogue version names it.
  const levelArticles = [...new Set(input.violations.flatMap((v) => (v.levelBasis ? [v.levelBasis] : [])))];
  const levelCited = levelArticles.length ? ` sebagaimana dimaksud dalam ${levelArticles.join(' dan ')}` : '';
  const basisB =
    `bahwa perbuatan tersebut merupakan pelanggaran disiplin ${levelText(input.sanction.level)}`.trimEnd() +
    `${levelCited}${input.repeatOffender ? ' yang dilakukan berulang' : ''}, sehingga perlu dijatuhi hukuman disiplin sebagaimana dimaksud dalam ${w.article};`;
  const basisC = `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${titleCase(issuer)} tentang Penjatuhan Hukuman Disiplin ${titleCase(w.heading)};`;
  const violationsText = input.violations.map((v) => v.title).join('; ');
  const mengingat: readonly string[] = input.mengingat?.length ? input.mengingat : BASE_REGULATIONS;
  const dicta: Content[] = [
    {
      stack: [
        { text: `Menjatuhkan hukuman disiplin berupa ${input.sanction.title} kepada:`, alignment: 'justify' },
        { ...(personBlock(input.accused, 0) as object), margin: [0, 4, 0, 4] } as Content,
        { text: `karena yang bersangkutan terbukti melakukan pelanggaran terhadap ${articles}, yaitu: ${violationsText}.`, alignment: 'justify' },
      ],
    },
    { text: w.effect, alignment: 'justify' },
    { text: `${effectText(input)} ${appealText(input)}`, alignment: 'justify' },
    { text: deliveryText(input), alignment: 'justify' },
  ];
  const body: TableCell[][] = [
    row('Menimbang', { type: 'lower-alpha', ol: [basisA, basisB, basisC].map((t) => ({ text: t, alignment: 'justify' })), margin: [0, 0, 0, 6] }),
    // A table, not pdfmake's ol: text readers then read each citation after its number.
    row('Mengingat', numberedList(mengingat.map((t, i) => ({ text: `${t}${i === mengingat.length - 1 ? '.' : ';'}`, alignment: 'justify' })), { margin: [0, 0, 0, 6] })),
  ];
  const decide: TableCell[][] = [
    row('Menetapkan', { text: `KEPUTUSAN ${issuer} TENTANG ${about}.`, bold: true, alignment: 'justify', margin: [0, 0, 0, 6] }),
    ...dicta.map((d, i) => row(DICTUM[i] ?? '', { stack: [d], margin: [0, 0, 0, 6] })),
  ];
  return letterDocument(office, meta, {
    title: `KEPUTUSAN ${issuer}`,
    subject: `Keputusan penjatuhan hukuman disiplin perkara ${input.registerNo}`,
    content: [
      decisionHeading(office, assets, issuer),
      {
        stack: [
          { text: `KEPUTUSAN ${issuer}` },
          { text: `NOMOR ${numberText(meta.number)}`, margin: [0, 0, 0, 8] },
          { text: 'TENTANG' },
          { text: about, margin: [0, 0, 0, 10] },
          { text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA', margin: [0, 0, 0, 10] },
          { text: `${issuer},` },
        ],
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      { table: { widths: [72, 8, '*'], body }, layout: PLAIN_LAYOUT },
      { text: 'MEMUTUSKAN:', bold: true, alignment: 'center', margin: [0, 6, 0, 8] },
      // A dictum (its label, the sentence and the identity block) never splits across pages.
      { table: { widths: [72, 8, '*'], body: decide, dontBreakRows: true }, layout: PLAIN_LAYOUT },
      closingWithSignature('', {
        place: office.city,
        date: meta.date,
        signatory,
        placeLine: {
          table: { widths: ['auto', 'auto'], body: [[{ text: 'Ditetapkan di' }, { text: office.city }], [{ text: 'pada tanggal' }, { text: formatDate(meta.date) }]] },
          layout: PLAIN_LAYOUT,
          alignment: 'left',
          margin: [30, 0, 0, 4],
        },
      }, verificationMark(meta.qr)),
      tembusan(office.tembusan.sk),
    ],
  });
}

/** 'BUPATI CONTOH' -> 'Bupati Contoh' for use inside sentences. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
