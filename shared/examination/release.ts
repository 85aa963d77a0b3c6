/**
 * Pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31, transcribed from third-party
 * sources like the rest of the PP 94/2021 rules: to verify against the official text):
 * "(1) Untuk kelancaran pemeriksaan, PNS yang diduga melakukan Pelanggaran Disiplin dan
 * kemungkinan akan dijatuhi Hukuman Disiplin berat, dibebaskan sementara dari tugasnya oleh
 * Atasan Langsung sejak yang bersangkutan diperiksa. (2) Pembebasan sementara ... berlaku sampai
 * dengan ditetapkannya keputusan Hukuman Disiplin. (3) Dalam hal Atasan Langsung tidak ada,
 * pembebasan sementara ... dilakukan oleh pejabat yang lebih tinggi. (4) PNS yang dibebaskan
 * sementara ... tetap diberikan hak kepegawaiannya ... (5) ... untuk menjamin kelancaran
 * pelaksanaan tugas, ditunjuk pejabat pelaksana harian."
 *
 * So: only when a heavy sanction is likely, from the day the examination began, ordered by
 * the direct superior (or the next higher official when there is none), with a Plh named; it
 * ends on the day the disciplinary decision (the SK) is set.
 */
import { z } from 'zod';
import { idSchema, isoDate, nipSchema, requiredText } from '../schemas/common.ts';
import { signatorySchema } from '../letters/office-settings.ts';
import type { Signatory } from '../letters/office-settings.ts';
import type { CaseLevel } from './team-rules.ts';

/** Who orders the release: the direct superior, or the next higher official where there is none (Pasal 31 ayat (3)). */
export const RELEASE_ORDERED_BY = ['superior', 'higher'] as const;
export type ReleaseOrderedBy = (typeof RELEASE_ORDERED_BY)[number];

/** The article each ordering official rests on, as the screen shows it and the letter cites it. */
export const RELEASE_BASIS: Record<ReleaseOrderedBy, string> = {
  superior: 'PP 94/2021 Pasal 31 ayat (1): dibebaskan sementara dari tugasnya oleh Atasan Langsung sejak yang bersangkutan diperiksa',
  higher: 'PP 94/2021 Pasal 31 ayat (3): dalam hal Atasan Langsung tidak ada, pembebasan sementara dilakukan oleh pejabat yang lebih tinggi',
};

export const releaseSaveSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    /** First day released from duty: not before the examination began. */
    startDate: isoDate,
    reason: requiredText(1000),
    orderedBy: z.enum(RELEASE_ORDERED_BY),
    /** The official who orders it and signs the letter. */
    signatory: signatorySchema,
    plhName: requiredText(120),
    plhNip: nipSchema,
    plhJabatan: requiredText(200),
  })
  .strict();
export type ReleaseSave = z.output<typeof releaseSaveSchema>;

/** A recorded release, with its end as the decision fixes it. */
export interface TemporaryRelease {
  caseId: number;
  accusedId: number;
  startDate: string;
  reason: string;
  orderedBy: ReleaseOrderedBy;
  signatory: Signatory;
  plhName: string;
  plhNip: string;
  plhJabatan: string;
  /** The day the disciplinary decision was set (the SK's date); null while no SK is issued. */
  endDate: string | null;
  /** The SK that ended it, when issued. */
  endedBySk: string | null;
  updatedAt: string;
}

/** What the examination screen needs to offer a release for one accused. */
export interface ReleaseView {
  accusedId: number;
  release: TemporaryRelease | null;
  /** The level a heavy-sanction test sees, and where it came from. */
  likely: LikelyLevel;
  /** The first examination date of the accused (the earliest start), null before any hearing. */
  examinedFrom: string | null;
  /** The direct superior on the team, proposed as the ordering official. */
  proposedSignatory: Signatory | null;
}

export interface LikelyLevel {
  level: CaseLevel;
  source: 'decision' | 'lhp' | 'violations';
}

/**
 * The sanction the case is heading for, from the most advanced record: the decision once
 * recorded, else the LHP's recommendation, else the heaviest violation's level.
 */
export function likelyLevel(p: { decisionLevel?: CaseLevel | undefined; lhpLevel?: CaseLevel | undefined; violationLevel: CaseLevel }): LikelyLevel {
  if (p.decisionLevel !== undefined) return { level: p.decisionLevel, source: 'decision' };
  if (p.lhpLevel !== undefined) return { level: p.lhpLevel, source: 'lhp' };
  return { level: p.violationLevel, source: 'violations' };
}
