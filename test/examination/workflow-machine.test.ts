import { describe, expect, it } from 'vitest';
import { actionsFrom, checkTransition, needsReasonFor } from '../../shared/workflow/machine.ts';
import type { CaseFacts } from '../../shared/workflow/machine.ts';
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../shared/workflow/states.ts';
import { ROLES } from '../../shared/accounts/roles.ts';
import type { Role } from '../../shared/accounts/roles.ts';
import type { WorkflowAction, WorkflowState } from '../../shared/workflow/states.ts';

/** Written out by hand from the case procedure, independently of TRANSITIONS. */
const LEGAL: [WorkflowState, WorkflowAction, WorkflowState][] = [
  ['registered', 'start_verification', 'verification'],
  ['registered', 'not_pursue', 'not_pursued'],
  ['registered', 'forward', 'forwarded'],
  ['verification', 'not_pursue', 'not_pursued'],
  ['verification', 'forward', 'forwarded'],
  ['verification', 'start_examination', 'summons_1'],
  ['summons_1', 'issue_summons_2', 'summons_2'],
  ['summons_1', 'complete_examination', 'report'],
  ['summons_2', 'complete_examination', 'report'],
  ['summons_2', 'decide_without_examination', 'decided_without_examination'],
  ['report', 'submit_report', 'decision'],
  ['decision', 'deliver', 'delivered'],
  ['decided_without_examination', 'deliver', 'delivered'],
  ['delivered', 'file_appeal', 'appeal'],
  ['delivered', 'close', 'closed'],
  ['appeal', 'appeal_decided', 'delivered'],
  ['appeal', 'appeal_annulled', 'closed'],
  ['appeal', 'close', 'closed'],
];

const ready: CaseFacts = { teamProblems: [], maxAbsences: 2, accusedCount: 1, accusedWithBap: 1, accusedWithLhp: 1, accusedWithDecision: 1, skToDeliver: 1, skDelivered: 1, openAppeals: 0, skInForce: 1 };
/** The facts under which a legal step passes its guards: an annulment needs every SK annulled. */
const factsFor = (action: WorkflowAction): CaseFacts => (action === 'appeal_annulled' ? { ...ready, skInForce: 0 } : ready);
const REASON = 'Alasan yang cukup panjang';

describe('workflow state machine: every state x every step', () => {
  const legal = new Map(LEGAL.map(([from, action, to]) => [`${from}/${action}`, to]));
  for (const state of WORKFLOW_STATES) {
    for (const action of WORKFLOW_ACTIONS) {
      const to = legal.get(`${state}/${action}`);
      it(`${state} --${action}--> ${to ?? 'refused'}`, () => {
        const r = checkTransition(state, action, factsFor(action), 'administrator', REASON);
        if (to) expect(r).toEqual({ ok: true, to });
        else expect(r).toEqual({ ok: false, key: 'workflow.invalidFrom', params: { action, state } });
      });
    }
  }

  it('terminal states offer no step; the others offer exactly their legal ones', () => {
    for (const s of ['closed', 'not_pursued', 'forwarded'] as const) expect(actionsFrom(s)).toEqual([]);
    for (const s of WORKFLOW_STATES) {
      expect(actionsFrom(s).sort()).toEqual(LEGAL.filter(([f]) => f === s).map(([, a]) => a).sort());
    }
  });
});

