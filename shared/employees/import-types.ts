/**
 * Employee import (CSV/XLSX): the fields a file can fill, the mapping from file headers
 * to fields, and what preview and import report back.
 */
import { z } from 'zod';
import { uploadIdSchema } from '../uploads/schemas.ts';

export const IMPORT_FIELDS = ['nip', 'name', 'employmentType', 'pangkat', 'golongan', 'jabatan', 'unitKerja', 'opd', 'positionClass', 'siasnPersonId'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these columns nothing can be imported. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['nip', 'name'];

/**
 * field -> header text exactly as in the file; '' leaves the field unmapped. Fields not
 * named keep the detected column.
 */
export const importMappingSchema = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().max(200).optional()])) as Record<ImportField, z.ZodOptional<z.ZodString>>)
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

const uploadId = uploadIdSchema;

export const importPreviewSchema = z
  .object({ uploadId, mapping: importMappingSchema.optional(), sampleSize: z.number().int().min(1).max(200).default(20) })
  .strict();

export const importCommitSchema = z
  .object({ uploadId, mapping: importMappingSchema.optional(), strict: z.boolean().default(false) })
  .strict();

/** One problem in one row: the line as a spreadsheet shows it, the column header, why. */
export interface ImportRowError {
  line: number;
  column: string;
  message: string;
}

export type ImportRowStatus = 'create' | 'update' | 'unchanged' | 'rejected';

export interface ImportSampleRow {
  line: number;
  status: ImportRowStatus;
  values: Record<ImportField, string>;
}

export interface ImportCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  rejected: number;
}

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** 'UTF-8', 'Windows-1252', 'UTF-16LE' ... (CSV only). */
  encoding: string | null;
  headers: string[];
  /** field -> header used, null when unmapped. */
  mapping: Record<ImportField, string | null>;
  counts: ImportCounts;
  sample: ImportSampleRow[];
  /** The first errors (see errorTotal for how many there are). */
  errors: ImportRowError[];
  errorTotal: number;
  /** OPD names not in the list yet: the import adds them. */
  newOpds: string[];
  warnings: string[];
}

export interface ImportResult {
  /** False when strict mode refused the file: nothing was written. */
  written: boolean;
  batchId: number | null;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: ImportRowError[];
  errorTotal: number;
  newOpds: string[];
  warnings: string[];
}
