/**
 * A moral sanction (PP 42/2004 Pasal 15: a written statement by the PPK, closed or open) that
 * goes with a disciplinary decision on the same accused: the same conduct may carry both, each
 * with its own letter and number (Pernyataan Sanksi Moral next to the SK).
 */
import { z } from 'zod';
import { idSchema, text } from '../schemas/common.ts';
import type { Signatory } from '../letters/office-settings.ts';

export const MORAL_CODES = ['PP42-MORAL-TERTUTUP', 'PP42-MORAL-TERBUKA'] as const;
export type MoralCode = (typeof MORAL_CODES)[number];

export const moralSaveSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    sanctionCode: z.enum(MORAL_CODES),
    /** Where an open statement is announced, e.g. 'apel pagi Sekretariat Daerah'. */
    announcedAt: text(300).optional(),
  })
  .strict();

export interface MoralSanction {
  caseId: number;
  accusedId: number;
  sanctionCode: MoralCode;
  announcedAt: string | null;
  /** The PPK as printed under the statement. */
  signatory: Signatory;
  updatedAt: string;
}