describe('guards refuse with the reason', () => {
  const cases: [WorkflowState, WorkflowAction, Partial<CaseFacts>, string, string][] = [
    ['verification', 'start_examination', { teamProblems: ['team.noChair'] }, REASON, 'workflow.teamIncomplete'],
    ['summons_1', 'issue_summons_2', { maxAbsences: 0 }, REASON, 'workflow.needAbsence'],
    ['summons_2', 'decide_without_examination', { maxAbsences: 1 }, REASON, 'workflow.needTwoAbsences'],
    ['summons_1', 'complete_examination', { accusedCount: 2, accusedWithBap: 1 }, REASON, 'workflow.bapMissing'],
    ['report', 'submit_report', { accusedWithLhp: 0 }, REASON, 'workflow.lhpMissing'],
    ['decision', 'deliver', { accusedWithDecision: 0 }, REASON, 'workflow.decisionMissing'],
    ['decided_without_examination', 'deliver', { accusedWithDecision: 0 }, REASON, 'workflow.decisionMissing'],
    ['decision', 'deliver', { skToDeliver: 2, skDelivered: 1 }, REASON, 'workflow.deliveryMissing'],
    ['registered', 'not_pursue', {}, '  ok  ', 'workflow.reasonRequired'],
    ['verification', 'forward', {}, '', 'workflow.reasonRequired'],
    ['delivered', 'file_appeal', {}, 'x', 'workflow.reasonRequired'],
    ['appeal', 'appeal_decided', { openAppeals: 1 }, REASON, 'workflow.appealOpen'],
    ['appeal', 'appeal_decided', { skInForce: 0 }, REASON, 'workflow.allAnnulled'],
    ['appeal', 'appeal_annulled', { openAppeals: 1, skInForce: 0 }, REASON, 'workflow.appealOpen'],
    ['appeal', 'appeal_annulled', { skInForce: 1 }, REASON, 'workflow.sanctionStands'],
  ];
  for (const [state, action, facts, reason, key] of cases) {
    it(`${state} --${action}--> refused: ${key}`, () => {
      const r = checkTransition(state, action, { ...ready, ...facts }, 'administrator', reason);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.key).toBe(key);
        expect(r.params.action).toBe(action);
      }
    });
  }

  it('the missing counts are passed to the message', () => {
    const r = checkTransition('summons_1', 'complete_examination', { ...ready, accusedCount: 3, accusedWithBap: 1 }, undefined);
    expect(r).toEqual({ ok: false, key: 'workflow.bapMissing', params: { action: 'complete_examination', missing: 2 } });
  });

  it('only the steps that record a judgement ask for a reason', () => {
    expect(WORKFLOW_ACTIONS.filter(needsReasonFor).sort()).toEqual(['file_appeal', 'forward', 'not_pursue']);
  });
});

describe('roles', () => {
  /** Which roles may take each step (hand-written). */
  const ALLOWED: Record<WorkflowAction, Role[]> = {
    start_verification: ['administrator', 'clerk', 'examiner', 'official'],
    not_pursue: ['administrator', 'official'],
    forward: ['administrator', 'official'],
    start_examination: ['administrator', 'examiner', 'official'],
    issue_summons_2: ['administrator', 'clerk', 'examiner'],
    decide_without_examination: ['administrator', 'official'],
    complete_examination: ['administrator', 'examiner'],
    submit_report: ['administrator', 'examiner', 'official'],
    deliver: ['administrator', 'clerk', 'official'],
    file_appeal: ['administrator', 'clerk', 'official'],
    // Recording the answer to an appeal is the clerk's work as much as filing it.
    appeal_decided: ['administrator', 'clerk', 'official'],
    appeal_annulled: ['administrator', 'clerk', 'official'],
    close: ['administrator', 'official'],
  };
  for (const [from, action] of LEGAL) {
    for (const role of ROLES) {
      const allowed = ALLOWED[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} from ${from}`, () => {
        const r = checkTransition(from, action, factsFor(action), role, REASON);
        expect(r.ok).toBe(allowed);
        if (!r.ok) expect(r).toEqual({ ok: false, key: 'workflow.roleNotAllowed', params: { action, role } });
      });
    }
  }

  it('the viewer can never move a case', () => {
    for (const [from, action] of LEGAL) expect(checkTransition(from, action, ready, 'viewer', REASON).ok).toBe(false);
  });

  it('without a signed-in role (CLI, before accounts) only the guards apply', () => {
    for (const [from, action, to] of LEGAL) expect(checkTransition(from, action, factsFor(action), undefined, REASON)).toEqual({ ok: true, to });
  });
});
