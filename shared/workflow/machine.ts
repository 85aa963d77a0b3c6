import type { Role } from '../accounts/roles.ts';
import type { WorkflowAction, WorkflowState } from './states.ts';

/** What the guards need to know about a case; computed by the main process from its tables. */
export interface CaseFacts {
  /** i18n keys of what the examination team still lacks (empty = composition fine). */
  teamProblems: string[];
  /** Highest number of missed examinations of any accused. */
  maxAbsences: number;
  accusedCount: number;
  /** Accused with a BAP of a session they attended. */
  accusedWithBap: number;
  accusedWithLhp: number;
  accusedWithDecision: number;
  /** Decisions delivered as an SK (disciplinary ones), and how many of them have a recorded delivery. */
  skToDeliver: number;
  skDelivered: number;
  /** Appeals (keberatan, banding) filed against the case's decisions and not yet answered. */
  openAppeals: number;
  /** SK decisions still standing: not annulled by the decision on an appeal. */
  skInForce: number;
}

type Guard = (facts: CaseFacts, reason: string) => { key: string; params?: Record<string, string | number> } | null;

interface TransitionDef {
  from: readonly WorkflowState[];
  to: WorkflowState;
  roles: readonly Role[];
  guards: readonly Guard[];
}

const MIN_REASON = 5;

const needsReason: Guard = (_f, reason) => (reason.trim().length >= MIN_REASON ? null : { key: 'workflow.reasonRequired', params: { min: MIN_REASON } });
const teamComplete: Guard = (f) => (f.teamProblems.length === 0 ? null : { key: 'workflow.teamIncomplete', params: { count: f.teamProblems.length } });
const absentOnce: Guard = (f) => (f.maxAbsences >= 1 ? null : { key: 'workflow.needAbsence' });
const absentTwice: Guard = (f) => (f.maxAbsences >= 2 ? null : { key: 'workflow.needTwoAbsences', params: { count: f.maxAbsences } });
const allBap: Guard = (f) =>
  f.accusedWithBap >= f.accusedCount ? null : { key: 'workflow.bapMissing', params: { missing: f.accusedCount - f.accusedWithBap } };
const allLhp: Guard = (f) =>
  f.accusedWithLhp >= f.accusedCount ? null : { key: 'workflow.lhpMissing', params: { missing: f.accusedCount - f.accusedWithLhp } };
const allDecided: Guard = (f) =>
  f.accusedWithDecision >= f.accusedCount ? null : { key: 'workflow.decisionMissing', params: { missing: f.accusedCount - f.accusedWithDecision } };
const allDelivered: Guard = (f) =>
  f.skDelivered >= f.skToDeliver ? null : { key: 'workflow.deliveryMissing', params: { missing: f.skToDeliver - f.skDelivered } };
const appealsAnswered: Guard = (f) => (f.openAppeals === 0 ? null : { key: 'workflow.appealOpen', params: { count: f.openAppeals } });
const sanctionStands: Guard = (f) => (f.skInForce > 0 ? null : { key: 'workflow.allAnnulled' });
const allAnnulled: Guard = (f) => (f.skInForce === 0 ? null : { key: 'workflow.sanctionStands', params: { count: f.skInForce } });

/**
 * Every legal step. Deciding whether to pursue a case and closing it belong to the
 * Inspector (official); examiners run the examination; clerks handle letters and delivery.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, TransitionDef>> = {
  start_verification: { from: ['registered'], to: 'verification', roles: ['administrator', 'clerk', 'examiner', 'official'], guards: [] },
  not_pursue: { from: ['registered', 'verification'], to: 'not_pursued', roles: ['administrator', 'official'], guards: [needsReason] },
  forward: { from: ['registered', 'verification'], to: 'forwarded', roles: ['administrator', 'official'], guards: [needsReason] },
  start_examination: { from: ['verification'], to: 'summons_1', roles: ['administrator', 'examiner', 'official'], guards: [teamComplete] },
  issue_summons_2: { from: ['summons_1'], to: 'summons_2', roles: ['administrator', 'clerk', 'examiner'], guards: [absentOnce] },
  decide_without_examination: { from: ['summons_2'], to: 'decided_without_examination', roles: ['administrator', 'official'], guards: [absentTwice] },
  complete_examination: { from: ['summons_1', 'summons_2'], to: 'report', roles: ['administrator', 'examiner'], guards: [allBap] },
  submit_report: { from: ['report'], to: 'decision', roles: ['administrator', 'examiner', 'official'], guards: [allLhp] },
  deliver: { from: ['decision', 'decided_without_examination'], to: 'delivered', roles: ['administrator', 'clerk', 'official'], guards: [allDecided, allDelivered] },
  file_appeal: { from: ['delivered'], to: 'appeal', roles: ['administrator', 'clerk', 'official'], guards: [needsReason] },
  // The answer to the last open appeal ends the "Upaya administratif" stage (PP 79/2021): a
  // decision upheld, lightened or made heavier stands, so the case is back at "SK disampaikan"
  // with the sanction running and waits to be closed; when every SK of the case was annulled,
  // no sanction remains and the case is finished. The appeal service takes these steps itself
  // when it records the outcome; the buttons serve an appeal noted only as a workflow step.
  appeal_decided: { from: ['appeal'], to: 'delivered', roles: ['administrator', 'clerk', 'official'], guards: [appealsAnswered, sanctionStands] },
  appeal_annulled: { from: ['appeal'], to: 'closed', roles: ['administrator', 'clerk', 'official'], guards: [appealsAnswered, allAnnulled] },
  close: { from: ['delivered', 'appeal'], to: 'closed', roles: ['administrator', 'official'], guards: [] },
};

export type TransitionResult =
  | { ok: true; to: WorkflowState }
  | { ok: false; key: string; params: Record<string, string | number> };

/**
 * Decides one step: from the current state, by a role (undefined until accounts exist:
 * then every signed-in user may act), with a reason. Refusals carry an i18n key.
 */
export function checkTransition(
  state: WorkflowState,
  action: WorkflowAction,
  facts: CaseFacts,
  role: Role | undefined,
  reason = '',
): TransitionResult {
  const def = TRANSITIONS[action];
  if (!def.from.includes(state)) return { ok: false, key: 'workflow.invalidFrom', params: { action, state } };
  if (role !== undefined && !def.roles.includes(role)) return { ok: false, key: 'workflow.roleNotAllowed', params: { action, role } };
  for (const guard of def.guards) {
    const problem = guard(facts, reason);
    if (problem) return { ok: false, key: problem.key, params: { action, ...problem.params } };
  }
  return { ok: true, to: def.to };
}

/** The steps that leave `state`, in table order (for the "next steps" buttons). */
export function actionsFrom(state: WorkflowState): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((a) => TRANSITIONS[a].from.includes(state));
}

/** True when a step needs a written reason before it can run. */
export function needsReasonFor(action: WorkflowAction): boolean {
  return TRANSITIONS[action].guards.includes(needsReason);
}
