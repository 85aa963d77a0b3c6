/**
 * Administrative appeals against a delivered decision (PP 79/2021): a keberatan to the
 * superior of the deciding official (the PPK answers within 21 working days) or, against
 * dismissal, a banding administratif to BPASN (decided within 65 working days). Filing
 * moves a delivered case to "Upaya administratif"; the outcome, with the number and date
 * of the decision on the appeal, sets the sanction's dates (appeal-rules.ts).
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import { answerRule } from '../../../shared/examination/appeal-body.ts';
import { changedSanctionProblem, datesAfterOutcome } from '../../../shared/examination/appeal-rules.ts';
import type { appealFileSchema, appealOutcomeSchema } from '../../../shared/examination/schemas.ts';
import type { AppealOutcome, Decision } from '../../../shared/examination/types.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { insertAppeal, openAppealCount, selectAppeal, selectDecisionSk, setAppealOutcome, setDecisionDates } from './decision-queries.ts';
import { appealAnswerDue, sanctionEndDue } from './calendar-port.ts';
import { onAppealDecided, onAppealFiled, onSanctionDates } from './deadline-hooks.ts';
import { selectDecisions } from './decision-service.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import { caseFacts, moveCase } from './workflow-service.ts';
import { checkTransition } from '../../../shared/workflow/machine.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { appealRouteOf } from './appeal-route.ts';

function decisionOf(ctx: AppContext, caseId: number, accusedId: number): Decision {
  return selectDecisions(ctx.db, caseId, ctx.language()).find((x) => x.accusedId === accusedId)!;
}

/** Files a keberatan or banding administratif against a delivered SK. */
export function fileAppeal(ctx: AppContext, input: z.output<typeof appealFileSchema>): Decision {
  const core = requireCase(ctx.db, input.caseId);
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  const d = selectDecisionSk(ctx.db, core.id, accused.id);
  if (!d || !d.delivered_on) throw new AppError('CONFLICT', 'appeal.notDelivered');
  const today = localIsoDate(ctx.now());
  if (input.filedOn < d.delivered_on) throw new AppError('INVALID_INPUT', 'appeal.beforeDelivery', { deliveredOn: d.delivered_on }, { filedOn: 'appeal.beforeDelivery' });
  if (input.filedOn > today) throw new AppError('INVALID_INPUT', 'appeal.inFuture', { today }, { filedOn: 'appeal.inFuture' });
  const route = appealRouteOf(ctx, d);
  if (input.kind !== route.kind) throw new AppError('INVALID_INPUT', 'appeal.kindMismatch', { expected: route.kind === 'banding' ? 'banding administratif kepada BPASN' : 'keberatan' }, { kind: 'appeal.kindMismatch' });
  if (openAppealCount(ctx.db, core.id, accused.id) > 0) throw new AppError('CONFLICT', 'appeal.openExists');
  const rule = answerRule(input.kind);
  const answerDue = appealAnswerDue(ctx, rule, input.filedOn);
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const row = {
      case_id: core.id,
      accused_id: accused.id,
      kind: input.kind,
      filed_on: input.filedOn,
      addressed_to: input.addressedTo,
      answer_due: answerDue,
      note: input.note || null,
      recorded_at: now,
      recorded_by: ctx.actor(),
    };
    const id = insertAppeal(db, row);
    onAppealFiled(db, ctx.now(), { caseId: core.id, accusedId: accused.id, appealId: id, rule, filedOn: input.filedOn, due: answerDue });
    const moved = core.state === 'delivered' ? [moveCase(db, ctx, core, 'file_appeal', 'appeal', `${input.kind === 'banding' ? 'Banding administratif' : 'Keberatan'} diajukan pada ${formatDate(input.filedOn)}`)] : [];
    return { value: decisionOf(ctx, core.id, accused.id), audit: [{ action: 'appeal.file', entity: 'case', entityId: core.id, after: { id, ...row } }, ...moved] };
  });
}

