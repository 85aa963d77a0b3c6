/**
 * The office applies a laptop's check-in as one audited change. Refused, with nothing
 * written, when the file is not whole or not signed by the loan's key, names no loan of this
 * office, belongs to a loan already returned or cancelled, or when the case's revision is no
 * longer the one it had when lent (it changed at the office despite the mark: only a hand
 * repair of the database can do that, and merging onto it could silently undo it).
 * Otherwise, in one transaction: the loan is marked returned (which lifts the mark), the
 * hearings and BAPs are inserted or updated under office ids (checkout_row_map records which
 * laptop row became which), their deadlines follow as if recorded here, and one audit row.
 * A returned hearing that overlaps another of the office's (the laptop could not see the
 * office's calendar) is reported with the answer, not refused: it may have taken place.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import { selectCaseIdentities } from '../cases/case-queries.ts';
import { requireAccused } from '../examination/exam-queries.ts';
import { summons2Due } from '../examination/calendar-port.ts';
import { onAbsent, onNotAbsent, onSummons2Scheduled } from '../examination/deadline-hooks.ts';
import { findReference, insertCopiedRow } from './case-copy-queries.ts';
import { alignAppealAnswerDates } from '../deadlines/recount.ts';
import { insertRowMap, markReturned, selectCheckout, selectCheckoutByUuid, selectCheckoutKeys } from './checkout-queries.ts';
import { CheckoutFileRefused, fileRefusedError, openSignedFile } from './checkout-container.ts';
import { findConflicts } from '../hearings/session-queries.ts';
import { replaceBapChildren, replaceSessionExaminers, selectExamRow, updateExamRow } from './exam-work-queries.ts';
import { RETURN_JSON, returnJsonSchema } from '../../../shared/checkout/file-format.ts';
import type { ReturnJson, ReturnSession, Row } from '../../../shared/checkout/file-format.ts';
import type { AppliedReturn, CaseCheckout } from '../../../shared/checkout/types.ts';
import type { ScheduleConflict } from '../../../shared/examination/types.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';

const badFile = (detail: string) => new AppError('INVALID_INPUT', 'checkout.fileBAD_FORMAT', { kind: '.sipena-return', detail });
const day = (iso: string) => formatDate(localIsoDate(new Date(iso)));

/** Verifies a return file against the loan it names; the loan is this office's 'lent' row. */
function openReturn(db: Db, bytes: Uint8Array): { json: ReturnJson; loan: CaseCheckout; sha256: string } {
  let loan: CaseCheckout | undefined;
  try {
    const opened = openSignedFile(bytes, RETURN_JSON, /^$/, (main) => {
      const uuid = (main as { checkoutUuid?: unknown } | null)?.checkoutUuid;
      loan = typeof uuid === 'string' ? selectCheckoutByUuid(db, uuid, 'lent') : undefined;
      if (!loan) throw new AppError('CONFLICT', 'checkout.applyUnknown');
      return selectCheckoutKeys(db, loan.id)?.publicKeyPem;
    });
    const parsed = returnJsonSchema.safeParse(opened.main);
    if (!parsed.success) throw new CheckoutFileRefused('BAD_FORMAT', `${RETURN_JSON}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const l = loan!;
    if (parsed.data.caseUuid !== l.caseUuid || parsed.data.revision !== l.revision || parsed.data.keyFingerprint !== l.keyFingerprint) {
      throw new CheckoutFileRefused('BAD_FORMAT', 'the file names another case, revision or key than its loan');
    }
    return { json: parsed.data, loan: l, sha256: opened.sha256 };
  } catch (e) {
    if (e instanceof CheckoutFileRefused) throw fileRefusedError(e, 'return');
    throw e;
  }
}

/** Why an open, verified check-in cannot be applied now; undefined when it can. */
function refusal(db: Db, loan: CaseCheckout): AppError | undefined {
  if (loan.returnedAt) return new AppError('CONFLICT', 'checkout.applyAlready', { registerNo: loan.registerNo, date: day(loan.returnedAt), by: loan.returnedBy ?? '' });
  if (loan.cancelledAt) return new AppError('CONFLICT', 'checkout.applyCancelled', { registerNo: loan.registerNo, date: day(loan.cancelledAt), reason: loan.cancelReason ?? '' });
  const now = selectCaseIdentities(db, [loan.caseId]).get(loan.caseId)?.revision;
  if (now !== loan.revision) return new AppError('CONFLICT', 'checkout.applyChanged', { registerNo: loan.registerNo, lent: loan.revision, now: now ?? 0 });
  return undefined;
}

/** The office's staff id of every examiner the file names, by NIP; one the office lacks (added on the laptop) is added. */
function staffIds(db: Db, json: ReturnJson): Map<string, number> {
  const ids = new Map<string, number>();
  for (const row of json.staff) ids.set(String(row.nip), findReference(db, 'staff', row) ?? insertCopiedRow(db, 'staff', row));
  const named = new Set([...json.sessions.flatMap((s) => s.examiners.map((e) => e.nip)), ...json.baps.flatMap((b) => b.examinerNips)]);
  for (const nip of named) {
    if (!ids.has(nip)) throw badFile(`examiner ${nip} is not in the file`);
  }
  return ids;
}

/** The office's room of that name (added when the laptop named one the office lacks). */
function roomId(db: Db, name: string | null): number | null {
  if (name === null) return null;
  return findReference(db, 'rooms', { name }) ?? insertCopiedRow(db, 'rooms', { name, active: 1 });
}

/** Writes one hearing; returns its office id and whether it was new. Deadlines follow its attendance as recordAttendance's would. */
function applySession(ctx: AppContext, db: Db, loan: CaseCheckout, s: ReturnSession, staff: Map<string, number>): { id: number; added: boolean; conflicts: ScheduleConflict[] } {
  // The accused is the case's own, under the NIP the office holds (the hearing index finds a person by it).
  const accused = requireAccused(db, loan.caseId, s.row.accused_id as number);
  const row: Row = { ...s.row, case_id: loan.caseId, accused_nip: accused.nip, room_id: roomId(db, s.roomName) };
  const before = s.officeId === null ? undefined : selectExamRow(db, 'exam_sessions', s.officeId, loan.caseId);
  if (s.officeId !== null && !before) throw badFile(`hearing ${s.officeId} is not a hearing of ${loan.registerNo}`);
  const id = before ? (updateExamRow(db, 'exam_sessions', s.officeId!, row), s.officeId!) : insertCopiedRow(db, 'exam_sessions', row);
  replaceSessionExaminers(db, id, s.examiners.map((e) => ({ staffId: staff.get(e.nip)!, startAt: e.startAt, endAt: e.endAt })));
  if (!before && row.summons_no === 2) onSummons2Scheduled(db, ctx.now(), loan.caseId);
  if ((before?.attendance ?? null) !== (row.attendance ?? null)) {
    const date = String(row.start_at).slice(0, 10);
    if (row.attendance === 'absent' && row.summons_no === 1) onAbsent(db, ctx.now(), { caseId: loan.caseId, sessionId: id, missedDate: date, due: summons2Due(ctx, date) });
    else onNotAbsent(db, ctx.now(), { caseId: loan.caseId, sessionId: id });
  }
  insertRowMap(db, loan.id, 'exam_sessions', s.laptopId, id);
  const conflicts =
    row.attendance === 'postponed'
      ? []
      : findConflicts(db, { startAt: String(row.start_at), endAt: String(row.end_at), selfId: id, roomId: row.room_id as number | null, accusedNip: accused.nip, examinerIds: s.examiners.map((e) => staff.get(e.nip)!) });
  return { id, added: !before, conflicts };
}

/** Applies a check-in file at the office; audited as checkout.return. */
export function applyReturn(ctx: AppContext, bytes: Uint8Array): AppliedReturn {
  const { json, loan, sha256 } = openReturn(ctx.db, bytes);
  const early = refusal(ctx.db, loan);
  if (early) throw early;
  return mutate(ctx, (db) => {
    const current = selectCheckout(db, loan.id) as CaseCheckout;
    const late = refusal(db, current);
    if (late) throw late;
    const at = ctx.now().toISOString();
    markReturned(db, loan.id, at, ctx.actor(), sha256);
    const staff = staffIds(db, json);
    const sessions = new Map<number, number>();
    let sessionsAdded = 0;
    const conflicts: AppliedReturn['conflicts'] = [];
    for (const s of json.sessions) {
      const r = applySession(ctx, db, loan, s, staff);
      sessions.set(s.laptopId, r.id);
      if (r.added) sessionsAdded++;
      for (const conflict of r.conflicts) conflicts.push({ sessionId: r.id, conflict });
    }
    const baps = new Map<number, number>();
    let bapsAdded = 0;
    for (const b of json.baps) {
      requireAccused(db, loan.caseId, b.row.accused_id as number);
      const sessionId = b.sessionOfficeId ?? sessions.get(b.sessionLaptopId);
      if (sessionId === undefined || !selectExamRow(db, 'exam_sessions', sessionId, loan.caseId)) throw badFile(`the hearing of BAP ${b.laptopId} is not in the file`);
      const row: Row = { ...b.row, case_id: loan.caseId, session_id: sessionId };
      const before = b.officeId === null ? undefined : selectExamRow(db, 'baps', b.officeId, loan.caseId);
      if (b.officeId !== null && !before) throw badFile(`BAP ${b.officeId} is not a BAP of ${loan.registerNo}`);
      const id = before ? (updateExamRow(db, 'baps', b.officeId!, row), b.officeId!) : insertCopiedRow(db, 'baps', row);
      if (!before) bapsAdded++;
      replaceBapChildren(db, id, b.qa, b.examinerNips.map((n) => staff.get(n)!));
      insertRowMap(db, loan.id, 'baps', b.laptopId, id);
      baps.set(b.laptopId, id);
    }
    // A holiday list saved while the case was out moved its appeals' deadlines but not the lent record's answer dates.
    const appealAnswerDates = alignAppealAnswerDates(db, loan.caseId);
    const checkout = selectCheckout(db, loan.id) as CaseCheckout;
    const value: AppliedReturn = { checkout, sessionsAdded, sessionsUpdated: json.sessions.length - sessionsAdded, bapsAdded, bapsUpdated: json.baps.length - bapsAdded, conflicts };
    const audit = {
      action: 'checkout.return',
      entity: 'case',
      entityId: loan.caseId,
      before: { checkoutUuid: loan.checkoutUuid, revision: loan.revision, borrower: loan.borrower, laptopLabel: loan.laptopLabel },
      after: {
        returnSha256: sha256,
        packedAt: json.packedAt,
        packedBy: json.packedBy,
        sessions: json.sessions.map((s) => ({ laptopId: s.laptopId, officeId: sessions.get(s.laptopId) })),
        baps: json.baps.map((b) => ({ laptopId: b.laptopId, officeId: baps.get(b.laptopId) })),
        counts: { sessionsAdded, sessionsUpdated: value.sessionsUpdated, bapsAdded, bapsUpdated: value.bapsUpdated },
        conflicts: conflicts.map((c) => ({ sessionId: c.sessionId, kind: c.conflict.kind, with: c.conflict.sessionId })),
        ...(appealAnswerDates.length > 0 ? { appealAnswerDates } : {}),
      },
    };
    return { value, audit };
  });
}
