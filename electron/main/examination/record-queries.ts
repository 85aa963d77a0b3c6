/**
 * The examination record's door: every statement on the BAP (baps, bap_qa, bap_examiners)
 * and LHP (lhps) tables. The service and the letters both read through here.
 */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { Bap, Lhp } from '../../../shared/examination/types.ts';
import type { ExaminerInput, QaInput } from '../../../shared/letters/inputs.ts';

interface BapRow {
  id: number;
  caseId: number;
  sessionId: number;
  accusedId: number;
  examineePresent: number;
  place: string | null;
  refusedToSign: number;
  refusalNote: string | null;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
}

/** The BAPs of a case with their numbered questions and answers. */
export function selectBaps(db: Db, caseId: number): Bap[] {
  const rows = db
    .prepare(
      `SELECT id, case_id AS caseId, session_id AS sessionId, accused_id AS accusedId, examinee_present AS examineePresent, place,
              refused_to_sign AS refusedToSign, refusal_note AS refusalNote, updated_at AS updatedAt, updated_by AS updatedBy, version
       FROM baps WHERE case_id = ? ORDER BY id`,
    )
    .all(caseId) as BapRow[];
  const qa = db.prepare('SELECT no, question, answer FROM bap_qa WHERE bap_id = ? ORDER BY no');
  const ex = db.prepare('SELECT staff_id AS id FROM bap_examiners WHERE bap_id = ? ORDER BY staff_id');
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    sessionId: r.sessionId,
    accusedId: r.accusedId,
    examinerIds: (ex.all(r.id) as { id: number }[]).map((x) => x.id),
    examineePresent: r.examineePresent === 1,
    place: r.place,
    refusedToSign: r.refusedToSign === 1,
    refusalNote: r.refusalNote,
    qa: qa.all(r.id) as Bap['qa'],
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    version: r.version,
  }));
}

/** The id of the session's BAP, if one is recorded. */
export function bapIdOfSession(db: Db, sessionId: number): number | undefined {
  return (db.prepare('SELECT id FROM baps WHERE session_id = ?').get(sessionId) as { id: number } | undefined)?.id;
}

export interface BapWrite {
  examineePresent: boolean;
  place: string | null;
  refusedToSign: boolean;
  refusalNote: string | null;
  /** Numbered 1..n in this order. */
  qa: readonly { question: string; answer: string }[];
  examinerIds: readonly number[];
}

const bapColumns = (w: BapWrite) => ({
  examinee_present: w.examineePresent ? 1 : 0,
  place: w.place,
  refused_to_sign: w.refusedToSign ? 1 : 0,
  refusal_note: w.refusalNote,
});

function writeBapChildren(db: Db, id: number, w: BapWrite): void {
  const insQa = db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
  w.qa.forEach((p, i) => insQa.run(id, i + 1, p.question, p.answer));
  const insEx = db.prepare('INSERT INTO bap_examiners (bap_id, staff_id) VALUES (?, ?)');
  for (const s of new Set(w.examinerIds)) insEx.run(id, s);
}

