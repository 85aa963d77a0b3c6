/**
 * The register of sanctions in force ("hukuman disiplin yang sedang dijalani"): every
 * disciplinary sanction whose SK delivery is recorded, so its start and end are real (the
 * 15th day after receipt, then its duration; an appeal's outcome replaces them). A sanction
 * in force blocks promotion, and its end is notified to the personnel unit (BKPSDM).
 */
import { z } from 'zod';
import { text } from '../schemas/common.ts';

/**
 * upcoming: delivered, not yet in effect; in_force: from its start to its last day; ended: after
 * its last day. A sanction without a period (a reprimand or a written statement of
 * dissatisfaction, the light sanctions of PP 94/2021; dismissal, which ends employment) is
 * complete the day it takes effect: it is never "in force" for a span and needs no end notice.
 */
export const SANCTION_STATUSES = ['in_force', 'ended', 'upcoming'] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

export const sanctionsListSchema = z
  .object({
    status: z.enum([...SANCTION_STATUSES, 'all']).default('in_force'),
    /** Name or NIP fragment. */
    search: text(60).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export interface SanctionRow {
  caseId: number;
  registerNo: string;
  accusedId: number;
  name: string;
  nip: string;
  unitKerja: string | null;
  /** The sanction in force: the decision's, or the one an appeal put in its place. */
  sanctionCode: string;
  sanctionTitle: string;
  level: 'ringan' | 'sedang' | 'berat';
  durationMonths: number | null;
  skNumber: string;
  skDate: string;
  deliveredOn: string;
  startDate: string;
  /** Last day of the sanction; null for sanctions without a period (a reprimand, dismissal), complete on their start date. */
  endDate: string | null;
  /** Who decided, as printed on the SK ('KEPALA DINAS ...', name). */
  decidedBy: { title: string; name: string };
  /** The appeal outcome that changed it, with the number of that decision. */
  appeal: { outcome: 'lightened' | 'heavier' | 'annulled'; number: string; date: string } | null;
  status: SanctionStatus;
  /** The end-of-sanction notice to BKPSDM, once issued. */
  notice: { number: string; date: string } | null;
}

export interface SanctionsList {
  today: string;
  total: number;
  rows: SanctionRow[];
}

/** The status of a sanction on `today` (ISO dates compare as text). */
export function sanctionStatus(s: { startDate: string; endDate: string | null }, today: string): SanctionStatus {
  if (s.endDate === null) return s.startDate > today ? 'upcoming' : 'ended';
  // Checked before the start: an appeal can annul a sanction before it ever took effect.
  if (s.endDate < today) return 'ended';
  return s.startDate > today ? 'upcoming' : 'in_force';
}
