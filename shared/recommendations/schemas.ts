/**
 * The recommendation register: letters from Bawaslu, BKN, KemenPANRB or another body asking
 * the PPK to act on named employees, each employee followed to a decision. Schemas shared by
 * the form (renderer) and the channels (main).
 */
import { z } from 'zod';
import { EMPLOYMENT_TYPES } from '../employees/employment-type.ts';
import type { EmploymentType } from '../employees/employment-type.ts';
import { personIdRefinement, personIdText } from '../employees/person-id.ts';
import { idSchema, isoDate, requiredText, text } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';
import { tableFormatSchema } from '../reports/table-export.ts';

export const ISSUERS = ['bawaslu_ri', 'bawaslu_provinsi', 'bawaslu_kabupaten', 'bkn', 'kemenpanrb', 'other'] as const;
export type Issuer = (typeof ISSUERS)[number];

/**
 * Per named employee: pending (no case yet, or the case only registered), in examination
 * (the case is being handled), decided (an SK was issued for them), not followed (recorded
 * by a person, with the reason). The first three follow the linked case.
 */
export const REC_STATUSES = ['pending', 'in_examination', 'decided', 'not_followed'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];

/** The national bodies' names as printed on a reply; a province, a regency or another body is named by the clerk. */
export const ISSUER_NAMES: Partial<Record<Issuer, string>> = {
  bawaslu_ri: 'Badan Pengawas Pemilihan Umum Republik Indonesia',
  bkn: 'Badan Kepegawaian Negara',
  kemenpanrb: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
};
export const ISSUER_NAME_REQUIRED: readonly Issuer[] = ['bawaslu_provinsi', 'bawaslu_kabupaten', 'other'];

/** The warning shown with an overdue recommendation. */
export const SIASN_BLOCK_BASIS = 'PerBKN 1/2023';

export const recEmployeeInputSchema = z
  .object({
    /** Set when picked from the employee registry. */
    employeeId: idSchema.optional(),
    name: requiredText(120),
    nip: personIdText,
    employmentType: z.enum(EMPLOYMENT_TYPES).default('PNS'),
    jabatan: text(160).optional(),
    unitKerja: text(160).optional(),
    violationCode: requiredText(60),
    /** The sanction the letter recommends; empty when it leaves the sanction to the PPK. */
    sanctionCode: text(60).optional(),
  })
  .strict()
  .superRefine(...personIdRefinement({ allowEmptyNonAsn: false, checkKind: false }));
export type RecEmployeeInput = z.input<typeof recEmployeeInputSchema>;

export const recommendationCreateSchema = z
  .object({
    issuer: z.enum(ISSUERS),
    /** As the letter names it ("Bawaslu Provinsi Jawa Tengah"); empty = the national body's name (required for a province, a regency or another body). */
    issuerName: text(200).optional(),
    letterNumber: requiredText(120),
    letterDate: isoDate,
    receivedDate: isoDate,
    subject: text(300).optional(),
    note: text(2000).optional(),
    employees: z.array(recEmployeeInputSchema).min(1, { error: 'rec.employeesRequired' }).max(200),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.receivedDate < v.letterDate) ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'rec.receivedBeforeLetter' });
    if (ISSUER_NAME_REQUIRED.includes(v.issuer) && !v.issuerName) ctx.addIssue({ code: 'custom', path: ['issuerName'], message: 'validation.required' });
    const seen = new Set<string>();
    v.employees.forEach((e, i) => {
      if (seen.has(e.nip)) ctx.addIssue({ code: 'custom', path: ['employees', i, 'nip'], message: 'rec.duplicateNip' });
      seen.add(e.nip);
    });
  });
export type RecommendationCreateInput = z.input<typeof recommendationCreateSchema>;
export type RecommendationCreate = z.output<typeof recommendationCreateSchema>;

export const recommendationListSchema = z
  .object({
    search: text(200).optional(),
    issuer: z.enum(ISSUERS).optional(),
    status: z.enum(REC_STATUSES).optional(),
    overdueOnly: z.boolean().default(false),
    /** Received date range, inclusive. */
    receivedFrom: isoDate.optional(),
    receivedTo: isoDate.optional(),
  })
  .strict();
export type RecommendationListQuery = z.output<typeof recommendationListSchema>;

export const recommendationExportSchema = recommendationListSchema.extend({ format: tableFormatSchema }).strict();

export const recommendationIdSchema = z.object({ id: idSchema }).strict();

/** Links a case already registered for this employee (the case must name them by NIP). */
export const recLinkCaseSchema = z.object({ itemId: idSchema, caseId: idSchema, expectedVersion }).strict();

/** Registers one case per employee not yet linked, each linked at once. */
export const recCreateCasesSchema = z
  .object({
    recommendationId: idSchema,
    /** Empty: every employee without a case (and not marked not followed). */
    itemIds: z.array(idSchema).max(200).default([]),
    incidentDate: isoDate,
    incidentPlace: text(300).optional(),
    opdId: z.union([idSchema, z.null()]).optional(),
  })
  .strict();

/** "Not followed" with its reason, or (notFollowed false) withdrawn with a reason. */
export const recNotFollowedSchema = z
  .object({
    itemId: idSchema,
    notFollowed: z.boolean(),
    reason: requiredText(1000),
    expectedVersion,
  })
  .strict();

export interface RecDecision {
  sanctionTitle: string;
  skNumber: string;
  skDate: string;
}

export interface RecEmployee {
  id: number;
  position: number;
  employeeId: number | null;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  jabatan: string | null;
  unitKerja: string | null;
  violationCode: string;
  violationTitle: string;
  sanctionCode: string | null;
  sanctionTitle: string | null;
  caseId: number | null;
  accusedId: number | null;
  registerNo: string | null;
  caseStatus: string | null;
  status: RecStatus;
  /** Past the follow-up deadline and still pending or in examination. */
  overdue: boolean;
  decision: RecDecision | null;
  notFollowedReason: string | null;
  notFollowedAt: string | null;
  notFollowedBy: string | null;
  version: number;
}

export interface RecommendationSummary {
  id: number;
  issuer: Issuer;
  issuerName: string;
  letterNumber: string;
  letterDate: string;
  receivedDate: string;
  subject: string | null;
  /** The follow-up deadline: received date + the office's rule (recommendationFollowUp) on the working-day calendar. */
  dueDate: string;
  /** Counted through a year without an official holiday list. */
  provisional: boolean;
  employeeCount: number;
  counts: Record<RecStatus, number>;
  overdueCount: number;
  names: string;
}

export interface RecommendationDetail extends RecommendationSummary {
  note: string | null;
  createdAt: string;
  createdBy: string;
  version: number;
  employees: RecEmployee[];
  /** The valid reply letter (laporan tindak lanjut), if issued. */
  reply: { letterId: number; number: string; date: string } | null;
  /** The follow-up rule as the office has it, for the "to verify" note. */
  rule: { value: number; unit: 'workdays' | 'days'; unverified: boolean; legalBasis: string };
}

export interface OverdueRecommendations {
  today: string;
  items: {
    id: number;
    issuerName: string;
    letterNumber: string;
    receivedDate: string;
    dueDate: string;
    daysLate: number;
    employees: { itemId: number; name: string; nip: string; status: RecStatus; caseId: number | null; registerNo: string | null }[];
  }[];
}
