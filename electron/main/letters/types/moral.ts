/**
 * Pernyataan sanksi moral (PP 42/2004 Pasal 15): a written statement by the PPK that an
 * ethics breach is proven, made either closed (read to the person alone; marked
 * RAHASIA) or open (announced, e.g. at a staff assembly).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterMeta, MoralInput } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { ETHICS_REGULATION } from '../../../../shared/letters/regulations.ts';
import { numberText, paragraph, personBlock, tembusan, violationList } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';
import { decisionHeading, titleCase } from './sk.ts';

/** The statement's document definition. */
export function moralLetter(input: MoralInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const closed = input.kind === 'closed';
  const how = closed ? 'SECARA TERTUTUP' : 'SECARA TERBUKA';
  const delivery = closed
    ? 'Pernyataan ini disampaikan secara tertutup dalam ruangan tertutup dan hanya diketahui oleh yang bersangkutan serta pejabat yang menyampaikan.'
    : `Pernyataan ini disampaikan secara terbuka${input.announcedAt ? ` melalui ${input.announcedAt}` : ' dalam forum pertemuan resmi pegawai'} agar diketahui oleh pegawai lain.`;
  return letterDocument(office, meta, {
    title: `PERNYATAAN SANKSI MORAL ${how}`,
    subject: `Pernyataan sanksi moral perkara ${input.registerNo}`,
    ...(closed ? { marking: 'RAHASIA' } : {}),
    content: [
      decisionHeading(office, assets),
      {
        stack: [{ text: `PERNYATAAN SANKSI MORAL ${how}`, decoration: 'underline' }, { text: `Nomor: ${numberText(meta.number)}`, bold: false }],
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 14],
      },
      paragraph(`Yang bertanda tangan di bawah ini, ${titleCase(input.signatory?.title ?? office.ppkTitle)} selaku Pejabat Pembina Kepegawaian, dengan ini menyatakan bahwa:`),
      personBlock(input.accused),
      paragraph(`telah terbukti melakukan pelanggaran kode etik ${input.accused.employmentType === 'PPPK' ? 'Pegawai Pemerintah dengan Perjanjian Kerja' : 'Pegawai Negeri Sipil'} terkait netralitas, yaitu:`),
      violationList(input.violations),
      paragraph(
        `Atas perbuatan tersebut, kepada yang bersangkutan dijatuhkan sanksi moral berupa pernyataan ${how.toLowerCase()} ` +
          `sebagaimana dimaksud dalam Pasal 15 ${ETHICS_REGULATION}. ${delivery}`,
      ),
      // The same conduct may carry both sanctions, each with its own letter and number.
      ...(input.withDiscipline
        ? [paragraph('Sanksi moral ini dijatuhkan di samping hukuman disiplin atas perbuatan yang sama, yang ditetapkan dengan keputusan tersendiri.')]
        : []),
      closingWithSignature(
        paragraph('Demikian pernyataan ini dibuat agar yang bersangkutan tidak mengulangi perbuatannya.', [0, 0, 0, 0]),
        { place: office.city, date: meta.date, signatory: input.signatory ?? office.signatories.ppk },
        verificationMark(meta.qr),
      ),
      tembusan(office.tembusan.moral),
    ],
  });
}