/** Records the decision on an appeal and what it does to the sanction's dates. */
export function recordAppealOutcome(ctx: AppContext, input: z.output<typeof appealOutcomeSchema>): Decision {
  const appeal = selectAppeal(ctx.db, input.id);
  if (!appeal) throw notFound('appeal.notFound');
  if (appeal.outcome !== null) throw new AppError('CONFLICT', 'appeal.alreadyDecided');
  const today = localIsoDate(ctx.now());
  if (input.outcomeDate < appeal.filed_on) throw new AppError('INVALID_INPUT', 'appeal.beforeFiled', { filedOn: appeal.filed_on }, { outcomeDate: 'appeal.beforeFiled' });
  if (input.outcomeDate > today) throw new AppError('INVALID_INPUT', 'appeal.inFuture', { today }, { outcomeDate: 'appeal.inFuture' });
  const d = selectDecisionSk(ctx.db, appeal.case_id, appeal.accused_id);
  if (!d || !d.effective_date) throw new AppError('CONFLICT', 'appeal.notDelivered');
  const changes = input.outcome === 'lightened' || input.outcome === 'heavier';
  const changed = changes ? { code: input.sanctionCode ?? '', durationMonths: input.durationMonths } : null;
  if (changed) {
    const catalogue = allSanctionCatalogues().find((c) => c.id === d.catalogue_id);
    const problem = changedSanctionProblem(catalogue, input.outcome, { code: d.sanction_code, durationMonths: d.duration_months }, changed);
    if (problem) throw new AppError('INVALID_INPUT', problem.key, problem.params ?? {}, { [problem.field]: problem.key });
  }
  const dates = datesAfterOutcome(input.outcome, { effectiveDate: d.effective_date, endDate: d.end_date }, input.outcomeDate, changed);
  const endNoticeDue = dates.endDate ? sanctionEndDue(ctx, dates.endDate) : null;
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const outcome = {
      outcome: input.outcome,
      outcome_number: input.outcomeNumber,
      outcome_date: input.outcomeDate,
      sanction_code: changed?.code ?? null,
      duration_months: changed?.durationMonths ?? null,
      recorded_by: ctx.actor(),
    };
    setAppealOutcome(db, appeal.id, outcome, now);
    setDecisionDates(db, appeal.case_id, appeal.accused_id, { deliveredOn: d.delivered_on, effectiveDate: dates.effectiveDate, endDate: dates.endDate }, now);
    onAppealDecided(db, ctx.now(), { caseId: appeal.case_id, appealId: appeal.id });
    // The notice to BKPSDM follows the end the appeal left (an annulment ends the sanction that day).
    onSanctionDates(db, ctx.now(), { caseId: appeal.case_id, accusedId: appeal.accused_id, endDate: dates.endDate, due: endNoticeDue });
    const moved = endAppealStage(db, ctx, appeal.case_id, { kind: appeal.kind, outcome: input.outcome, number: input.outcomeNumber, date: input.outcomeDate });
    return {
      value: decisionOf(ctx, appeal.case_id, appeal.accused_id),
      audit: [{
        action: 'appeal.outcome',
        entity: 'case',
        entityId: appeal.case_id,
        before: { appeal_id: appeal.id, effective_date: d.effective_date, end_date: d.end_date },
        after: { appeal_id: appeal.id, ...outcome, effective_date: dates.effectiveDate, end_date: dates.endDate },
      }, ...moved],
    };
  });
}

/** How the case history names an outcome (stored text, read by clerks). */
const OUTCOME_WORDS: Record<AppealOutcome, string> = { upheld: 'dikuatkan', lightened: 'diperingan', heavier: 'diperberat', annulled: 'dibatalkan' };

/**
 * Once the last open appeal of a case in "Upaya administratif" is answered, the stage ends
 * (PP 79/2021 makes the answer final within the administration): a sanction still standing
 * takes the case back to "SK disampaikan", while SKs that were all annulled leave nothing to
 * run and the case is finished. A case moved on by hand (closed) keeps its status.
 */
function endAppealStage(db: Db, ctx: AppContext, caseId: number, o: { kind: string; outcome: AppealOutcome; number: string; date: string }): Omit<AuditEntry, 'actor'>[] {
  const core = requireCase(db, caseId);
  if (core.state !== 'appeal') return [];
  const facts = caseFacts(db, core);
  const action = facts.skInForce > 0 ? 'appeal_decided' : 'appeal_annulled';
  // The outcome's own roles were checked at its channel: recording it is what ends the stage.
  const step = checkTransition(core.state, action, facts, undefined);
  if (!step.ok) return [];
  const said = `${o.kind === 'banding' ? 'Banding administratif' : 'Keberatan'} diputus: ${OUTCOME_WORDS[o.outcome]} (Nomor ${o.number} tanggal ${formatDate(o.date)})`;
  const reason = action === 'appeal_annulled' ? `${said}; tidak ada hukuman yang berlaku` : said;
  return [moveCase(db, ctx, core, action, step.to, reason)];
}
