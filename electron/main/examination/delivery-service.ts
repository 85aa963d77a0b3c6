/**
 * The SK's delivery: the day it reached the employee, how, who received it, or that it
 * was refused and why. Only the delivery fixes when the sanction runs: it takes effect on
 * the office's skEffective day after receipt ("mulai berlaku pada hari ke-15 terhitung
 * sejak tanggal diterima") and ends after its duration; the appeal window opens the same day.
 *
 * A refusal to receive counts as delivery on the day it was refused: the SK is deemed
 * received then, and every period runs from that day. The regulation's own wording on
 * refusal is not among the transcriptions Sipena was built from, so this is the office
 * setting `refusalCountsAsDelivery` (default on, "perlu diverifikasi"); switched off, a
 * refusal is not recorded as delivery and the SK must reach the employee another way.
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { decisionDates } from '../../../shared/examination/decision-rules.ts';
import type { deliverySaveSchema } from '../../../shared/examination/schemas.ts';
import type { Decision } from '../../../shared/examination/types.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { selectAppeals, selectDecisionSk, selectDeliveries, setDecisionDates, upsertDelivery } from './decision-queries.ts';
import { appealWindowDue, effectiveDateOf, sanctionEndDue } from './calendar-port.ts';
import { onSanctionDates, onSkDelivered } from './deadline-hooks.ts';
import { selectDecisions } from './decision-service.ts';
import { validIssued } from '../letters/issued-queries.ts';
import { loadProcedureSettings } from '../deadlines/procedure-settings.ts';

/** Records (or corrects, while no berita acara prints it) the delivery of one accused's SK. */
export function recordDelivery(ctx: AppContext, input: z.output<typeof deliverySaveSchema>): Decision {
  const core = requireCase(ctx.db, input.caseId);
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  const d = selectDecisionSk(ctx.db, core.id, accused.id);
  if (!d || d.sk_letter_id === null || !d.sk_date) throw new AppError('CONFLICT', 'delivery.skNotIssued', { name: accused.name });
  const today = localIsoDate(ctx.now());
  if (input.deliveredOn < d.sk_date) throw new AppError('INVALID_INPUT', 'delivery.beforeSk', { skDate: d.sk_date }, { deliveredOn: 'delivery.beforeSk' });
  if (input.deliveredOn > today) throw new AppError('INVALID_INPUT', 'delivery.inFuture', { today }, { deliveredOn: 'delivery.inFuture' });
  if (input.refused && !loadProcedureSettings(ctx.db).refusalCountsAsDelivery) {
    throw new AppError('INVALID_INPUT', 'delivery.refusalNotDelivery', {}, { refused: 'delivery.refusalNotDelivery' });
  }
  const printed = validIssued(ctx.db, core.id, 'delivery', `accused:${accused.id}`);
  if (printed) throw new AppError('CONFLICT', 'delivery.letterIssued', { number: printed.number });
  if (selectAppeals(ctx.db, core.id).some((a) => a.accused_id === accused.id)) throw new AppError('CONFLICT', 'delivery.appealRecorded');
  const dates = decisionDates({ receivedOn: input.deliveredOn, durationMonths: d.duration_months }, effectiveDateOf(ctx));
  const appealDue = appealWindowDue(ctx, input.deliveredOn);
  const endNoticeDue = dates.endDate ? sanctionEndDue(ctx, dates.endDate) : null;
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const before = selectDeliveries(db, core.id).find((r) => r.accused_id === accused.id);
    const row = {
      case_id: core.id,
      accused_id: accused.id,
      sk_letter_id: d.sk_letter_id!,
      delivered_on: input.deliveredOn,
      method: input.method,
      received_by: input.refused ? null : input.receivedBy || null,
      refused: input.refused ? 1 : 0,
      refusal_reason: input.refused ? input.refusalReason || null : null,
      delivered_by_name: input.deliveredByName,
      delivered_by_nip: input.deliveredByNip || null,
      delivered_by_jabatan: input.deliveredByJabatan,
      recorded_at: before?.recorded_at ?? now,
      recorded_by: ctx.actor(),
    };
    upsertDelivery(db, row, now);
    setDecisionDates(db, core.id, accused.id, { deliveredOn: input.deliveredOn, effectiveDate: dates.effectiveDate, endDate: dates.endDate }, now);
    onSkDelivered(db, ctx.now(), { caseId: core.id, accusedId: accused.id, deliveredOn: input.deliveredOn, appealDue });
    onSanctionDates(db, ctx.now(), { caseId: core.id, accusedId: accused.id, endDate: dates.endDate, due: endNoticeDue });
    const value = selectDecisions(db, core.id, ctx.language()).find((x) => x.accusedId === accused.id)!;
    const after = { ...row, effective_date: dates.effectiveDate, end_date: dates.endDate };
    return {
      value,
      audit: before
        ? { action: 'delivery.update', entity: 'case', entityId: core.id, before: { ...before, effective_date: d.effective_date, end_date: d.end_date }, after }
        : { action: 'delivery.record', entity: 'case', entityId: core.id, after },
    };
  });
}
