/**
 * Pemberitahuan Berakhirnya Hukuman Disiplin: a letter to the head of the personnel unit
 * (BKPSDM) saying that an employee's sanction ran its course on its last day, citing the SK
 * (and the appeal decision that changed it), so the SIASN disciplinary record gets its end
 * date and a sanction in force no longer holds back the employee's career.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import type { EndNoticeInput, LetterMeta } from '../../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../../shared/letters/office-settings.ts';
import { addressee, letterFields, paragraph, personBlock, placeAndDate, refText, tembusan } from '../parts/blocks.ts';
import { letterDocument } from '../parts/document.ts';
import type { LetterAssets } from '../parts/document.ts';
import { letterhead } from '../parts/letterhead.ts';
import { closingWithSignature } from '../parts/signature-block.ts';
import { verificationMark } from '../parts/verification.ts';

export const END_NOTICE_SUBJECT = 'Pemberitahuan Berakhirnya Hukuman Disiplin';

const APPEAL_TEXT: Record<NonNullable<EndNoticeInput['appeal']>['outcome'], string> = {
  lightened: 'sebagaimana telah diperingan dengan keputusan atas upaya administratif',
  heavier: 'sebagaimana telah diperberat dengan keputusan atas upaya administratif',
  annulled: 'yang telah dibatalkan dengan keputusan atas upaya administratif',
};

/** The notice's document definition. */
export function endNoticeLetter(input: EndNoticeInput, office: OfficeSettings, meta: LetterMeta, assets: LetterAssets = {}): TDocumentDefinitions {
  const appeal = input.appeal ? ` ${APPEAL_TEXT[input.appeal.outcome]} ${refText(input.appeal)}` : '';
  const ended =
    input.appeal?.outcome === 'annulled'
      ? `Hukuman disiplin tersebut berakhir pada tanggal ${formatDate(input.endDate)} karena dibatalkan.`
      : `Hukuman disiplin tersebut mulai berlaku pada tanggal ${formatDate(input.startDate)} dan telah berakhir pada tanggal ${formatDate(input.endDate)}.`;
  return letterDocument(office, meta, {
    title: END_NOTICE_SUBJECT,
    subject: `Pemberitahuan berakhirnya hukuman disiplin perkara ${input.registerNo}`,
    content: [
      letterhead(office, assets),
      placeAndDate(office.city, meta.date),
      letterFields(meta.number, 'Penting', '-', END_NOTICE_SUBJECT),
      addressee([input.addressee], office.city),
      paragraph(`Dengan hormat, bersama ini kami beritahukan bahwa hukuman disiplin berupa ${input.sanctionTitle} yang dijatuhkan dengan ${input.sk.title} ${refText(input.sk)}${appeal} kepada:`),
      personBlock(input.accused),
      paragraph(ended),
      paragraph('Sehubungan dengan hal tersebut, mohon data riwayat hukuman disiplin yang bersangkutan pada Sistem Informasi ASN (SIASN) dimutakhirkan dengan tanggal berakhirnya hukuman tersebut.'),
      closingWithSignature(paragraph('Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.', [0, 0, 0, 0]), {
        place: office.city,
        date: meta.date,
        signatory: input.signatory,
      }, verificationMark(meta.qr)),
      tembusan(office.tembusan.endnotice),
    ],
  });
}
