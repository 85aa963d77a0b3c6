import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { requireAccused, requireCase, requiredSanctions, violationLevels } from './exam-queries.ts';
import { issuedDecisionLetter } from '../letters/issued-queries.ts';
import { selectAppeals, selectDecisionRows, selectDeliveries, selectStoredDecision, upsertDecision } from './decision-queries.ts';
import { lastSameNature } from '../../../shared/examination/repeat-rules.ts';
import { accusedPriorDecisions, refuseUnlessHeavier } from './repeat-service.ts';
import type { AppealRow, DecisionColumns, DeliveryRow } from './decision-queries.ts';
import { allSanctionCatalogues, findSanction } from './sanction-catalogues.ts';
import { onDecision } from './deadline-hooks.ts';
import { checkDecision } from '../../../shared/examination/decision-rules.ts';
import { NON_ASN_CATALOGUE_ID } from '../../../shared/examination/sanctions.ts';
import type { Appeal, AppealKind, AppealOutcome, Decision, DeliveryMethod, SkDelivery } from '../../../shared/examination/types.ts';
import type { decisionSaveSchema } from '../../../shared/examination/schemas.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { decideSigner, moralSigner } from './pybm-service.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';
import { loadCalendar } from '../calendar/calendar-service.ts';
import { isProvisionalDue } from '../../../shared/deadlines/compute.ts';
import { answerRule } from '../../../shared/examination/appeal-body.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';

function sanctionTitle(catalogueId: string, code: string, lang: 'id' | 'en'): string {
  return findSanction(catalogueId, code)?.title[lang] ?? code;
}

/**
 * The decisions of a case, titles in the user's language, each with its SK delivery and
 * appeals; `deliveryDue` gives the last day to deliver an issued SK (omitted: null).
 */
export function selectDecisions(db: Db, caseId: number, lang: 'id' | 'en', deliveryDue: (skDate: string) => string | null = () => null): Decision[] {
  const deliveries = new Map(selectDeliveries(db, caseId).map((d) => [d.accused_id, d]));
  const appeals = selectAppeals(db, caseId);
  // Read once, and only for a case with appeals (to mark an answer date counted through a provisional year).
  let cal: HolidayCalendar | undefined;
  const calendar = () => (cal ??= loadCalendar(db));
  return selectDecisionRows(db, caseId).map((r) => {
    const d = deliveries.get(r.accused_id);
    return {
      caseId: r.case_id,
      accusedId: r.accused_id,
      catalogueId: r.catalogue_id,
      sanctionCode: r.sanction_code,
      sanctionTitle: r.catalogue_id === NON_ASN_CATALOGUE_ID ? (r.outcome_text ?? '') : sanctionTitle(r.catalogue_id, r.sanction_code, lang),
      level: r.level,
      durationMonths: r.duration_months,
      outcomeText: r.outcome_text,
      skNumber: r.sk_number,
      skDate: r.sk_date,
      skLetterId: r.sk_letter_id,
      delivery: d ? deliveryOf(d) : null,
      deliveredOn: r.delivered_on,
      effectiveDate: r.effective_date,
      endDate: r.end_date,
      deliveryDue: r.sk_letter_id !== null && r.sk_date && !d ? deliveryDue(r.sk_date) : null,
      appeals: appeals.filter((a) => a.accused_id === r.accused_id).map((a) => appealOf(a, calendar())),
      appealRoute: null,
      repeatOffender: r.repeat_offender === 1,
      withoutExamination: r.without_examination === 1,
      pybmOfficial: r.pybm_official ?? null,
      pybmRule: r.pybm_rule ?? null,
      signatory: r.signatory ? (JSON.parse(r.signatory) as Signatory) : null,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      version: r.version,
    };
  });
}

function deliveryOf(d: DeliveryRow): SkDelivery {
  return {
    skLetterId: d.sk_letter_id,
    deliveredOn: d.delivered_on,
    method: d.method as DeliveryMethod,
    receivedBy: d.received_by,
    refused: d.refused === 1,
    refusalReason: d.refusal_reason,
    deliveredBy: d.delivered_by_name ? { name: d.delivered_by_name, nip: d.delivered_by_nip ?? '', jabatan: d.delivered_by_jabatan ?? '' } : null,
    recordedBy: d.recorded_by,
    recordedAt: d.recorded_at,
  };
}

function appealOf(a: AppealRow, cal: HolidayCalendar): Appeal {
  return {
    id: a.id,
    caseId: a.case_id,
    accusedId: a.accused_id,
    kind: a.kind as AppealKind,
    filedOn: a.filed_on,
    addressedTo: a.addressed_to,
    answerDue: a.answer_due,
    answerDueProvisional: isProvisionalDue(answerRule(a.kind as AppealKind), a.filed_on, a.answer_due, cal),
    outcome: a.outcome as AppealOutcome | null,
    outcomeNumber: a.outcome_number,
    outcomeDate: a.outcome_date,
    sanctionCode: a.sanction_code,
    durationMonths: a.duration_months,
    note: a.note,
    recordedBy: a.recorded_by,
    updatedAt: a.updated_at,
  };
}

