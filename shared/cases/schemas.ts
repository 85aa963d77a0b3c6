import { z } from 'zod';
import { EMPLOYMENT_TYPES } from '../employees/employment-type.ts';
import type { EmploymentType } from '../employees/employment-type.ts';
import { POSITION_CLASSES } from '../employees/position-class.ts';
import { idSchema, isoDate, requiredText, text } from '../schemas/common.ts';
import { evidenceLinkSchema, stagedEvidenceSchema } from '../evidence/schemas.ts';
import type { EvidenceItem } from '../evidence/schemas.ts';
import { personIdRefinement, personIdText } from '../employees/person-id.ts';

export const CASE_SOURCES = [
  'bawaslu',
  'bkn',
  'public_complaint',
  'own_finding',
  'dprd',
  'media',
  // Recommendations from other bodies (the register files each one's cases under its sender).
  'kemenpanrb',
  'other_agency',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** What kind of document the source sent (Bawaslu: temuan or rekomendasi; others: letter, report ...). */
export const SOURCE_KINDS = ['finding', 'recommendation', 'letter', 'report', 'post'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];


/** An empty form field ('') or a real ISO date. */
const optionalDate = z.union([z.literal(''), isoDate]).optional();

/** 24-hour clock time as typed in the form (HH:MM), or empty. */
export const timeOfDay = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'case.badTime' })]).optional();

export const accusedInputSchema = z
  .object({
    /** Set when the accused was picked from the employee registry. */
    employeeId: idSchema.optional(),
    name: requiredText(120),
    /** PNS/PPPK: an 18-digit NIP; non-ASN: an office identifier (NIK, NIPTT, contract no.), see shared/employees/person-id.ts. */
    nip: personIdText,
    employmentType: z.enum(EMPLOYMENT_TYPES).default('PNS'),
    pangkat: text(80).optional(),
    jabatan: text(160).optional(),
    unitKerja: text(160).optional(),
    /** Recorded on the registry entry: it decides who may impose a sanction. */
    positionClass: z.union([z.enum(POSITION_CLASSES), z.literal('')]).optional(),
  })
  .strict()
  .superRefine(...personIdRefinement({ allowEmptyNonAsn: false, checkKind: false }));

/** The reporter is confidential: never printed on anything sent to the accused. */
export const reporterSchema = z
  .object({
    anonymous: z.boolean().default(false),
    name: text(120).optional(),
    contact: text(200).optional(),
  })
  .strict();

/** Everything a clerk types about a case; shared by intake and edit. */
const caseFields = {
  source: z.enum(CASE_SOURCES).default('own_finding'),
  sourceKind: z.union([z.literal(''), z.enum(SOURCE_KINDS)]).optional(),
  sourceRef: text(120).optional(),
  sourceDate: optionalDate,
  reporter: reporterSchema.default({ anonymous: false }),
  accused: z.array(accusedInputSchema).min(1, { error: 'case.accusedRequired' }).max(50),
  /** Catalogue the case is judged under; empty means the one in force on the incident date (intake) or the stored one (edit). */
  catalogueVersion: text(60).optional(),
  violationCodes: z.array(requiredText(60)).min(1, { error: 'case.violationRequired' }).max(20),
  incidentDate: isoDate,
  incidentTime: timeOfDay,
  incidentPlace: text(300).optional(),
  opdId: z.union([idSchema, z.null()]).optional(),
  chronology: text(20_000).optional(),
};

type ReporterCheck = { source: CaseSource; reporter: { anonymous: boolean; name?: string | undefined } };

/** A public complaint names its reporter unless the reporter asked to stay anonymous. */
function reporterRule(value: ReporterCheck, ctx: z.RefinementCtx): void {
  if (value.source === 'public_complaint' && !value.reporter.anonymous && !value.reporter.name) {
    ctx.addIssue({ code: 'custom', path: ['reporter', 'name'], message: 'case.reporterNameRequired' });
  }
}

/** Intake form and `cases:create` payload: one schema for renderer and main. */
export const caseCreateSchema = z
  .object({
    ...caseFields,
    /** Files already streamed into the evidence store (evidence:begin/chunk/commit). */
    evidence: z.array(stagedEvidenceSchema).max(50).default([]),
    links: z.array(evidenceLinkSchema).max(50).default([]),
    /** The clerk saw the duplicate warning and registers the case anyway. */
    acknowledgeDuplicates: z.boolean().default(false),
  })
  .strict()
  .superRefine(reporterRule);
