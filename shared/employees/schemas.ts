/**
 * The employee registry and OPD list: one set of schemas for the renderer's forms and
 * the main process's IPC validation.
 */
import { z } from 'zod';
import { expectedVersion } from '../records/versions.ts';
import { idSchema, nipSchema, requiredText, text } from '../schemas/common.ts';
import { SIGNATORY_PREFIXES } from '../letters/signatory-prefix.ts';
import { personIdRefinement, personIdText } from './person-id.ts';
import { normalizeGolongan } from './golongan.ts';
import { POSITION_CLASSES } from './position-class.ts';
import type { PositionClass } from './position-class.ts';
import { EMPLOYMENT_TYPES } from './employment-type.ts';
import type { EmploymentType } from './employment-type.ts';

/** A golongan in any common spelling, stored canonically ("III/a", "IX"); empty is allowed. */
export const golonganSchema = z
  .string()
  .max(20, { error: 'validation.tooLong' })
  .refine((s) => normalizeGolongan(s) !== null, { error: 'employee.golonganInvalid' })
  .transform((s) => normalizeGolongan(s) ?? '');

export const siasnPersonIdSchema = z
  .string()
  .trim()
  .max(64, { error: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9-]*$/, { error: 'employee.siasnPersonIdInvalid' });

const employeeFields = {
  nip: personIdText,
  name: requiredText(120),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  pangkat: text(80).optional(),
  golongan: golonganSchema.optional(),
  jabatan: text(160).optional(),
  unitKerja: text(160).optional(),
  opdId: z.union([idSchema, z.null()]).optional(),
  /** Decides who may impose a sanction (PP 94/2021 Bab III); empty when not yet known. */
  positionClass: z.union([z.enum(POSITION_CLASSES), z.literal(''), z.null()]).optional(),
  /** BKN's SIASN person id (pnsOrangId): letters, digits and dashes as SIASN shows it; optional. */
  siasnPersonId: z.union([siasnPersonIdSchema, z.null()]).optional(),
};

/** The registry needs an identifier for everyone (it is the key that stops duplicates). */
const registryId = personIdRefinement({ allowEmptyNonAsn: false, checkKind: true });

export const employeeInputSchema = z.object(employeeFields).strict().superRefine(...registryId);
export type EmployeeInput = z.input<typeof employeeInputSchema>;

export const employeeUpdateSchema = z
  .object({
    ...employeeFields,
    id: idSchema,
    reason: text(500).optional(),
    /** The version the form was loaded with: a stale form is refused (STALE) instead of overwriting. */
    expectedVersion,
  })
  .strict()
  .superRefine(...registryId);
export type EmployeeUpdateInput = z.input<typeof employeeUpdateSchema>;

export const employeeListSchema = z
  .object({
    search: text(120).optional(),
    opdId: idSchema.optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type EmployeeListQuery = z.output<typeof employeeListSchema>;

/** The registry picker: best matches by NIP or name. */
export const employeeSearchSchema = z
  .object({
    query: text(120),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();

export const employeeIdSchema = z.object({ id: idSchema }).strict();

export interface Employee {
  id: number;
  nip: string;
  name: string;
  employmentType: EmploymentType;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string | null;
  unitKerja: string | null;
  opdId: number | null;
  opdName: string | null;
  positionClass: PositionClass | null;
  /** BKN's own key for the person in SIASN (pnsOrangId), when the office knows it. */
  siasnPersonId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Who wrote last (null before versions were kept). */
  updatedBy: string | null;
  /** Sent back by the edit form as `expectedVersion`. */
  version: number;
}

/** One entry of an employee's history: a form edit or an import that touched them. */
export interface EmployeeHistoryEntry {
  at: string;
  actor: string;
  action: string;
  reason: string | null;
  /** Changed fields (before -> after); for a creation only `after` is set. */
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface EmployeeDetail extends Employee {
  history: EmployeeHistoryEntry[];
}

const opdFields = {
  name: requiredText(160),
  code: text(20).optional(),
  shortName: text(60).optional(),
  /** The head of the OPD, who signs "KEPUTUSAN KEPALA DINAS ..." when the rules make them the deciding official. */
  headTitle: text(200).optional(),
  headPrefix: z.enum(SIGNATORY_PREFIXES).optional(),
  headName: text(120).optional(),
  headNip: z.union([z.literal(''), nipSchema]).optional(),
  headPangkat: text(120).optional(),
  /** The OPD's kop: a summons its official (an accused's direct superior) signs is headed with it. */
  address: text(300).optional(),
  phone: text(60).optional(),
  email: text(120).optional(),
};

/** Title and name of the head go together: one without the other cannot sign anything. */
function headComplete(v: { headTitle?: string | undefined; headName?: string | undefined }, ctx: z.RefinementCtx) {
  if (Boolean(v.headTitle) !== Boolean(v.headName)) ctx.addIssue({ code: 'custom', path: [v.headTitle ? 'headName' : 'headTitle'], message: 'opd.headIncomplete' });
}

export const opdCreateSchema = z.object(opdFields).strict().superRefine(headComplete);
export type OpdCreateInput = z.input<typeof opdCreateSchema>;

export const opdUpdateSchema = z
  .object({ ...opdFields, id: idSchema, active: z.boolean().default(true) })
  .strict()
  .superRefine(headComplete);
export type OpdUpdateInput = z.input<typeof opdUpdateSchema>;

export const opdListSchema = z.object({ includeInactive: z.boolean().default(false) }).strict();

export interface Opd {
  id: number;
  name: string;
  code: string | null;
  shortName: string | null;
  active: boolean;
  employeeCount: number;
  /** null until the head is recorded. */
  head: OpdHead | null;
  /** The OPD's letterhead lines; null until filled in. */
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** The head of an OPD as printed under a decision. */
export interface OpdHead {
  title: string;
  prefix: (typeof SIGNATORY_PREFIXES)[number];
  name: string;
  nip: string;
  pangkat: string;
}
