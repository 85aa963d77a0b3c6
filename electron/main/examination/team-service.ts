import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { caseLevel, replaceTeam, requireCase, selectTeam } from './exam-queries.ts';
import { staffExists } from '../hearings/staff-queries.ts';
import { teamProblems } from '../../../shared/examination/team-rules.ts';
import { superiorTeamFacts } from './superior-queries.ts';
import type { TeamMember } from '../../../shared/examination/types.ts';
import type { teamSetSchema } from '../../../shared/examination/schemas.ts';

const TEAM_EDITABLE = new Set(['registered', 'verification', 'summons_1', 'summons_2']);

/**
 * Replaces the case's examination team. One chair and one secretary at most are refused
 * outright; other composition gaps (e.g. no BKPSDM member on a heavy case) are reported by
 * the overview and block the start of the examination instead, so a team can be built up.
 */
export function setTeam(ctx: AppContext, input: z.output<typeof teamSetSchema>): { team: TeamMember[]; problems: string[] } {
  const core = requireCase(ctx.db, input.caseId);
  if (!TEAM_EDITABLE.has(core.state)) throw new AppError('CONFLICT', 'team.locked', { state: core.state });
  const ids = input.members.map((m) => m.staffId);
  if (new Set(ids).size !== ids.length) throw new AppError('INVALID_INPUT', 'team.duplicateMember', {}, { members: 'team.duplicateMember' });
  for (const role of ['chair', 'secretary'] as const) {
    if (input.members.filter((m) => m.role === role).length > 1) {
      const key = role === 'chair' ? 'team.twoChairs' : 'team.twoSecretaries';
      throw new AppError('INVALID_INPUT', key, {}, { members: key });
    }
  }
  if (ids.some((id) => !staffExists(ctx.db, id, true))) throw notFound('staff.notFound');
  return mutate(ctx, (db) => {
    const before = selectTeam(db, core.id).map((m) => ({ staffId: m.staffId, role: m.role }));
    replaceTeam(db, core.id, input.members);
    const team = selectTeam(db, core.id);
    const problems = teamProblems(caseLevel(db, core), team, superiorTeamFacts(db, core.id, team.map((m) => m.nip)));
    return { value: { team, problems }, audit: { action: 'team.set', entity: 'case', entityId: core.id, before, after: input.members } };
  });
}