export type CaseCreateInput = z.input<typeof caseCreateSchema>;
export type CaseCreate = z.output<typeof caseCreateSchema>;

/** Edit form and `cases:update`: the same fields, plus why they change. */
export const caseUpdateSchema = z
  .object({
    ...caseFields,
    id: idSchema,
    reason: requiredText(500),
    /** The case's version the form was loaded with (required): a stale form is refused instead of overwriting. */
    expectedVersion: z.number({ error: 'validation.required' }).int().min(1).max(2_000_000_000),
  })
  .strict()
  .superRefine(reporterRule);
export type CaseUpdateInput = z.input<typeof caseUpdateSchema>;
export type CaseUpdate = z.output<typeof caseUpdateSchema>;

/** Intake duplicate check: same NIP, same violation, within 30 days. */
export const duplicateCheckSchema = z
  .object({
    nips: z.array(z.string().max(30)).min(1).max(50),
    violationCodes: z.array(z.string().max(60)).max(20),
    incidentDate: isoDate.optional(),
  })
  .strict();

export const CASE_SORTS = ['registered_desc', 'registered_asc', 'incident_desc', 'incident_asc', 'register_desc', 'register_asc'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const caseListSchema = z
  .object({
    search: text(200).optional(),
    status: text(40).optional(),
    opdId: idSchema.optional(),
    violationCode: text(60).optional(),
    source: z.enum(CASE_SOURCES).optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    /** Incident date range, inclusive. */
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    sort: z.enum(CASE_SORTS).default('registered_desc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type CaseListQuery = z.output<typeof caseListSchema>;

export const caseIdSchema = z.object({ id: idSchema }).strict();

export const CASE_STATUSES = ['registered'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number] | string;

export interface AccusedRow {
  id: number;
  employeeId: number | null;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  pangkat?: string | null;
  jabatan: string | null;
  unitKerja: string | null;
}

export interface CaseSummary {
  id: number;
  registerNo: string;
  /** The case's identity for exchange with other offices, and the count of every change to its record. */
  caseUuid: string;
  revision: number;
  status: CaseStatus;
  source: CaseSource;
  incidentDate: string;
  accusedNames: string;
  violationCodes: string;
  opdName: string | null;
  createdAt: string;
}

export interface CaseReporter {
  anonymous: boolean;
  name: string | null;
  contact: string | null;
  /** Set when a name or contact exists but the caller's role may not see it (shown as "dirahasiakan", not as empty). */
  hidden?: boolean;
}

export interface CaseDetail {
  id: number;
  registerNo: string;
  status: CaseStatus;
  source: CaseSource;
  sourceKind?: SourceKind | null;
  sourceRef: string | null;
  sourceDate?: string | null;
  /** Confidential: letters addressed to the accused must never print it. */
  reporter?: CaseReporter;
  incidentDate: string;
  incidentTime?: string | null;
  incidentPlace: string | null;
  opdId?: number | null;
  opdName?: string | null;
  chronology: string | null;
  catalogueVersion: string;
  createdAt: string;
  createdBy: string;
  updatedAt?: string;
  /** Sent back by the edit form (`expectedVersion`): an edit of an older version is refused as STALE. */
  version: number;
  /** Identity for exchange with other offices (never changes) and the count of every change to the whole case record. */
  caseUuid?: string;
  revision?: number;
  accused: AccusedRow[];
  /** levelBasis: the article that sets the level (catalogue versions that carry it). */
  violations: { code: string; title: string; level: string | null; legalBasis: string; levelBasis?: string }[];
  evidence?: EvidenceItem[];
  history: HistoryEntry[];
}

/** One changed field in a history entry, values as stored (before -> after). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  reason: string | null;
  changes?: FieldChange[];
}

/** A possible duplicate found at intake. */
export interface DuplicateWarning {
  caseId: number;
  registerNo: string;
  nip: string;
  name: string;
  code: string;
  incidentDate: string;
  createdAt: string;
}