/** A new BAP of a session with its questions and examiners; returns its id. */
export function insertBap(db: Db, keys: { sessionId: number; caseId: number; accusedId: number }, w: BapWrite, now: string, by: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO baps (session_id, case_id, accused_id, examinee_present, place, refused_to_sign, refusal_note, created_at, updated_at, updated_by)
         VALUES (@session_id, @case_id, @accused_id, @examinee_present, @place, @refused_to_sign, @refusal_note, @now, @now, @by)`,
      )
      .run({ ...bapColumns(w), session_id: keys.sessionId, case_id: keys.caseId, accused_id: keys.accusedId, now, by }).lastInsertRowid,
  );
  writeBapChildren(db, id, w);
  return id;
}

/** Rewrites a BAP: its columns, and its questions and examiners replaced. */
export function updateBap(db: Db, id: number, w: BapWrite, now: string, by: string): void {
  db.prepare(
    'UPDATE baps SET examinee_present=@examinee_present, place=@place, refused_to_sign=@refused_to_sign, refusal_note=@refusal_note, updated_at=@now, updated_by=@by WHERE id=@id',
  ).run({ ...bapColumns(w), now, id, by });
  db.prepare('DELETE FROM bap_qa WHERE bap_id = ?').run(id);
  db.prepare('DELETE FROM bap_examiners WHERE bap_id = ?').run(id);
  writeBapChildren(db, id, w);
}

/** Accused of the case with a BAP of an examination they attended. */
export function accusedWithBapCount(db: Db, caseId: number): number {
  return (db.prepare('SELECT count(DISTINCT accused_id) AS n FROM baps WHERE case_id = ? AND examinee_present = 1').get(caseId) as { n: number }).n;
}

export interface BapData {
  id: number;
  sessionId: number;
  accusedId: number;
  place: string | null;
  refusedToSign: boolean;
  refusalNote: string | null;
  examiners: ExaminerInput[];
  qa: QaInput[];
}

/** A session's BAP as the letter prints it: examiners with their team role (chair first), questions in order. */
export function selectBapForLetter(db: Db, caseId: number, sessionId: number): BapData | null {
  const row = db
    .prepare(
      `SELECT id, session_id AS sessionId, accused_id AS accusedId, place, refused_to_sign AS refused, refusal_note AS refusalNote
       FROM baps WHERE case_id = ? AND session_id = ?`,
    )
    .get(caseId, sessionId) as { id: number; sessionId: number; accusedId: number; place: string | null; refused: number; refusalNote: string | null } | undefined;
  if (!row) return null;
  const examiners = db
    .prepare(
      `SELECT COALESCE(t.role, 'member') AS role, s.name, s.nip, s.pangkat, s.jabatan, s.unit AS unitKerja
       FROM bap_examiners b JOIN staff s ON s.id = b.staff_id
       LEFT JOIN case_team t ON t.staff_id = b.staff_id AND t.case_id = ?
       WHERE b.bap_id = ? ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name`,
    )
    .all(caseId, row.id) as ExaminerInput[];
  const qa = db.prepare('SELECT no, question, answer FROM bap_qa WHERE bap_id = ? ORDER BY no').all(row.id) as QaInput[];
  return { id: row.id, sessionId: row.sessionId, accusedId: row.accusedId, place: row.place, refusedToSign: row.refused === 1, refusalNote: row.refusalNote, examiners, qa };
}

const LHP_SELECT = `SELECT case_id AS caseId, accused_id AS accusedId, violation_form AS violationForm, violation_time AS violationTime,
         violation_place AS violationPlace, aggravating, mitigating, impact, recommended_sanction_code AS recommendedSanctionCode,
         authorised_official AS authorisedOfficial, updated_at AS updatedAt, updated_by AS updatedBy, version
  FROM lhps`;

/** The LHPs of a case. */
export function selectLhps(db: Db, caseId: number): Lhp[] {
  return cachedStatement(db, `${LHP_SELECT} WHERE case_id = ? ORDER BY accused_id`).all(caseId) as Lhp[];
}

export interface LhpFindings {
  violationForm: string;
  violationTime: string;
  violationPlace: string;
  aggravating: string | null;
  mitigating: string | null;
  impact: string;
  recommendedSanctionCode: string;
  authorisedOfficial: string;
}

/** One accused's LHP findings as the letter prints them (these fields only), or null. */
export function selectLhpFindings(db: Db, caseId: number, accusedId: number): LhpFindings | null {
  return (
    (db
      .prepare(
        `SELECT violation_form AS violationForm, violation_time AS violationTime, violation_place AS violationPlace, aggravating, mitigating,
                impact, recommended_sanction_code AS recommendedSanctionCode, authorised_official AS authorisedOfficial
         FROM lhps WHERE case_id = ? AND accused_id = ?`,
      )
      .get(caseId, accusedId) as LhpFindings | undefined) ?? null
  );
}

/** The LHP's stored columns, as the audit row keeps them. */
export interface LhpColumns {
  case_id: number;
  accused_id: number;
  violation_form: string;
  violation_time: string;
  violation_place: string;
  aggravating: string | null;
  mitigating: string | null;
  impact: string;
  recommended_sanction_code: string;
  authorised_official: string;
}

/** Records (or rewrites) one accused's LHP. */
export function upsertLhp(db: Db, row: LhpColumns, now: string, by: string): void {
  db.prepare(
    `INSERT INTO lhps (case_id, accused_id, violation_form, violation_time, violation_place, aggravating, mitigating, impact,
                       recommended_sanction_code, authorised_official, created_at, updated_at, updated_by)
     VALUES (@case_id, @accused_id, @violation_form, @violation_time, @violation_place, @aggravating, @mitigating, @impact,
             @recommended_sanction_code, @authorised_official, @now, @now, @by)
     ON CONFLICT (case_id, accused_id) DO UPDATE SET violation_form=excluded.violation_form, violation_time=excluded.violation_time,
       violation_place=excluded.violation_place, aggravating=excluded.aggravating, mitigating=excluded.mitigating, impact=excluded.impact,
       recommended_sanction_code=excluded.recommended_sanction_code, authorised_official=excluded.authorised_official, updated_at=excluded.updated_at,
       updated_by=excluded.updated_by`,
  ).run({ ...row, now, by });
}

/** Accused of the case with an LHP. */
export function lhpCount(db: Db, caseId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM lhps WHERE case_id = ?').get(caseId) as { n: number }).n;
}

/** BAP and LHP inserts prepared once, for bulk loads (the demo's examination records); no audit, no version checks. */
export function recordBulkWriter(db: Db) {
  const insBap = db.prepare(
    `INSERT INTO baps (session_id, case_id, accused_id, examinee_present, place, refused_to_sign, refusal_note, created_at, updated_at)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const insBapEx = db.prepare('INSERT INTO bap_examiners (bap_id, staff_id) VALUES (?, ?)');
  const insQa = db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
  const insLhp = db.prepare(
    `INSERT INTO lhps (case_id, accused_id, violation_form, violation_time, violation_place, aggravating, mitigating, impact,
                       recommended_sanction_code, authorised_official, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    /** A BAP of an attended session; returns its id. */
    insertBap: (b: { sessionId: number; caseId: number; accusedId: number; place: string; refused: boolean; refusalNote: string | null; at: string }): number =>
      Number(insBap.run(b.sessionId, b.caseId, b.accusedId, b.place, b.refused ? 1 : 0, b.refusalNote, b.at, b.at).lastInsertRowid),
    insertBapExaminer: (bapId: number, staffId: number): void => void insBapEx.run(bapId, staffId),
    insertQa: (bapId: number, no: number, question: string, answer: string): void => void insQa.run(bapId, no, question, answer),
    insertLhp: (row: Omit<LhpColumns, 'case_id' | 'accused_id'>, caseId: number, accusedId: number, at: string): void =>
      void insLhp.run(caseId, accusedId, row.violation_form, row.violation_time, row.violation_place, row.aggravating, row.mitigating, row.impact, row.recommended_sanction_code, row.authorised_official, at, at),
  };
}
