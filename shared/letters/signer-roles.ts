/**
 * Who signs the letters before the decision (the decision itself is the PyBM's, see
 * shared/examination/pybm.ts): the summons comes from the accused's direct superior
 * (atasan langsung) or, in a team case, from the team chair; the order forming the
 * examination team comes from the PPK or the official the PPK appointed. Each case may
 * choose among the lawful roles; the default is the rule's. Article numbers are transcribed
 * from third-party sources like the rest of the PP 94/2021 rules and are to be verified.
 */
import { z } from 'zod';
import { signatorySchema } from './office-settings.ts';
import type { Signatory } from './office-settings.ts';

export const SIGNER_LETTER_TYPES = ['summons1', 'summons2', 'order'] as const;
export type SignerLetterType = (typeof SIGNER_LETTER_TYPES)[number];

export const SIGNER_ROLES = ['superior', 'team_chair', 'ppk', 'appointed'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export interface SignerRule {
  roles: readonly SignerRole[];
  /** The basis of each role, as the screen shows it and the order cites it. */
  basis: Partial<Record<SignerRole, string>>;
}

const SUMMONS: SignerRule = {
  roles: ['superior', 'team_chair'],
  basis: {
    superior: 'PP 94/2021 Pasal 26: PNS yang diduga melakukan pelanggaran disiplin dipanggil secara tertulis oleh Atasan Langsung',
    team_chair: 'PP 94/2021 Pasal 27; PerBKN 6/2022: dalam hal pemeriksaan dilakukan oleh tim pemeriksa, panggilan disampaikan oleh ketua tim',
  },
};

export const SIGNER_RULES: Record<SignerLetterType, SignerRule> = {
  summons1: SUMMONS,
  summons2: SUMMONS,
  order: {
    roles: ['ppk', 'appointed'],
    basis: {
      ppk: 'PP 94/2021 Pasal 27: tim pemeriksa dibentuk oleh Pejabat Pembina Kepegawaian atau pejabat lain yang ditunjuk',
      appointed: 'PP 94/2021 Pasal 27: tim pemeriksa dibentuk oleh Pejabat Pembina Kepegawaian atau pejabat lain yang ditunjuk',
    },
  },
};

/** The sentence the order cites for who forms the team (PP 94/2021 Pasal 27). */
export const TEAM_FORMATION_BASIS =
  'Pasal 27 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, bahwa tim pemeriksa dibentuk oleh Pejabat Pembina Kepegawaian atau pejabat lain yang ditunjuk';

/**
 * The rule's default: a summons in a team case (two or more examiners, so a chair sits)
 * is signed by the chair, otherwise by the direct superior; the team is formed by the PPK.
 */
export function defaultSignerRole(type: SignerLetterType, facts: { teamSize: number }): SignerRole {
  if (type === 'order') return 'ppk';
  return facts.teamSize >= 2 ? 'team_chair' : 'superior';
}

/** Title printed above a team chair's name. */
export const TEAM_CHAIR_TITLE = 'KETUA TIM PEMERIKSA';

/** One letter type's signer for a case, as the letters screen shows and sets it. */
export interface CaseSigner {
  type: SignerLetterType;
  role: SignerRole;
  /** The rule's default for this case. */
  defaultRole: SignerRole;
  roles: readonly SignerRole[];
  basis: string;
  /** True when the case chose the role (or the person) instead of the default. */
  chosen: boolean;
  /** The person as printed, or null with `missing` saying what to record. */
  signatory: Signatory | null;
  missing: string | null;
}

/** The letters screen sets a role, and for a superior not on the team, the person. */
export const setSignerSchema = z
  .object({
    caseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    type: z.enum(SIGNER_LETTER_TYPES),
    role: z.enum(SIGNER_ROLES),
    signatory: signatorySchema.optional(),
  })
  .strict();
export type SetSigner = z.infer<typeof setSignerSchema>;
