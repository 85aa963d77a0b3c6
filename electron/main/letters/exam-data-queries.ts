/**
 * Reads what letters need from the examination tables (migration 7: sessions, team,
 * BAP, LHP, decisions). Plain SQL on purpose: the letters only read, and a missing
 * table (an older database) reads as "no data yet" so the caller can say what is missing.
 */
import type { Db } from '../db/connection.ts';
import type { DeliveryInput, ExaminerInput, PersonInput, QaInput } from '../../../shared/letters/inputs.ts';
import { pangkatGolonganText } from '../../../shared/employees/golongan.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import type { PybmOfficial } from '../../../shared/examination/pybm.ts';

const known = new WeakMap<Db, Set<string>>();

/** True when the table exists in this database. */
export function hasTable(db: Db, name: string): boolean {
  let set = known.get(db);
  if (!set) {
    set = new Set();
    known.set(db, set);
  }
  if (set.has(name)) return true;
  const found = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (found) set.add(name);
  return found;
}

export interface SessionData {
  id: number;
  accusedId: number;
  summonsNo: 1 | 2;
  summonsDate: string;
  startAt: string;
  roomName: string | null;
  videoLink: string | null;
  attendance: string | null;
}

export function selectSessions(db: Db, caseId: number): SessionData[] {
  if (!hasTable(db, 'exam_sessions')) return [];
  return db
    .prepare(
      `SELECT s.id, s.accused_id AS accusedId, s.summons_no AS summonsNo, s.summons_date AS summonsDate, s.start_at AS startAt,
              r.name AS roomName, s.video_link AS videoLink, s.attendance
       FROM exam_sessions s LEFT JOIN rooms r ON r.id = s.room_id
       WHERE s.case_id = ? ORDER BY s.start_at, s.id`,
    )
    .all(caseId) as SessionData[];
}

export function selectTeamMembers(db: Db, caseId: number): ExaminerInput[] {
  if (!hasTable(db, 'case_team')) return [];
  return db
    .prepare(
      `SELECT t.role, s.name, s.nip, s.pangkat, s.jabatan, s.unit AS unitKerja
       FROM case_team t JOIN staff s ON s.id = t.staff_id WHERE t.case_id = ?
       ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name`,
    )
    .all(caseId) as ExaminerInput[];
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

export function selectBap(db: Db, caseId: number, sessionId: number): BapData | null {
  if (!hasTable(db, 'baps')) return null;
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

export interface LhpData {
  violationForm: string;
  violationTime: string;
  violationPlace: string;
  aggravating: string | null;
  mitigating: string | null;
  impact: string;
  recommendedSanctionCode: string;
  authorisedOfficial: string;
}

export function selectLhp(db: Db, caseId: number, accusedId: number): LhpData | null {
  if (!hasTable(db, 'lhps')) return null;
  return (
    (db
      .prepare(
        `SELECT violation_form AS violationForm, violation_time AS violationTime, violation_place AS violationPlace, aggravating, mitigating,
                impact, recommended_sanction_code AS recommendedSanctionCode, authorised_official AS authorisedOfficial
         FROM lhps WHERE case_id = ? AND accused_id = ?`,
      )
      .get(caseId, accusedId) as LhpData | undefined) ?? null
  );
}

export interface DecisionData {
  catalogueId: string;
  sanctionCode: string;
  level: 'ringan' | 'sedang' | 'berat' | null;
  durationMonths: number | null;
  outcomeText: string | null;
  effectiveDate: string | null;
  endDate: string | null;
  repeatOffender: boolean;
  withoutExamination: boolean;
  /** The deciding official as printed; null on decisions recorded before the rule table. */
  signatory: Signatory | null;
  pybmOfficial: PybmOfficial | null;
  /** The issued SK (null before issuing). */
  skNumber: string | null;
  skDate: string | null;
  skLetterId: number | null;
}

export function selectDecision(db: Db, caseId: number, accusedId: number): DecisionData | null {
  if (!hasTable(db, 'decisions')) return null;
  const r = db
    .prepare(
      `SELECT catalogue_id AS catalogueId, sanction_code AS sanctionCode, level, duration_months AS durationMonths, outcome_text AS outcomeText,
              effective_date AS effectiveDate, end_date AS endDate, repeat_offender AS repeatOffender, without_examination AS withoutExamination,
              signatory, pybm_official AS pybmOfficial, sk_number AS skNumber, sk_date AS skDate, sk_letter_id AS skLetterId
       FROM decisions WHERE case_id = ? AND accused_id = ?`,
    )
    .get(caseId, accusedId) as
    | (Omit<DecisionData, 'repeatOffender' | 'withoutExamination' | 'signatory'> & { repeatOffender: number; withoutExamination: number; signatory: string | null })
    | undefined;
  return r
    ? { ...r, repeatOffender: r.repeatOffender === 1, withoutExamination: r.withoutExamination === 1, signatory: r.signatory ? (JSON.parse(r.signatory) as Signatory) : null }
    : null;
}

/** The recorded delivery of an accused's SK, as the berita acara prints it. */
export function selectDeliveryData(db: Db, caseId: number, accusedId: number): (DeliveryInput['delivery'] & { deliveredBy: DeliveryInput['deliveredBy'] | null }) | null {
  if (!hasTable(db, 'sk_deliveries')) return null;
  const r = db
    .prepare(
      `SELECT delivered_on AS deliveredOn, method, received_by AS receivedBy, refused, refusal_reason AS refusalReason,
              delivered_by_name AS byName, delivered_by_nip AS byNip, delivered_by_jabatan AS byJabatan
       FROM sk_deliveries WHERE case_id = ? AND accused_id = ?`,
    )
    .get(caseId, accusedId) as
    | (Omit<DeliveryInput['delivery'], 'refused'> & { refused: number; byName: string | null; byNip: string | null; byJabatan: string | null })
    | undefined;
  if (!r) return null;
  const { byName, byNip, byJabatan, ...rest } = r;
  return { ...rest, refused: r.refused === 1, deliveredBy: byName ? { name: byName, nip: byNip ?? '', jabatan: byJabatan ?? '' } : null };
}

/**
 * An accused as printed on letters. Pangkat and golongan come from the employee registry
 * (kept apart there, joined for print), else from what intake recorded for the case.
 */
export function accusedPerson(db: Db, caseId: number, accusedId: number): PersonInput | null {
  const r = db
    .prepare(
      `SELECT a.name, a.nip, a.employment_type AS employmentType, a.jabatan, a.unit_kerja AS unitKerja,
              e.pangkat, e.golongan, a.pangkat AS casePangkat
       FROM case_accused a LEFT JOIN employees e ON e.id = a.employee_id WHERE a.case_id = ? AND a.id = ?`,
    )
    .get(caseId, accusedId) as (PersonInput & { golongan: string | null; casePangkat: string | null }) | undefined;
  if (!r) return null;
  const { golongan, casePangkat, ...person } = r;
  const pangkat = pangkatGolonganText(r.pangkat, golongan) || casePangkat || null;
  return { ...person, pangkat };
}
