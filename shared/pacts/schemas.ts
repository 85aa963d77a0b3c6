/**
 * The integrity-pact register (pakta integritas netralitas ASN): pact events, their signers,
 * counts by OPD and employment type, and the case view's flag of an accused who signed one
 * before the incident. Schemas shared by the screens and the main process.
 */
import { z } from 'zod';
import { idSchema, isoDate, requiredText } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';
import { uploadIdSchema } from '../uploads/schemas.ts';
import { tableFormatSchema } from '../reports/table-export.ts';
import type { EmploymentType } from '../employees/employment-type.ts';
import type { ImportRowError } from '../employees/import-types.ts';

const pactFields = {
  pactDate: isoDate,
  place: requiredText(200),
  /** Who led the signing, as they are named: "Pj Wali Kota Kendari Muhammad Yusup". */
  official: requiredText(200),
  /** The pledge as it was read out and signed. */
  pledgeText: requiredText(5000),
  /** The scanned signed document, uploaded with purpose "evidence"; omitted keeps the current one. */
  documentUploadId: uploadIdSchema.optional(),
};

export const pactCreateSchema = z.object(pactFields).strict();
export const pactUpdateSchema = z.object({ id: idSchema, ...pactFields, expectedVersion }).strict();
export type PactCreateInput = z.output<typeof pactCreateSchema>;
export type PactUpdateInput = z.output<typeof pactUpdateSchema>;

export const pactIdSchema = z.object({ id: idSchema }).strict();
export const pactAddSignersSchema = z.object({ pactId: idSchema, employeeIds: z.array(idSchema).min(1).max(5000) }).strict();
export const pactRemoveSignerSchema = z.object({ pactId: idSchema, employeeId: idSchema }).strict();
export const pactImportSchema = z.object({ pactId: idSchema, uploadId: uploadIdSchema }).strict();
/** Without `id`: the list of pact events; with it: that pact's signers. */
export const pactExportSchema = z.object({ id: idSchema.optional(), format: tableFormatSchema }).strict();
export const pactDocumentSchema = z
  .object({ id: idSchema, offset: z.number().int().min(0).default(0), length: z.number().int().min(1).max(4 * 1024 * 1024).default(4 * 1024 * 1024) })
  .strict();
export const pactCaseSchema = z.object({ caseId: idSchema }).strict();

export interface PactDocument {
  sha256: string;
  size: number;
  mime: string;
  name: string;
}

/** One pact event as the list shows it. */
export interface PactSummary {
  id: number;
  pactDate: string;
  place: string;
  official: string;
  signerCount: number;
  hasDocument: boolean;
}

export interface PactSigner {
  employeeId: number;
  nip: string;
  name: string;
  employmentType: EmploymentType;
  opdName: string | null;
  source: 'registry' | 'import';
  addedAt: string;
}

/** A count of signers by one attribute (OPD name, or employment type code). */
export interface PactCount {
  key: string | null;
  count: number;
}

export interface PactDetail extends Omit<PactSummary, 'hasDocument'> {
  pledgeText: string;
  document: PactDocument | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
  signers: PactSigner[];
  byOpd: PactCount[];
  byEmploymentType: PactCount[];
}

/** What adding signers did: those added, those who had signed this pact already. */
export interface PactSignersAdded {
  added: number;
  already: number;
}

/** A signer import: added, already signed, rows refused with the same per-row report as the employee import. */
export interface PactImportResult extends PactSignersAdded {
  rows: number;
  rejected: number;
  errors: ImportRowError[];
  errorTotal: number;
}

/** An accused of a case who signed an integrity pact before the incident date: an aggravating fact for the LHP. */
export interface PactCaseFlag {
  accusedId: number;
  nip: string;
  name: string;
  pacts: { id: number; pactDate: string; place: string; official: string }[];
}

/** The sentence the LHP's aggravating facts can take over (Indonesian: the LHP is written in Indonesian). */
export function pactAggravatingText(flag: Pick<PactCaseFlag, 'name' | 'pacts'>, formatDate: (iso: string) => string): string {
  const events = flag.pacts.map((p) => `tanggal ${formatDate(p.pactDate)} di ${p.place}`).join('; ');
  return `${flag.name} telah menandatangani pakta integritas netralitas ASN (${events}) sebelum pelanggaran dilakukan.`;
}
