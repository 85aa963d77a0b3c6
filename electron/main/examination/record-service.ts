import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { selectSession } from '../hearings/session-queries.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import type { Bap, Lhp } from '../../../shared/examination/types.ts';
import type { bapSaveSchema, lhpSaveSchema } from '../../../shared/examination/schemas.ts';
import { inExamination } from '../../../shared/workflow/states.ts';
import { hasStarted, startLabel } from '../../../shared/examination/held.ts';
import { localIsoMinute } from '../../../shared/calendar/iso-day.ts';
import { checkVersion, differingFields } from '../records/record-version.ts';

interface BapRow {
  id: number;
  case_id: number;
  session_id: number;
  accused_id: number;
  examinee_present: number;
  place: string | null;
  refused_to_sign: number;
  refusal_note: string | null;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

/** The BAPs of a case with their numbered questions and answers. */
export function selectBaps(db: Db, caseId: number): Bap[] {
  const rows = db.prepare('SELECT * FROM baps WHERE case_id = ? ORDER BY id').all(caseId) as BapRow[];
  const qa = db.prepare('SELECT no, question, answer FROM bap_qa WHERE bap_id = ? ORDER BY no');
  const ex = db.prepare('SELECT staff_id AS id FROM bap_examiners WHERE bap_id = ? ORDER BY staff_id');
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    sessionId: r.session_id,
    accusedId: r.accused_id,
    examinerIds: (ex.all(r.id) as { id: number }[]).map((x) => x.id),
    examineePresent: r.examinee_present === 1,
    place: r.place,
    refusedToSign: r.refused_to_sign === 1,
    refusalNote: r.refusal_note,
    qa: qa.all(r.id) as Bap['qa'],
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    version: r.version,
  }));
}

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
  const known = ctx.db.prepare('SELECT 1 FROM staff WHERE id = ?');
  if (input.examinerIds.some((id) => !known.get(id))) throw notFound('staff.notFound');
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const existing = db.prepare('SELECT id FROM baps WHERE session_id = ?').get(session.id) as { id: number } | undefined;
    const row = {
      examinee_present: 1,
      place: input.place || null,
      refused_to_sign: input.refusedToSign ? 1 : 0,
      refusal_note: input.refusedToSign ? input.refusalNote || null : null,
    };
    let id: number;
    const before: Bap | undefined = existing && selectBaps(db, core.id).find((b) => b.id === existing.id);
    checkVersion(ctx, 'bap', before, input.expectedVersion, () =>
      differingFields(
        { examinerIds: before?.examinerIds, place: before?.place, refusedToSign: before?.refusedToSign, refusalNote: before?.refusalNote, qa: before?.qa.map(({ question, answer }) => ({ question, answer })) },
        { examinerIds: [...new Set(input.examinerIds)].sort((a, b) => a - b), place: input.place, refusedToSign: input.refusedToSign, refusalNote: input.refusedToSign ? input.refusalNote : null, qa: input.qa },
      ),
    );
    if (existing) {
      id = existing.id;
      db.prepare(
        'UPDATE baps SET examinee_present=@examinee_present, place=@place, refused_to_sign=@refused_to_sign, refusal_note=@refusal_note, updated_at=@now, updated_by=@by WHERE id=@id',
      ).run({ ...row, now, id, by: ctx.actor() });
      db.prepare('DELETE FROM bap_qa WHERE bap_id = ?').run(id);
      db.prepare('DELETE FROM bap_examiners WHERE bap_id = ?').run(id);
    } else {
      id = Number(
        db
          .prepare(
            `INSERT INTO baps (session_id, case_id, accused_id, examinee_present, place, refused_to_sign, refusal_note, created_at, updated_at, updated_by)
             VALUES (@session_id, @case_id, @accused_id, @examinee_present, @place, @refused_to_sign, @refusal_note, @now, @now, @by)`,
          )
          .run({ ...row, session_id: session.id, case_id: core.id, accused_id: session.accusedId, now, by: ctx.actor() }).lastInsertRowid,
      );
    }
    const insQa = db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
    input.qa.forEach((p, i) => insQa.run(id, i + 1, p.question, p.answer));
    const insEx = db.prepare('INSERT INTO bap_examiners (bap_id, staff_id) VALUES (?, ?)');
    for (const s of new Set(input.examinerIds)) insEx.run(id, s);
    const saved = selectBaps(db, core.id).find((b) => b.id === id)!;
    return { value: saved, audit: { action: existing ? 'bap.update' : 'bap.create', entity: 'case', entityId: core.id, before, after: saved } };
  });
}

