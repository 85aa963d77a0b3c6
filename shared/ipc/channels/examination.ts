import { channel } from '../define.ts';
import { emptyRequest } from './system.ts';
import { bapSaveSchema, decisionSaveSchema, examCaseSchema, lhpSaveSchema, teamSetSchema, transitionSchema } from '../../examination/schemas.ts';
import type { Bap, Decision, ExaminationOverview, Lhp, TeamMember } from '../../examination/types.ts';
import type { SanctionCatalogue } from '../../examination/sanctions.ts';
import type { WorkflowState } from '../../workflow/states.ts';

export const examinationChannels = {
  'examination:overview': channel<ExaminationOverview>()(examCaseSchema),
  'examination:transition': channel<{ state: WorkflowState }>()(transitionSchema),
  'examination:setTeam': channel<{ team: TeamMember[]; problems: string[] }>()(teamSetSchema),
  'examination:saveBap': channel<Bap>()(bapSaveSchema),
  'examination:saveLhp': channel<Lhp>()(lhpSaveSchema),
  'examination:saveDecision': channel<Decision>()(decisionSaveSchema),
  'catalogue:sanctions': channel<SanctionCatalogue[]>()(emptyRequest),
} as const;
