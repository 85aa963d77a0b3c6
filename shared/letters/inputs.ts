/**
 * Exactly the data each letter type needs. Letter functions (electron/main/letters/
 * types/) take these and nothing else, so they stay pure and testable with fixtures;
 * adapters (electron/main/letters/letter-inputs.ts) build them from the database and
 * name what is missing when a case is not far enough along.
 */
import type { CaseDetail } from '../cases/schemas.ts';
import type { Signatory } from './office-settings.ts';
import type { SignerRole } from './signer-roles.ts';
import type { EmploymentType } from '../employees/employment-type.ts';

/** Who signs a summons or order, by role (shared/letters/signer-roles.ts); absent on inputs made before the role was chosen per case. */
export interface SignerInput {
  role: SignerRole;
  signatory: Signatory;
}

/** An ASN (or non-ASN) person as printed in identity blocks. */
export interface PersonInput {
  name: string;
  /** 18 digits; empty for non-ASN staff. */
  nip: string;
  employmentType?: EmploymentType;
  pangkat?: string | null;
  jabatan?: string | null;
  unitKerja?: string | null;
}

/** An examiner on a team, with the role printed beside the name. */
export interface ExaminerInput extends PersonInput {
  role: 'chair' | 'member' | 'secretary';
}

export interface ViolationInput {
  title: string;
  /** The article allegedly breached, e.g. 'PP 94/2021 Pasal 5 huruf n angka 4'. */
  legalBasis: string;
  /** The article that sets the level, e.g. 'PP 94/2021 Pasal 14 huruf i'; absent for catalogue versions without it. */
  levelBasis?: string;
}

/** A reference to another letter: 'Nomor 800/12/SPT/INSP/2024 tanggal 4 November 2024'. */
export interface LetterRef {
  number: string;
  /** ISO date. */
  date: string;
}

/** Number, date and verification code of one rendering of a letter. */
export interface LetterMeta {
  /** The register number, or null on a draft (printed with blanks, watermarked DRAFT). */
  number: string | null;
  /** ISO date of the letter (signing date). */
  date: string;
  /** The verification QR text of an issued letter (shared/letters/numbering.ts); null on drafts. */
  qr: string | null;
}

/** Surat Panggilan I or II: one accused called before the examiner. */
export interface SummonsInput {
  registerNo: string;
  summonsNo: 1 | 2;
  accused: PersonInput;
  /** Who the accused appears before (team chair or the superior). */
  examiner: PersonInput;
  hearing: {
    /** ISO date. */
    date: string;
    /** 'HH:MM' local time. */
    time: string;
    place: string;
    videoLink?: string | null;
  };
  violations: ViolationInput[];
  /** Summons II cites the first summons the accused did not answer. */
  previousSummons?: LetterRef | null;
  /** Missed date of the first examination (summons II only). */
  missedDate?: string | null;
  signer?: SignerInput;
  /**
   * The superior's OPD kop when the direct superior signs (the summons comes from their office,
   * not the Inspectorate's); absent otherwise and on summonses issued before it was kept.
   */
  letterhead?: { officeName: string; address: string; phone: string; email: string };
}

/** Surat Perintah: forms the examination team and orders it to examine. */
export interface OrderInput {
  registerNo: string;
  /** Basis of the order ("Dasar"): regulations, the report, a recommendation. */
  basis: string[];
  accused: PersonInput[];
  team: ExaminerInput[];
  /**
   * The direct superior recorded for each accused (PP 94/2021 Pasal 27: the superior is part of
   * the examination team), with whose superior they are. Absent in orders issued before it was printed.
   */
  superiors?: { of: string; superior: PersonInput }[];
  violations: ViolationInput[];
  /** Days the team has to report, e.g. 30. */
  reportWithinDays: number;
  /** Version of the office's legal-basis lists the regulations in `basis` came from. */
  legalBasisVersion?: number;
  signer?: SignerInput;
}

export interface QaInput {
  no: number;
  question: string;
  answer: string;
}

/** Berita Acara Pemeriksaan of one session. */
export interface BapInput {
  registerNo: string;
  /** ISO date and 'HH:MM' of the session. */
  date: string;
  time: string;
  place: string;
  examiners: ExaminerInput[];
  /** The Surat Perintah that authorises the examiners, when issued. */
  orderRef: LetterRef | null;
  examinee: PersonInput;
  violations: ViolationInput[];
  qa: QaInput[];
  refusedToSign: boolean;
  refusalNote: string | null;
}

