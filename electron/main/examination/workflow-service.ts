import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { caseLevel, recordStep, requireCase, selectAccusedBrief, selectTeam, selectTransitions } from './exam-queries.ts';
import { caseOpenAppealCount, decisionCounts, skInForceCount } from './decision-queries.ts';
import type { CaseCore } from './exam-queries.ts';
import { accusedWithBapCount, lhpCount, selectBaps, selectLhps } from './record-queries.ts';
import { selectDecisions } from './decision-service.ts';
import { skDeliveryDue, summons2Due } from './calendar-port.ts';
import { onTransition } from './deadline-hooks.ts';
import { appealRouteOf } from './appeal-route.ts';
import { absencesByAccused, selectCaseSessions } from '../hearings/session-queries.ts';
import { selectSuperiors, superiorTeamFacts } from './superior-queries.ts';
import { actionsFrom, checkTransition, TRANSITIONS } from '../../../shared/workflow/machine.ts';
import type { CaseFacts } from '../../../shared/workflow/machine.ts';
import type { WorkflowAction, WorkflowState } from '../../../shared/workflow/states.ts';
import type { Role } from '../../../shared/accounts/roles.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { teamProblems } from '../../../shared/examination/team-rules.ts';
import { nextStepPrompt } from '../../../shared/examination/next-step.ts';
import type { ExaminationOverview } from '../../../shared/examination/types.ts';
import type { transitionSchema } from '../../../shared/examination/schemas.ts';

/** The signed-in user's role, or undefined when nobody is signed in (CLI, tests without accounts). */
function currentRole(ctx: AppContext): Role | undefined {
  return ctx.session?.user?.role;
}

/** The team's composition problems, the accused's own superiors counted as its "atasan langsung" element. */
export function caseTeamProblems(db: Db, core: CaseCore): string[] {
  const team = selectTeam(db, core.id);
  return teamProblems(caseLevel(db, core), team, superiorTeamFacts(db, core.id, team.map((m) => m.nip)));
}

/** Everything the transition guards look at, read from the case's tables. */
export function caseFacts(db: Db, core: CaseCore): CaseFacts {
  const accused = selectAccusedBrief(db, core.id);
  const absences = absencesByAccused(db, core.id);
  const decisions = decisionCounts(db, core.id);
  return {
    teamProblems: caseTeamProblems(db, core),
    maxAbsences: Math.max(0, ...absences.values()),
    accusedCount: accused.length,
    accusedWithBap: accusedWithBapCount(db, core.id),
    accusedWithLhp: lhpCount(db, core.id),
    accusedWithDecision: decisions.decided,
    skToDeliver: decisions.skToDeliver,
    skDelivered: decisions.skDelivered,
    openAppeals: caseOpenAppealCount(db, core.id),
    skInForce: skInForceCount(db, core.id),
  };
}

/** Moves the case one step along the workflow, or refuses with the reason; the step is logged with who, when and why. */
export function transition(ctx: AppContext, input: z.output<typeof transitionSchema>): { state: WorkflowState } {
  const core = requireCase(ctx.db, input.caseId);
  const reason = input.reason ?? '';
  const result = checkTransition(core.state, input.action, caseFacts(ctx.db, core), currentRole(ctx), reason);
  if (!result.ok) {
    const code = result.key === 'workflow.roleNotAllowed' ? 'FORBIDDEN' : result.key === 'workflow.reasonRequired' ? 'INVALID_INPUT' : 'CONFLICT';
    throw new AppError(code, result.key, result.params, result.key === 'workflow.reasonRequired' ? { reason: result.key } : undefined);
  }
  return mutate(ctx, (db) => ({ value: { state: result.to }, audit: moveCase(db, ctx, core, input.action, result.to, reason) }));
}

/**
 * Writes one workflow step inside the caller's transaction (the status, the step's log row
 * and the deadlines it settles) and returns its audit entry. Callers have checked the step.
 */
export function moveCase(db: Db, ctx: AppContext, core: CaseCore, action: WorkflowAction, to: WorkflowState, reason: string): Omit<AuditEntry, 'actor'> {
  const at = ctx.now().toISOString();
  recordStep(db, { caseId: core.id, from: core.state, to, action, actor: ctx.actor(), at, reason: reason || null });
  onTransition(db, ctx.now(), core.id, to);
  return { action: `workflow.${action}`, entity: 'case', entityId: core.id, before: { status: core.state }, after: { status: to }, reason: reason || null };
}

/** A due date, or null when the calendar has no data for its year: the page still opens. */
function dueOrNull(fn: () => string): string | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError) return null;
    throw e;
  }
}

/** The case's whole examination picture for its "Pemeriksaan" page, in one call. */
export function examinationOverview(ctx: AppContext, caseId: number): ExaminationOverview {
  const db = ctx.db;
  const core = requireCase(db, caseId);
  const facts = caseFacts(db, core);
  const role = currentRole(ctx);
  const absences = absencesByAccused(db, core.id);
  const sessions = selectCaseSessions(db, core.id);
  const baps = selectBaps(db, core.id);
  const team = selectTeam(db, core.id);
  const superiors = selectSuperiors(db, core.id);
  const lang = ctx.language();
  let prompt: ExaminationOverview['prompt'] = null;
  const last = [...sessions].reverse().find((s) => s.attendance !== null);
  if (last) {
    prompt = nextStepPrompt({
      state: core.state,
      lastAttendance: last.attendance,
      absences: absences.get(last.accusedId) ?? 0,
      summons2Scheduled: sessions.some((s) => s.accusedId === last.accusedId && s.summonsNo === 2 && s.attendance === null),
      summons2Due: last.attendance === 'absent' ? dueOrNull(() => summons2Due(ctx, last.date)) : null,
      hasBapForLast: baps.some((b) => b.sessionId === last.id),
    });
  }
  return {
    caseId: core.id,
    registerNo: core.registerNo,
    state: core.state,
    level: caseLevel(db, core),
    incidentDate: core.incidentDate,
    accused: selectAccusedBrief(db, core.id).map((a) => ({ ...a, absences: absences.get(a.id) ?? 0, superior: superiors.find((s) => s.accusedId === a.id) ?? null })),
    team,
    teamProblems: facts.teamProblems,
    sessions,
    baps,
    lhps: selectLhps(db, core.id),
    decisions: selectDecisions(db, core.id, lang, (skDate) => dueOrNull(() => skDeliveryDue(ctx, skDate))).map((d) => ({
      ...d,
      // Moral and non-ASN outcomes are not SKs under PP 94/2021.
      appealRoute: d.level === null ? null : appealRouteOf(ctx, { sanction_code: d.sanctionCode, pybm_official: d.pybmOfficial }),
    })),
    transitions: selectTransitions(db, core.id),
    actions: actionsFrom(core.state).map((action) => {
      // Reasons are asked for when the step is taken; a placeholder lets the other guards speak here.
      const r = checkTransition(core.state, action, facts, role, 'reason placeholder');
      return r.ok
        ? { action, to: r.to, allowed: true, blockedKey: null, blockedParams: {} }
        : { action, to: TRANSITIONS[action].to, allowed: false, blockedKey: r.key, blockedParams: r.params };
    }),
    prompt,
  };
}
