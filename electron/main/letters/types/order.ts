/**
 * Surat Perintah Pemeriksaan: forms the examination team (PP 94/2021 Pasal 27: the
 * superior, the oversight unit and the personnel unit) and orders it to examine the
 * accused and report. The team table repeats its header across pages.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ExaminerInput, LetterMeta, OrderInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { terbilang } from '../../../../shared/indonesian/terbilang.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { PLAIN_LAYOUT, articlesText, dataTable, numberedList, orDash, paragraph, tembusan, titleBlock } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';
import { decisionHeading } from './sk.ts';

/** Team roles as printed in the "Kedudukan dalam Tim" column. */
export const ROLE_LABELS: Record<ExaminerInput['role'], string> = {
  chair: 'Ketua',
  member: 'Anggota',
  secretary: 'Sekretaris',
};

/** A label column ("Dasar", "Kepada", "Untuk") beside its content, as in a surat perintah. */
function labelled(label: string, body: Content): Content {
  return {
    table: { widths: [60, 8, '*'], body: [[{ text: label }, { text: ':' }, body as never]] },
    layout: PLAIN_LAYOUT,
    margin: [0, 0, 0, 8],
  };
}

function teamTable(team: ExaminerInput[]): Content {
  return dataTable(
    ['No', 'Nama / NIP', 'Pangkat/Gol.', 'Jabatan', 'Kedudukan dalam Tim'],
    team.map((m, i): Content[] => [
      { text: `${i + 1}.`, alignment: 'center' },
      { stack: [{ text: m.name, bold: true }, { text: m.nip ? `NIP. ${formatNip(m.nip)}` : '-', fontSize: 10 }] },
      { text: orDash(m.pangkat) },
      { text: orDash(m.jabatan) },
      { text: ROLE_LABELS[m.role], alignment: 'center' },
    ]),
    [22, '*', 80, 100, 70],
  );
}

/** Each accused's direct superior, who examines as the superior's part of the team. */
function superiorsTable(superiors: NonNullable<OrderInput['superiors']>): Content[] {
  if (superiors.length === 0) return [];
  // Kept together: the heading never stays alone at the foot of a page (a case has a few accused).
  return [{ unbreakable: true, stack: [
    { text: 'Atasan langsung terperiksa, sebagai unsur atasan langsung dalam Tim Pemeriksa:', margin: [68, 4, 0, 4] },
    dataTable(
      ['No', 'Nama / NIP', 'Pangkat/Gol.', 'Jabatan', 'Atasan langsung dari'],
      superiors.map(({ of, superior: p }, i): Content[] => [
        { text: `${i + 1}.`, alignment: 'center' },
        { stack: [{ text: p.name, bold: true }, { text: p.nip ? `NIP. ${formatNip(p.nip)}` : '-', fontSize: 10 }] },
        { text: orDash(p.pangkat) },
        { text: orDash(p.jabatan) },
        { text: of },
      ]),
      [22, '*', 80, 100, 70],
    ),
  ] }];
}

/** The order's document definition. */
export function orderLetter(input: OrderInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const names = input.accused.map((a) => (a.nip ? `${a.name} (NIP. ${formatNip(a.nip)})` : a.name)).join(', ');
  const days = input.reportWithinDays;
  return letterDocument(office, meta, {
    title: 'SURAT PERINTAH',
    subject: `Surat perintah pemeriksaan perkara ${input.registerNo}`,
    marking: 'RAHASIA',
    content: [
      // Formed by the PPK: headed by the PPK like a decision; by an appointed official: the office kop.
      input.signer?.role === 'ppk' ? decisionHeading(office, assets, input.signer.signatory.title) : letterhead(office, assets),
      titleBlock('SURAT PERINTAH', meta.number, office.fontSize),
      labelled('Dasar', numberedList(input.basis.map((b) => ({ text: b, alignment: 'justify' })))),
      { text: 'MEMERINTAHKAN:', bold: true, alignment: 'center', margin: [0, 4, 0, 8] },
      labelled('Kepada', { text: 'Tim Pemeriksa sebagaimana tersebut di bawah ini:' }),
      teamTable(input.team),
      ...superiorsTable(input.superiors ?? []),
      labelled(
        'Untuk',
        numberedList([
          {
            text:
              `Melakukan pemeriksaan terhadap ${names} atas dugaan pelanggaran disiplin terhadap ` +
              `${articlesText(input.violations)} (Nomor Registrasi ${input.registerNo});`,
            alignment: 'justify',
          },
          {
            text: `Menyampaikan laporan hasil pemeriksaan paling lambat ${days} (${terbilang(days)}) hari sejak tanggal surat perintah ini;`,
            alignment: 'justify',
          },
          { text: 'Melaksanakan perintah ini dengan penuh tanggung jawab dan menjaga kerahasiaan pemeriksaan.' },
        ]),
      ),
      closingWithSignature(paragraph('Demikian surat perintah ini dibuat untuk dilaksanakan.', [0, 0, 0, 0]), {
        place: office.city,
        date: meta.date,
        signatory: input.signer?.signatory ?? office.signatories.inspector,
      }, verificationMark(meta.qr)),
      tembusan(office.tembusan.order),
    ],
  });
}
