import { z } from 'zod';
import { idSchema, isoDate, nipSchema, requiredText, text } from '../schemas/common.ts';

export const CASE_SOURCES = [
  'bawaslu',
  'bkn',
  'public_complaint',
  'own_finding',
  'dprd',
  'media',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK', 'NON_ASN'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const accusedInputSchema = z.object({
  name: requiredText(120),
  nip: nipSchema,
  employmentType: z.enum(EMPLOYMENT_TYPES).default('PNS'),
  jabatan: text(160).optional(),
  unitKerja: text(160).optional(),
});

/** Intake form and `cases:create` payload: one schema for renderer and main. */
export const caseCreateSchema = z.object({
  source: z.enum(CASE_SOURCES).default('own_finding'),
  sourceRef: text(120).optional(),
  accused: z.array(accusedInputSchema).min(1, { error: 'case.accusedRequired' }).max(50),
  violationCodes: z.array(requiredText(60)).min(1, { error: 'case.violationRequired' }).max(20),
  incidentDate: isoDate,
  incidentPlace: text(300).optional(),
  chronology: text(20_000).optional(),
});
export type CaseCreateInput = z.input<typeof caseCreateSchema>;

export const caseListSchema = z.object({
  search: text(200).optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export const caseIdSchema = z.object({ id: idSchema });

export const CASE_STATUSES = ['registered'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number] | string;

export interface AccusedRow {
  id: number;
  employeeId: number | null;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  jabatan: string | null;
  unitKerja: string | null;
}

export interface CaseSummary {
  id: number;
  registerNo: string;
  status: CaseStatus;
  incidentDate: string;
  accusedNames: string;
  violationCodes: string;
  createdAt: string;
}

export interface CaseDetail {
  id: number;
  registerNo: string;
  status: CaseStatus;
  source: CaseSource;
  sourceRef: string | null;
  incidentDate: string;
  incidentPlace: string | null;
  chronology: string | null;
  catalogueVersion: string;
  createdAt: string;
  createdBy: string;
  accused: AccusedRow[];
  violations: { code: string; title: string; level: string | null; legalBasis: string }[];
  history: HistoryEntry[];
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  reason: string | null;
}