/** Laporan Hasil Pemeriksaan for one accused. */
export interface LhpInput {
  registerNo: string;
  orderRef: LetterRef | null;
  accused: PersonInput;
  team: ExaminerInput[];
  violations: ViolationInput[];
  /** ISO dates of the examination sessions held. */
  examinationDates: string[];
  findings: {
    violationForm: string;
    violationTime: string;
    violationPlace: string;
    aggravating: string | null;
    mitigating: string | null;
    impact: string;
  };
  recommendedSanction: string;
  authorisedOfficial: string;
}

/** SK forms: one per PP 94/2021 sanction, plus a generic form for other catalogues. */
export const SANCTION_FORMS = [
  'teguran_lisan',
  'teguran_tertulis',
  'pernyataan_tidak_puas',
  'potongan_tukin',
  'penurunan_jabatan',
  'pembebasan_jabatan',
  'pdhtaps',
  'lainnya',
] as const;
export type SanctionForm = (typeof SANCTION_FORMS)[number];

/** Keputusan (SK) Hukuman Disiplin for one accused. */
export interface SkInput {
  registerNo: string;
  accused: PersonInput;
  sanction: {
    form: SanctionForm;
    /** As printed, e.g. 'pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan'. */
    title: string;
    level: 'ringan' | 'sedang' | 'berat' | null;
    durationMonths: number | null;
  };
  violations: ViolationInput[];
  /** LHP and BAP the decision rests on; absent when decided without examination. */
  lhpRef: LetterRef | null;
  withoutExamination: boolean;
  repeatOffender: boolean;
  /**
   * The sanction takes effect on this calendar day after the SK is received ("mulai berlaku
   * pada hari ke-15 terhitung sejak tanggal diterima"); its dates are computed at delivery,
   * so the SK prints the rule, never a start date.
   */
  effectiveAfterDays: number;
  /** The SK is delivered within this many days of its date (office setting). */
  deliveryWithin: { value: number; unit: 'workdays' | 'days' };
  /** Working days after receipt to file an appeal (PP 79/2021). */
  appealWithinWorkdays: number;
  /** Where an appeal goes for this decision, as printed (keberatan to the decider's superior, or banding to BPASN). */
  appeal: { kind: 'keberatan' | 'banding'; body: string };
  /** Monthly allowance before the cut (rupiah), printed for tukin cuts when known. */
  allowanceMonthly?: number | null;
  /**
   * The deciding official who heads and signs the SK ("KEPUTUSAN <title>"); absent on
   * decisions recorded before the rule table: the office's PPK.
   */
  signatory?: Signatory | null;
  /**
   * "Mengingat" as the office's legal-basis list resolved for this SK, and that list's
   * version; absent on inputs made before the list was an office setting (the fixed three).
   */
  mengingat?: string[];
  legalBasisVersion?: number;
}

/** Pernyataan sanksi moral (PP 42/2004 Pasal 15), closed or open. */
export interface MoralInput {
  registerNo: string;
  kind: 'closed' | 'open';
  accused: PersonInput;
  violations: ViolationInput[];
  /** Where an open statement is announced, e.g. 'apel pagi Sekretariat Daerah'. */
  announcedAt?: string | null;
  /** The PPK as recorded with a moral sanction next to a disciplinary one; absent: the office's PPK. */
  signatory?: Signatory;
  /** Imposed next to a disciplinary sanction (its own SK): the statement says so. */
  withDiscipline?: boolean;
}

/** The one-page case summary: particulars, accused, violations, state and letters so far. */
export interface SummaryInput {
  registerNo: string;
  status: string;
  sourceLabel: string;
  sourceRef: string | null;
  incidentDate: string;
  incidentPlace: string | null;
  registeredAt: string;
  accused: PersonInput[];
  violations: (ViolationInput & { level: string | null })[];
  /** Steps so far, oldest first: ISO date and a short Indonesian description. */
  events: { date: string; text: string }[];
  letters: { title: string; number: string; date: string; status: 'issued' | 'void' }[];
}

