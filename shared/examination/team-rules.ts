import type { StaffUnit, TeamRole } from './types.ts';

export type CaseLevel = 'ringan' | 'sedang' | 'berat' | null;

const LEVEL_RANK: Record<Exclude<CaseLevel, null>, number> = { ringan: 1, sedang: 2, berat: 3 };

/** Rank of a violation or sanction level for comparisons (ethics-only = 0). */
export function levelRank(level: CaseLevel): number {
  return level === null ? 0 : LEVEL_RANK[level];
}

/** The heaviest level among a case's violations (one sanction, the heaviest, for several violations). */
export function heaviestLevel(levels: readonly CaseLevel[]): CaseLevel {
  let best: CaseLevel = null;
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}

/**
 * Composition problems of an examination team: a team is
 * mandatory for heavy cases and must then seat the direct superior, the Inspectorate and
 * the personnel unit (BKPSDM) under one chair. Lighter cases need at least one examiner,
 * and a chair as soon as more than one person sits. Returns i18n keys; empty = fine.
 */
export function teamProblems(
  level: CaseLevel,
  members: readonly { role: TeamRole; unit: StaffUnit }[],
  /**
   * The accused's own direct superiors (recorded per accused): when every accused has one they
   * sit as the team's "atasan langsung" element, and those not already on the team count as examiners.
   */
  superiors: { everyAccused: boolean; notOnTeam: number } = { everyAccused: false, notOnTeam: 0 },
): string[] {
  const problems: string[] = [];
  const chairs = members.filter((m) => m.role === 'chair').length;
  const secretaries = members.filter((m) => m.role === 'secretary').length;
  const examiners = members.filter((m) => m.role !== 'secretary');
  if (chairs > 1) problems.push('team.twoChairs');
  if (secretaries > 1) problems.push('team.twoSecretaries');
  if (examiners.length + superiors.notOnTeam === 0) {
    problems.push('team.noMembers');
    return problems;
  }
  if (level === 'berat') {
    if (chairs === 0) problems.push('team.noChair');
    if (examiners.length + superiors.notOnTeam < 3) problems.push('team.tooFew');
    const units = new Set(examiners.map((m) => m.unit));
    if (!units.has('atasan') && !superiors.everyAccused) problems.push('team.needAtasan');
    if (!units.has('inspektorat')) problems.push('team.needInspektorat');
    if (!units.has('bkpsdm')) problems.push('team.needBkpsdm');
  } else if (members.length > 1 && chairs === 0) {
    problems.push('team.noChair');
  }
  return problems;
}