/** The LHPs of a case. */
export function selectLhps(db: Db, caseId: number): Lhp[] {
  return db
    .prepare(
      `SELECT case_id AS caseId, accused_id AS accusedId, violation_form AS violationForm, violation_time AS violationTime,
              violation_place AS violationPlace, aggravating, mitigating, impact, recommended_sanction_code AS recommendedSanctionCode,
              authorised_official AS authorisedOfficial, updated_at AS updatedAt, updated_by AS updatedBy, version
       FROM lhps WHERE case_id = ? ORDER BY accused_id`,
    )
    .all(caseId) as Lhp[];
}

/** Records (or rewrites) the LHP findings of one accused while the case is at the report stage. */
export function saveLhp(ctx: AppContext, input: z.output<typeof lhpSaveSchema>): Lhp {
  const core = requireCase(ctx.db, input.caseId);
  if (core.state !== 'report') throw new AppError('CONFLICT', 'lhp.wrongState');
  requireAccused(ctx.db, core.id, input.accusedId);
  // The report follows the examinations it reports on: none of them may still lie ahead.
  const ahead = ctx.db
    .prepare("SELECT min(start_at) AS at FROM exam_sessions WHERE case_id = ? AND accused_id = ? AND attendance IN ('present', 'absent') AND start_at > ?")
    .get(core.id, input.accusedId, localIsoMinute(ctx.now())) as { at: string | null };
  if (ahead.at !== null) throw new AppError('CONFLICT', 'lhp.notYet', { when: startLabel(ahead.at) });
  const known = allSanctionCatalogues().some((c) => c.sanctions.some((s) => s.code === input.recommendedSanctionCode));
  if (!known) throw new AppError('INVALID_INPUT', 'decision.unknownSanction', { code: input.recommendedSanctionCode, regulation: '' }, { recommendedSanctionCode: 'lhp.unknownSanction' });
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const before = selectLhps(db, core.id).find((l) => l.accusedId === input.accusedId);
    checkVersion(ctx, 'lhp', before, input.expectedVersion, () => {
      const { caseId: _c, accusedId: _a, expectedVersion: _v, ...submitted } = input;
      return before ? differingFields({ ...before }, submitted) : {};
    });
    const row = {
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
    db.prepare(
      `INSERT INTO lhps (case_id, accused_id, violation_form, violation_time, violation_place, aggravating, mitigating, impact,
                         recommended_sanction_code, authorised_official, created_at, updated_at, updated_by)
       VALUES (@case_id, @accused_id, @violation_form, @violation_time, @violation_place, @aggravating, @mitigating, @impact,
               @recommended_sanction_code, @authorised_official, @now, @now, @by)
       ON CONFLICT (case_id, accused_id) DO UPDATE SET violation_form=excluded.violation_form, violation_time=excluded.violation_time,
         violation_place=excluded.violation_place, aggravating=excluded.aggravating, mitigating=excluded.mitigating, impact=excluded.impact,
         recommended_sanction_code=excluded.recommended_sanction_code, authorised_official=excluded.authorised_official, updated_at=excluded.updated_at,
         updated_by=excluded.updated_by`,
    ).run({ ...row, now, by: ctx.actor() });
    const saved = selectLhps(db, core.id).find((l) => l.accusedId === input.accusedId)!;
    return { value: saved, audit: { action: before ? 'lhp.update' : 'lhp.create', entity: 'case', entityId: core.id, before, after: row } };
  });
}
