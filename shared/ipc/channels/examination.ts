import { channel } from '../define.ts';
import { ALL, DELIVERY, EXAMINATION, OFFICIAL, STAFF } from '../../accounts/roles.ts';
import { emptyRequest } from './system.ts';
import { appealFileSchema, appealOutcomeSchema, bapSaveSchema, decisionSaveSchema, deliverySaveSchema, examCaseSchema, lhpSaveSchema, teamSetSchema, transitionSchema } from '../../examination/schemas.ts';
import type { Bap, Decision, ExaminationOverview, Lhp, TeamMember } from '../../examination/types.ts';
import type { SanctionCatalogue } from '../../examination/sanctions.ts';
import type { PybmContext } from '../../examination/pybm-context.ts';
import { moralSaveSchema } from '../../examination/moral.ts';
import type { MoralSanction } from '../../examination/moral.ts';
import { releaseSaveSchema } from '../../examination/release.ts';
import type { ReleaseView } from '../../examination/release.ts';
import type { WorkflowState } from '../../workflow/states.ts';
import { superiorSetSchema } from '../../examination/superior.ts';
import type { AccusedSuperior } from '../../examination/superior.ts';

/**
 * Staff run examinations; the workflow machine (shared/workflow/machine.ts) narrows each step
 * further by role; officials record decisions; the secretariat (clerks, and officials) records
 * the SK's delivery and the appeals against it, whose outcome another body decides.
 */
export const examinationChannels = {
  'examination:overview': channel<ExaminationOverview>()(examCaseSchema, { access: ALL }),
  'examination:transition': channel<{ state: WorkflowState }>()(transitionSchema, { access: STAFF }),
  // Each accused's direct superior: staff, like the team it sits on.
  'examination:superiors': channel<AccusedSuperior[]>()(examCaseSchema, { access: ALL }),
  'examination:setSuperior': channel<AccusedSuperior[]>()(superiorSetSchema, { access: STAFF }),
  'examination:setTeam': channel<{ team: TeamMember[]; problems: string[] }>()(teamSetSchema, { access: STAFF }),
  'examination:saveBap': channel<Bap>()(bapSaveSchema, { access: EXAMINATION }),
  'examination:saveLhp': channel<Lhp>()(lhpSaveSchema, { access: EXAMINATION }),
  'examination:saveDecision': channel<Decision>()(decisionSaveSchema, { access: OFFICIAL }),
  'examination:recordDelivery': channel<Decision>()(deliverySaveSchema, { access: DELIVERY }),
  'examination:fileAppeal': channel<Decision>()(appealFileSchema, { access: DELIVERY }),
  'examination:appealOutcome': channel<Decision>()(appealOutcomeSchema, { access: DELIVERY }),
  'catalogue:sanctions': channel<SanctionCatalogue[]>()(emptyRequest, { access: ALL }),
  'examination:pybmContext': channel<PybmContext>()(examCaseSchema, { access: ALL }),
  /** Moral sanctions (PP 42/2004, by the PPK) recorded next to disciplinary decisions. */
  'examination:morals': channel<MoralSanction[]>()(examCaseSchema, { access: ALL }),
  'examination:saveMoral': channel<MoralSanction>()(moralSaveSchema, { access: OFFICIAL }),
  /** Pembebasan sementara (PP 94/2021 Pasal 31): an official's order, recorded by officials. */
  'examination:releases': channel<ReleaseView[]>()(examCaseSchema, { access: ALL }),
  'examination:saveRelease': channel<ReleaseView>()(releaseSaveSchema, { access: OFFICIAL }),
} as const;
