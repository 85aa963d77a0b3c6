/**
 * Rules of the procedure that are a yes/no reading of the regulation rather than a period
 * (those are in rules.ts). Each has a default and a citation; one whose reading is not verified
 * is shown as "perlu diverifikasi" and the office may switch it, with a reason.
 */
import { z } from 'zod';
import { requiredText } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';

export const PROCEDURE_RULE_IDS = ['refusalCountsAsDelivery'] as const;
export type ProcedureRuleId = (typeof PROCEDURE_RULE_IDS)[number];

export interface ProcedureRuleDef {
  id: ProcedureRuleId;
  default: boolean;
  /** Citation shown next to the rule. */
  legalBasis: string;
  /** The reading is not verified against the regulation's text. */
  unverified: boolean;
}

export const PROCEDURE_RULES: Readonly<Record<ProcedureRuleId, ProcedureRuleDef>> = {
  // An employee who refuses to take the SK is deemed to have received it that day, so the
  // sanction's "hari ke-15 terhitung sejak tanggal diterima" and the appeal window run from the
  // refusal. The regulation's own wording on a refusal was not among the transcriptions Sipena
  // was built from: to verify, hence a setting with this default.
  refusalCountsAsDelivery: {
    id: 'refusalCountsAsDelivery',
    default: true,
    legalBasis: 'PP 94/2021 dan PerBKN 6/2022 (penyampaian keputusan hukuman disiplin; penolakan menerima dicatat dalam berita acara)',
    unverified: true,
  },
};

export type ProcedureSettings = Readonly<Record<ProcedureRuleId, boolean>>;

/** Stored choices over the defaults (unknown ids and non-boolean values ignored). */
export function effectiveProcedureSettings(stored: Partial<Record<string, unknown>>): ProcedureSettings {
  const out = {} as Record<ProcedureRuleId, boolean>;
  for (const id of PROCEDURE_RULE_IDS) {
    const v = stored[id];
    out[id] = typeof v === 'boolean' ? v : PROCEDURE_RULES[id].default;
  }
  return out;
}

export interface ProcedureRuleView extends ProcedureRuleDef {
  current: boolean;
  /** True when the office changed the default. */
  adjusted: boolean;
  /** The version of the office's procedure rules (one stored row for all of them; 0 while never changed), sent back as `expectedVersion`. */
  version: number;
}

/** `deadlines:setProcedureRule`: a change needs a reason. */
export const procedureRuleUpdateSchema = z.object({
  ruleId: z.enum(PROCEDURE_RULE_IDS),
  value: z.boolean(),
  reason: requiredText(500),
  expectedVersion,
});
