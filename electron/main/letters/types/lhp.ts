/**
 * Laporan Hasil Pemeriksaan (PerBKN 6/2022 annex): basis, the person examined, how the
 * examination went, the findings table (form, time, place, aggravating and mitigating
 * factors, impact), and the recommended sanction with the official authorised to impose
 * it. Signed by the chair of the examination team.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { LetterMeta, LhpInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings, Signatory } from '../../../../shared/letters/office-settings.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { articlesText, dataTable, orDash, paragraph, personBlock, refText, tembusan, titleBlock, violationList } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';
import { ROLE_LABELS } from './order.ts';

function heading(text: string): Content {
  return { text, bold: true, margin: [0, 6, 0, 4] };
}

function chairSignatory(input: LhpInput): Signatory {
  const chair = input.team.find((m) => m.role === 'chair') ?? input.team[0];
  return {
    title: 'Ketua Tim Pemeriksa,',
    prefix: '',
    name: chair?.name ?? '',
    pangkat: chair?.pangkat ?? '',
    nip: chair?.nip ?? '',
  };
}

/** The LHP's document definition. */
export function lhpLetter(input: LhpInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const f = input.findings;
  const dates = input.examinationDates.map(formatDate).join(', ');
  return letterDocument(office, meta, {
    title: 'LAPORAN HASIL PEMERIKSAAN',
    subject: `Laporan hasil pemeriksaan perkara ${input.registerNo}`,
    marking: 'RAHASIA',
    content: [
      letterhead(office, assets),
      titleBlock('LAPORAN HASIL PEMERIKSAAN', meta.number, office.fontSize),
      heading('I. DASAR'),
      paragraph(
        input.orderRef
          ? `Surat Perintah ${refText(input.orderRef)} tentang pemeriksaan dugaan pelanggaran disiplin (Nomor Registrasi ${input.registerNo}).`
          : `Pemeriksaan dugaan pelanggaran disiplin Nomor Registrasi ${input.registerNo}.`,
      ),
      heading('II. PEGAWAI YANG DIPERIKSA'),
      personBlock(input.accused),
      heading('III. PELAKSANAAN PEMERIKSAAN'),
      paragraph(`Pemeriksaan dilaksanakan pada tanggal ${dates || '-'} oleh Tim Pemeriksa:`),
      {
        ol: input.team.map((m): Content => ({
          text: `${m.name}${m.nip ? `, NIP. ${formatNip(m.nip)}` : ''} (${ROLE_LABELS[m.role]})`,
        })),
        margin: [24, 0, 0, 8],
      },
      paragraph(`atas dugaan pelanggaran terhadap ${articlesText(input.violations)}, yaitu:`),
      violationList(input.violations),
      heading('IV. HASIL PEMERIKSAAN'),
      dataTable(
        ['No', 'Uraian', 'Hasil Pemeriksaan'],
        (
          [
            ['Bentuk pelanggaran', f.violationForm],
            ['Waktu', f.violationTime],
            ['Tempat', f.violationPlace],
            ['Faktor yang memberatkan', orDash(f.aggravating)],
            ['Faktor yang meringankan', orDash(f.mitigating)],
            ['Dampak pelanggaran', f.impact],
          ] as const
        ).map(([label, value], i): Content[] => [
          { text: `${i + 1}.`, alignment: 'center' },
          { text: label },
          { text: value, alignment: 'justify' },
        ]),
        [24, 140, '*'],
        { rowsMayBreak: true },
      ),
      heading('V. KESIMPULAN DAN REKOMENDASI'),
      paragraph(
        `Berdasarkan hasil pemeriksaan, Sdr. ${input.accused.name} terbukti melakukan pelanggaran sebagaimana ` +
          `tersebut di atas dan direkomendasikan untuk dijatuhi hukuman disiplin berupa ${input.recommendedSanction}, ` +
          `yang menjadi kewenangan ${input.authorisedOfficial}.`,
      ),
      closingWithSignature(
        paragraph('Demikian laporan hasil pemeriksaan ini dibuat untuk dipergunakan sebagaimana mestinya.', [0, 0, 0, 0]),
        { place: office.city, date: meta.date, signatory: chairSignatory(input) },
        verificationMark(meta.qr),
      ),
      tembusan(office.tembusan.lhp),
    ],
  });
}
