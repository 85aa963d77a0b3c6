/**
 * Recaps for the regional head, the DPRD and the province: how many accused (terlapor) a
 * period's cases name, split by one or two of the case's attributes, with how many came as
 * a recommendation, how many were decided and how many were sanctioned.
 *
 * The unit counted is the accused in a case (one person named in one case): decisions,
 * sanctions and employment type belong to the person, so every measure adds up across a
 * table. A case names several violations, so split by violation a person counts once under
 * each violation of the case; the totals then count each person once (computed apart).
 */
import { z } from 'zod';
import { CASE_SOURCES } from '../cases/schemas.ts';
import { EMPLOYMENT_TYPES } from '../employees/employment-type.ts';
import { PAPER_SIZES } from '../letters/office-settings.ts';
import { idSchema, isoDate, text } from '../schemas/common.ts';

/** What a recap can be split by. `period` is the incident month. */
export const RECAP_DIMENSIONS = ['period', 'opd', 'employment', 'source', 'violation', 'level', 'sanction', 'status'] as const;
export type RecapDimension = (typeof RECAP_DIMENSIONS)[number];

/** The dimensions `npm run cli -- recap --by` takes (the list). */
export const RECAP_CLI_DIMENSIONS = ['opd', 'violation', 'sanction', 'status', 'source', 'employment'] as const satisfies readonly RecapDimension[];

/** The measures of every cell. */
export const RECAP_MEASURES = ['accused', 'recommended', 'decided', 'sanctioned'] as const;
export type RecapMeasure = (typeof RECAP_MEASURES)[number];
export type RecapCounts = Record<RecapMeasure, number>;

/**
 * The sanction level of a decision; `other` is a decision without a disciplinary level (a
 * moral statement under PP 42/2004, a non-ASN outcome), `none` a person not decided yet.
 */
export const RECAP_LEVELS = ['ringan', 'sedang', 'berat', 'other', 'none'] as const;
export type RecapLevel = (typeof RECAP_LEVELS)[number];

/** Key of rows without a value (a case without OPD, a person without a decision). */
export const RECAP_NONE = 'none';

/** Whose cases a recap counts: this office's own (the default), every received case, or one origin's (its BKN instansi code). */
export const RECAP_OWN = 'own';
export const RECAP_RECEIVED = 'received';
export const recapOriginSchema = z.string().regex(/^(own|received|[0-9]{4,8})$/, { error: 'recap.badOrigin' });

export const recapFiltersSchema = z
  .object({
    /** Incident dates, inclusive: the same period the case list filters on. */
    from: isoDate,
    to: isoDate,
    opdId: idSchema.optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    source: z.enum(CASE_SOURCES).optional(),
    violationCode: text(60).optional(),
    level: z.enum(RECAP_LEVELS).optional(),
    sanctionCode: text(60).optional(),
    status: text(40).optional(),
    origin: recapOriginSchema.optional(),
  })
  .strict()
  .refine((f) => f.from <= f.to, { error: 'recap.badPeriod', path: ['to'] })
  // A received record names its OPD in words, not by this office's OPD list.
  .refine((f) => f.opdId === undefined || isOwnOrigin(f.origin), { error: 'recap.opdOwnOnly', path: ['opdId'] });
export type RecapFilters = z.output<typeof recapFiltersSchema>;

/** True when a recap counts this office's own cases (no origin chosen, or `own`). */
export function isOwnOrigin(origin: string | undefined): boolean {
  return origin === undefined || origin === RECAP_OWN;
}

export const recapQuerySchema = z
  .object({
    filters: recapFiltersSchema,
    rows: z.enum(RECAP_DIMENSIONS),
    /** Absent: a one-way recap. */
    columns: z.enum(RECAP_DIMENSIONS).optional(),
  })
  .strict()
  .refine((q) => q.rows !== q.columns, { error: 'recap.sameDimension', path: ['columns'] });
export type RecapQuery = z.output<typeof recapQuerySchema>;

export const RECAP_FORMATS = ['xlsx', 'pdf'] as const;
export type RecapFormat = (typeof RECAP_FORMATS)[number];

export const recapExportSchema = z
  .object({
    query: recapQuerySchema,
    format: z.enum(RECAP_FORMATS),
    /** PDF paper; absent: the office's letter paper. */
    paper: z.enum(PAPER_SIZES).optional(),
  })
  .strict();
export type RecapExportRequest = z.output<typeof recapExportSchema>;

/** One row or column heading: the stored key and its label in the caller's language. */
export interface RecapHeading {
  key: string;
  label: string;
}

export interface RecapResult {
  query: RecapQuery;
  /** Labels of the dimensions and measures, in the caller's language. */
  rowsLabel: string;
  columnsLabel: string | null;
  /** Human-readable filters besides the period ("OPD: Dinas Pendidikan"), for the printed recap. */
  filterLines: string[];
  rows: RecapHeading[];
  /** Empty for a one-way recap. */
  columns: RecapHeading[];
  /** cells[i][j]: row i, column j (zeros included). Empty rows for a one-way recap. */
  cells: RecapCounts[][];
  rowTotals: RecapCounts[];
  columnTotals: RecapCounts[];
  total: RecapCounts;
  /** Distinct cases behind the total. */
  cases: number;
  /** Who made it: the office's BKN instansi code ('' until entered) and name, as exports carry them for the province. */
  origin: { instansiCode: string; officeName: string };
}

export interface RecapOptions {
  /** This office's own cases, every received case, then each origin cases were received from. */
  origins: RecapHeading[];
  opds: RecapHeading[];
  violations: RecapHeading[];
  sanctions: RecapHeading[];
  statuses: RecapHeading[];
  sources: RecapHeading[];
  employmentTypes: RecapHeading[];
  levels: RecapHeading[];
  dimensions: RecapHeading[];
  measures: RecapHeading[];
}

export interface RecapFile {
  fileName: string;
  fileBase64: string;
}

export const zeroCounts = (): RecapCounts => ({ accused: 0, recommended: 0, decided: 0, sanctioned: 0 });

/** Adds b into a. */
export function addCounts(a: RecapCounts, b: RecapCounts): RecapCounts {
  for (const m of RECAP_MEASURES) a[m] += b[m];
  return a;
}
