/**
 * The direct superior (atasan langsung) of one accused (PP 94/2021 Pasal 26: "dipanggil secara
 * tertulis oleh Atasan Langsung"): each accused has their own, picked from the employee
 * registry or typed. It is the default signer of that accused's summons and sits on the
 * examination team as its "atasan langsung" element.
 */
import { z } from 'zod';
import { idSchema, nipSchema, requiredText, text } from '../schemas/common.ts';

export interface AccusedSuperior {
  accusedId: number;
  /** The registry entry it was picked from; null when typed. */
  employeeId: number | null;
  name: string;
  nip: string;
  pangkat: string | null;
  jabatan: string | null;
  /** The OPD whose letterhead a summons signed by this superior carries. */
  opdId: number | null;
  opdName: string | null;
  updatedAt: string;
  updatedBy: string;
}

export const superiorPersonSchema = z
  .object({
    employeeId: idSchema.optional(),
    name: requiredText(120),
    nip: nipSchema,
    pangkat: text(80).optional(),
    jabatan: requiredText(160),
    /** Empty: the registry entry's OPD, else the accused's. */
    opdId: idSchema.optional(),
  })
  .strict();

/** `examination:setSuperior`: one accused's superior, or null to remove it. */
export const superiorSetSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    superior: superiorPersonSchema.nullable(),
  })
  .strict();
export type SuperiorSetInput = z.input<typeof superiorSetSchema>;
