import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { firstHeldSessionAfter, selectSession } from '../hearings/session-queries.ts';
import { staffExists } from '../hearings/staff-queries.ts';
import { bapIdOfSession, insertBap, selectBaps, selectLhps, updateBap, upsertLhp } from './record-queries.ts';
import type { LhpColumns } from './record-queries.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import type { Bap, Lhp } from '../../../shared/examination/types.ts';
import type { bapSaveSchema, lhpSaveSchema } from '../../../shared/examination/schemas.ts';
import { inExamination } from '../../../shared/workflow/states.ts';
import { hasStarted, startLabel } from '../../../shared/examination/held.ts';
import { localIsoMinute } from '../../../shared/calendar/iso-day.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';

/**
 * Records (or rewrites) the BAP of an attended session: questions are numbered 1..n in
 * the order given; a refusal to sign is kept with its note and does not void the BAP.
 */
export function saveBap(ctx: AppContext, input: z.output<typeof bapSaveSchema>): Bap {
  const session = selectSession(ctx.db, input.sessionId);
  if (!session) throw notFound('schedule.sessionNotFound');
  const core = requireCase(ctx.db, session.caseId);
  if (!inExamination(core.state)) throw new AppError('CONFLICT', 'bap.wrongState');
  if (session.attendance !== 'present') throw new AppError('CONFLICT', 'bap.notAttended');
  if (!hasStarted(session.startAt, localIsoMinute(ctx.now()))) throw new AppError('CONFLICT', 'bap.notYet', { when: startLabel(session.startAt) });
  if (!input.examineePresent) throw new AppError('INVALID_INPUT', 'bap.examineeMustAttend', {}, { examineePresent: 'bap.examineeMustAttend' });
  if (input.examinerIds.some((id) => !staffExists(ctx.db, id))) throw notFound('staff.notFound');
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const existingId = bapIdOfSession(db, session.id);
    const updating = existingId !== undefined;
    const write = {
      examineePresent: true,
      place: input.place || null,
      refusedToSign: input.refusedToSign,
      refusalNote: input.refusedToSign ? input.refusalNote || null : null,
      qa: input.qa,
      examinerIds: input.examinerIds,
    };
    const before: Bap | undefined = existingId === undefined ? undefined : selectBaps(db, core.id).find((b) => b.id === existingId);
    checkVersion(ctx, 'bap', before, input.expectedVersion, () =>
      differingFields(
        { examinerIds: before?.examinerIds, place: before?.place, refusedToSign: before?.refusedToSign, refusalNote: before?.refusalNote, qa: before?.qa.map(({ question, answer }) => ({ question, answer })) },
        { examinerIds: [...new Set(input.examinerIds)].sort((a, b) => a - b), place: input.place, refusedToSign: input.refusedToSign, refusalNote: input.refusedToSign ? input.refusalNote : null, qa: input.qa },
      ),
    );
    let id: number;
    if (updating) {
      id = existingId;
      updateBap(db, id, write, now, ctx.actor());
    } else {
      id = insertBap(db, { sessionId: session.id, caseId: core.id, accusedId: session.accusedId }, write, now, ctx.actor());
    }
    const saved = selectBaps(db, core.id).find((b) => b.id === id)!;
    return { value: saved, audit: { action: updating ? 'bap.update' : 'bap.create', entity: 'case', entityId: core.id, before, after: saved } };
  });
}

/** Records (or rewrites) the LHP findings of one accused while the case is at the report stage. */
export function saveLhp(ctx: AppContext, input: z.output<typeof lhpSaveSchema>): Lhp {
  const core = requireCase(ctx.db, input.caseId);
  if (core.state !== 'report') throw new AppError('CONFLICT', 'lhp.wrongState');
  requireAccused(ctx.db, core.id, input.accusedId);
  // The report follows the examinations it reports on: none of them may still lie ahead.
  const ahead = firstHeldSessionAfter(ctx.db, core.id, input.accusedId, localIsoMinute(ctx.now()));
  if (ahead !== null) throw new AppError('CONFLICT', 'lhp.notYet', { when: startLabel(ahead) });
  const known = allSanctionCatalogues().some((c) => c.sanctions.some((s) => s.code === input.recommendedSanctionCode));
  if (!known) throw new AppError('INVALID_INPUT', 'decision.unknownSanction', { code: input.recommendedSanctionCode, regulation: '' }, { recommendedSanctionCode: 'lhp.unknownSanction' });
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const before = selectLhps(db, core.id).find((l) => l.accusedId === input.accusedId);
    checkVersion(ctx, 'lhp', before, input.expectedVersion, () => {
      const { caseId: _c, accusedId: _a, expectedVersion: _v, ...submitted } = input;
      return before ? differingFields({ ...before }, submitted) : {};
    });
    const row: LhpColumns = {
      case_id: core.id,
      accused_id: input.accusedId,
      violation_form: input.violationForm,
      violation_time: input.violationTime,
      violation_place: input.violationPlace,
      aggravating: input.aggravating || null,
      mitigating: input.mitigating || null,
      impact: input.impact,
      recommended_sanction_code: input.recommendedSanctionCode,
      authorised_official: input.authorisedOfficial,
    };
    upsertLhp(db, row, now, ctx.actor());
    const saved = selectLhps(db, core.id).find((l) => l.accusedId === input.accusedId)!;
    return { value: saved, audit: { action: before ? 'lhp.update' : 'lhp.create', entity: 'case', entityId: core.id, before, after: row } };
  });
}