/**
 * Records the decision for one accused: the sanction must satisfy the catalogue rules
 * (shared/examination/decision-rules.ts). The SK's number and date are not part of it:
 * issuing the SK writes them, and the sanction's dates are computed when its delivery is
 * recorded. An existing decision is overwritten only while no valid SK or moral-sanction
 * letter carries it (void the letter first), and its old values go into the audit row.
 */
export function saveDecision(ctx: AppContext, input: z.output<typeof decisionSaveSchema>): Decision {
  const core = requireCase(ctx.db, input.caseId);
  if (core.state !== 'decision' && core.state !== 'decided_without_examination') throw new AppError('CONFLICT', 'decision.wrongState');
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  // Repeat of the same nature: the last such decision is what the sanction must exceed.
  const last = lastSameNature(accusedPriorDecisions(ctx, core, accused.nip));
  const repeatOffender = last !== null;
  const result = checkDecision(
    allSanctionCatalogues(),
    { catalogueId: input.catalogueId, sanctionCode: input.sanctionCode, durationMonths: input.durationMonths, outcomeText: input.outcomeText },
    { employmentType: accused.employmentType, incidentDate: core.incidentDate, violationLevels: violationLevels(ctx.db, core.id, core.catalogueVersion), repeatOffender, requiredSanctions: requiredSanctions(ctx.db, core.id, core.catalogueVersion) },
  );
  if (!result.ok) {
    const p = result.problems[0]!;
    throw new AppError('INVALID_INPUT', p.key, p.params, { [p.field]: p.key });
  }
  const level = result.sanction?.level ?? null;
  if (result.sanction && result.catalogue) {
    refuseUnlessHeavier(ctx, last, { catalogueId: result.catalogue.id, level, severity: result.sanction.severity, durationMonths: input.durationMonths });
  }
  const choice = { pybmOfficial: input.pybmOfficial, vacant: input.vacant, signatory: input.signatory };
  // Non-ASN outcomes fall under the contract, not PP 94: nobody is resolved from the table.
  const decider = result.sanction === null ? null : level === null ? moralSigner(ctx, choice) : decideSigner(ctx, core.id, accused, level, input.sanctionCode, choice);
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const row: DecisionColumns = {
      case_id: core.id,
      accused_id: accused.id,
      accused_nip: accused.nip,
      catalogue_id: input.catalogueId,
      catalogue_version: result.catalogue?.version ?? NON_ASN_CATALOGUE_ID,
      sanction_code: input.sanctionCode,
      level: result.sanction?.level ?? null,
      duration_months: input.durationMonths,
      outcome_text: input.outcomeText || null,
      // Typed values of an older build are dropped with the decision they belonged to: only issuing numbers an SK.
      sk_number: null,
      sk_date: null,
      sk_letter_id: null,
      delivered_on: null,
      effective_date: null,
      end_date: null,
      repeat_offender: repeatOffender ? 1 : 0,
      without_examination: core.state === 'decided_without_examination' ? 1 : 0,
      pybm_official: decider?.official ?? null,
      pybm_rule: decider?.rule ?? null,
      signatory: decider ? JSON.stringify(decider.signatory) : null,
    };
    // Read inside the transaction: the audit row keeps what an overwrite replaces.
    const stored = selectStoredDecision(db, core.id, accused.id);
    const previous = stored && Object.fromEntries(Object.keys(row).map((k) => [k, stored[k]]));
    const storedStamp = stored && { version: stored['version'] as number, updatedAt: stored['updated_at'] as string, updatedBy: stored['updated_by'] as string | null };
    checkVersion(ctx, 'decision', storedStamp, input.expectedVersion, () =>
      differingFields(
        { catalogueId: stored?.['catalogue_id'], sanctionCode: stored?.['sanction_code'], durationMonths: stored?.['duration_months'], outcomeText: stored?.['outcome_text'] },
        { catalogueId: input.catalogueId, sanctionCode: input.sanctionCode, durationMonths: input.durationMonths, outcomeText: input.outcomeText },
      ),
    );
    if (previous) {
      const letter = issuedDecisionLetter(db, core.id, accused.id);
      if (letter) throw new AppError('CONFLICT', 'decision.letterIssued', { number: letter.number, type: letter.type });
    }
    upsertDecision(db, row, now, ctx.actor());
    onDecision(db, ctx.now(), { caseId: core.id, accusedId: accused.id });
    const saved = selectDecisions(db, core.id, ctx.language()).find((d) => d.accusedId === accused.id)!;
    const audit = previous
      ? { action: 'decision.update', entity: 'case', entityId: core.id, before: previous, after: row }
      : { action: 'decision.create', entity: 'case', entityId: core.id, after: row };
    return { value: saved, audit };
  });
}