/** The receipt is built from the registered case itself. */
export interface ReceiptInput {
  case: CaseDetail;
  /** ISO date the report was received (the case registration day). */
  receivedAt: string;
}

/** Berita acara penyampaian SK: the SK, how and when it reached the employee, or that it was refused. */
export interface DeliveryInput {
  registerNo: string;
  accused: PersonInput;
  /** The SK delivered, with its title as printed ('Keputusan Bupati Contoh tentang ...'). */
  sk: LetterRef & { title: string };
  delivery: {
    deliveredOn: string;
    method: 'langsung' | 'pos' | 'kurir' | 'elektronik';
    receivedBy: string | null;
    refused: boolean;
    refusalReason: string | null;
  };
  /** The officer who handed the SK over: signs as "Yang menyampaikan". */
  deliveredBy: { name: string; nip: string; jabatan: string };
  /** The sanction's dates as computed from the delivery. */
  effectiveAfterDays: number;
  effectiveDate: string;
  endDate: string | null;
}

/**
 * Keputusan pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31): the accused, likely to
 * get a heavy sanction, is released from duty from `startDate` until the disciplinary decision is
 * set; `plh` carries the duties meanwhile. Signed by the official who orders it.
 */
export interface ReleaseInput {
  registerNo: string;
  accused: PersonInput;
  violations: ViolationInput[];
  /** ISO dates: the first examination of the accused, and the first day released. */
  examinedFrom: string;
  startDate: string;
  reason: string;
  /** The direct superior, or the next higher official where there is none (Pasal 31 ayat (3)). */
  orderedBy: 'superior' | 'higher';
  plh: { name: string; nip: string; jabatan: string };
  signatory: Signatory;
  mengingat: string[];
  legalBasisVersion: number;
}

/**
 * Pemberitahuan berakhirnya hukuman disiplin: tells the personnel unit (BKPSDM) that a sanction
 * ran its course, so the SIASN record (akhirHukumanTanggal) and the employee's career follow it.
 */
export interface EndNoticeInput {
  registerNo: string;
  accused: PersonInput;
  /** The sanction as it stood at its end (after any appeal), as printed: 'pemotongan tunjangan kinerja ... selama 6 bulan'. */
  sanctionTitle: string;
  /** The SK imposing it, with its title as printed ('Keputusan Bupati Contoh tentang ...'). */
  sk: LetterRef & { title: string };
  startDate: string;
  endDate: string;
  /** The appeal decision that changed or annulled it. */
  appeal: { outcome: 'lightened' | 'heavier' | 'annulled'; number: string; date: string } | null;
  /** "Yth." line: the head of BKPSDM (office setting). */
  addressee: string;
  signatory: Signatory;
}

/** One employee named by a recommendation, and what the PPK did. */
export interface FollowUpEntry {
  person: PersonInput;
  /** The violation the recommendation found, as printed. */
  violation: string;
  /** The sanction it recommended, as printed; null when it left the sanction to the PPK. */
  recommended: string | null;
  /** What was done: the decision with its SK, or why the recommendation was not followed, or that it is still in hand. */
  outcome:
    | { kind: 'decided'; sanction: string; sk: LetterRef & { title: string } }
    | { kind: 'not_followed'; reason: string }
    | { kind: 'in_progress'; registerNo: string | null };
}

/** Laporan tindak lanjut: the reply to the body that sent a recommendation, per named employee. */
export interface FollowUpInput {
  /** The recommendation as the issuer numbered it. */
  recommendation: LetterRef & { issuerName: string; receivedDate: string; subject: string | null };
  entries: FollowUpEntry[];
  /** The issued SKs attached to the letter (their frozen PDFs follow it in the same file). */
  attachments: (LetterRef & { letterId: number; sha256: string })[];
  /** "Yth." line: the head of the issuing body. */
  addressee: string;
  signatory: Signatory;
}

/** The input of each letter type. */
export interface LetterInputs {
  receipt: ReceiptInput;
  summons1: SummonsInput;
  summons2: SummonsInput;
  order: OrderInput;
  bap: BapInput;
  lhp: LhpInput;
  sk: SkInput;
  moral: MoralInput;
  summary: SummaryInput;
  delivery: DeliveryInput;
  release: ReleaseInput;
  endnotice: EndNoticeInput;
  followup: FollowUpInput;
}
