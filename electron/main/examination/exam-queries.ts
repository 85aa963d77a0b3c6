import type { Db } from '../db/connection.ts';
import { notFound } from '../errors.ts';
import { findViolationIn } from '../catalogue/violations.ts';
import type { TeamMember } from '../../../shared/examination/types.ts';
import type { CaseLevel } from '../../../shared/examination/team-rules.ts';
import { heaviestLevel } from '../../../shared/examination/team-rules.ts';
import type { WorkflowState } from '../../../shared/workflow/states.ts';
import { isWorkflowState } from '../../../shared/workflow/states.ts';
import { sameNature } from '../../../shared/examination/repeat-rules.ts';
import type { NatureInput, PriorDecision } from '../../../shared/examination/repeat-rules.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

export interface CaseCore {
  id: number;
  registerNo: string;
  state: WorkflowState;
  incidentDate: string;
  catalogueVersion: string;
}

/** The case's workflow-relevant columns, or NOT_FOUND. */
export function requireCase(db: Db, caseId: number): CaseCore {
  const row = db.prepare('SELECT id, register_no, status, incident_date, catalogue_version FROM cases WHERE id = ?').get(caseId) as
    | { id: number; register_no: string; status: string; incident_date: string; catalogue_version: string }
    | undefined;
  if (!row) throw notFound('case.notFound');
  return {
    id: row.id,
    registerNo: row.register_no,
    // A status written by an older build (or intake) that the workflow does not know starts over as registered.
    state: isWorkflowState(row.status) ? row.status : 'registered',
    incidentDate: row.incident_date,
    catalogueVersion: row.catalogue_version,
  };
}

export interface AccusedBrief {
  id: number;
  name: string;
  nip: string;
  employmentType: EmploymentType;
}

/** The accused of a case in intake order. */
export function selectAccusedBrief(db: Db, caseId: number): AccusedBrief[] {
  return db
    .prepare('SELECT id, name, nip, employment_type AS employmentType FROM case_accused WHERE case_id = ? ORDER BY position')
    .all(caseId) as AccusedBrief[];
}

/** One accused of the case, or NOT_FOUND (also when the id belongs to another case). */
export function requireAccused(db: Db, caseId: number, accusedId: number): AccusedBrief {
  const a = selectAccusedBrief(db, caseId).find((x) => x.id === accusedId);
  if (!a) throw notFound('examination.accusedNotFound');
  return a;
}

/** The examination team of a case: chair first, then members, then the secretary. */
export function selectTeam(db: Db, caseId: number): TeamMember[] {
  return db
    .prepare(
      `SELECT t.staff_id AS staffId, t.role, s.nip, s.name, s.pangkat, s.jabatan, s.unit
       FROM case_team t JOIN staff s ON s.id = t.staff_id
       WHERE t.case_id = ?
       ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name`,
    )
    .all(caseId) as TeamMember[];
}

/** Levels of the case's violations in its own catalogue (null = ethics). */
export function violationLevels(db: Db, caseId: number, catalogueVersion: string): CaseLevel[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return codes.map((c) => findViolationIn(catalogueVersion, c.code)?.level ?? null);
}

/** Sanctions the case's violations prescribe outright (party membership: dismissal). */
export function requiredSanctions(db: Db, caseId: number, catalogueVersion: string): string[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return [...new Set(codes.flatMap((c) => findViolationIn(catalogueVersion, c.code)?.requiredSanction ?? []))];
}

/** The heaviest violation level of the case. */
export function caseLevel(db: Db, core: CaseCore): CaseLevel {
  return heaviestLevel(violationLevels(db, core.id, core.catalogueVersion));
}

/** Missed examinations per accused of the case. */
export function absencesByAccused(db: Db, caseId: number): Map<number, number> {
  const rows = db
    .prepare("SELECT accused_id AS id, count(*) AS n FROM exam_sessions WHERE case_id = ? AND attendance = 'absent' GROUP BY accused_id")
    .all(caseId) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The date of the accused's latest missed examination, or null. */
export function lastMissedDate(db: Db, caseId: number, accusedId: number): string | null {
  const row = db
    .prepare("SELECT max(start_at) AS at FROM exam_sessions WHERE case_id = ? AND accused_id = ? AND attendance = 'absent'")
    .get(caseId, accusedId) as { at: string | null };
  return row.at ? row.at.slice(0, 10) : null;
}

/** A valid (issued, not void) SK or moral-sanction letter already printed for this accused's decision. */
export function issuedDecisionLetter(db: Db, caseId: number, accusedId: number): { number: string; type: 'sk' | 'moral' } | undefined {
  // An empty subject means the case's only accused (see letters/letter-inputs.ts).
  return db
    .prepare(
      `SELECT number, type FROM issued_letters
       WHERE case_id = ? AND type IN ('sk', 'moral') AND status = 'issued' AND (subject = ? OR subject = '')
       ORDER BY id DESC LIMIT 1`,
    )
    .get(caseId, `accused:${accusedId}`) as { number: string; type: 'sk' | 'moral' } | undefined;
}

/** The case's violations as compared for a repeat offence: code and legal basis in the case's catalogue version. */
export function caseNatures(db: Db, caseId: number, catalogueVersion: string): NatureInput[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return codes.map((c) => ({ code: c.code, legalBasis: findViolationIn(catalogueVersion, c.code)?.legalBasis ?? '' }));
}

/**
 * Earlier disciplinary decisions (a level, so no moral or non-ASN outcome) on the same person
 * by NIP in other cases, each marked whether it is of the same nature as this case.
 */
export function priorDecisions(db: Db, nip: string, caseId: number, natures: readonly NatureInput[], title: (catalogueId: string, code: string) => { title: string; severity: number | null }): PriorDecision[] {
  if (!nip) return [];
  const rows = db
    .prepare(
      `SELECT d.case_id AS caseId, c.register_no AS registerNo, c.catalogue_version AS catalogueVersion, d.catalogue_id AS catalogueId,
              d.sanction_code AS sanctionCode, d.level, d.duration_months AS durationMonths, d.sk_number AS skNumber, d.sk_date AS skDate
       FROM decisions d JOIN cases c ON c.id = d.case_id
       WHERE d.accused_nip = ? AND d.case_id != ? AND d.level IS NOT NULL ORDER BY d.sk_date, d.case_id`,
    )
    .all(nip, caseId) as (Omit<PriorDecision, 'sanctionTitle' | 'severity' | 'sameNature'> & { catalogueVersion: string })[];
  return rows.map(({ catalogueVersion, ...r }) => {
    const s = title(r.catalogueId, r.sanctionCode);
    return { ...r, sanctionTitle: s.title, severity: s.severity, sameNature: sameNature(natures, caseNatures(db, r.caseId, catalogueVersion)) };
  });
}

/** The decision's SK fields as one audit snapshot. */
export interface DecisionSkRow {
  sk_letter_id: number | null;
  sk_number: string | null;
  sk_date: string | null;
  delivered_on: string | null;
  effective_date: string | null;
  end_date: string | null;
}

/** The decision of one accused: its SK fields, sanction and duration; undefined without a decision. */
export function selectDecisionSk(
  db: Db,
  caseId: number,
  accusedId: number,
): (DecisionSkRow & { sanction_code: string; duration_months: number | null; catalogue_id: string; pybm_official: string | null; signatory: string | null }) | undefined {
  return db
    .prepare(
      `SELECT sk_letter_id, sk_number, sk_date, delivered_on, effective_date, end_date, sanction_code, duration_months, catalogue_id, pybm_official, signatory
       FROM decisions WHERE case_id = ? AND accused_id = ?`,
    )
    .get(caseId, accusedId) as never;
}

/** Issuing the SK gives the decision its number and date (same transaction as the letter). */
export function linkSkLetter(db: Db, caseId: number, accusedId: number, letter: { id: number; number: string; date: string }, now: string): number {
  return db
    .prepare('UPDATE decisions SET sk_letter_id = ?, sk_number = ?, sk_date = ?, updated_at = ? WHERE case_id = ? AND accused_id = ?')
    .run(letter.id, letter.number, letter.date, now, caseId, accusedId).changes;
}

/** The decision carried by an SK letter, if any. */
export function decisionOfSkLetter(db: Db, letterId: number): ({ case_id: number; accused_id: number } & DecisionSkRow) | undefined {
  return db
    .prepare('SELECT case_id, accused_id, sk_letter_id, sk_number, sk_date, delivered_on, effective_date, end_date FROM decisions WHERE sk_letter_id = ?')
    .get(letterId) as never;
}

/** Voiding the SK: the decision has no number, date, delivery or running dates any more. */
export function clearSkFields(db: Db, caseId: number, accusedId: number, now: string): void {
  db.prepare(
    `UPDATE decisions SET sk_letter_id = NULL, sk_number = NULL, sk_date = NULL, delivered_on = NULL, effective_date = NULL, end_date = NULL, updated_at = ?
     WHERE case_id = ? AND accused_id = ?`,
  ).run(now, caseId, accusedId);
  db.prepare('DELETE FROM sk_deliveries WHERE case_id = ? AND accused_id = ?').run(caseId, accusedId);
}

/** The sanction's running dates (set at delivery; changed by an appeal's outcome). */
export function setDecisionDates(db: Db, caseId: number, accusedId: number, d: { deliveredOn: string | null; effectiveDate: string | null; endDate: string | null }, now: string): void {
  db.prepare('UPDATE decisions SET delivered_on = ?, effective_date = ?, end_date = ?, updated_at = ? WHERE case_id = ? AND accused_id = ?').run(
    d.deliveredOn,
    d.effectiveDate,
    d.endDate,
    now,
    caseId,
    accusedId,
  );
}

export interface DeliveryRow {
  case_id: number;
  accused_id: number;
  sk_letter_id: number;
  delivered_on: string;
  method: string;
  received_by: string | null;
  refused: number;
  refusal_reason: string | null;
  delivered_by_name: string | null;
  delivered_by_nip: string | null;
  delivered_by_jabatan: string | null;
  recorded_at: string;
  recorded_by: string;
  updated_at: string;
}

/** The SK deliveries of a case. */
export function selectDeliveries(db: Db, caseId: number): DeliveryRow[] {
  return db.prepare('SELECT * FROM sk_deliveries WHERE case_id = ? ORDER BY accused_id').all(caseId) as DeliveryRow[];
}

/** Records (or corrects) the delivery of one accused's SK. */
export function upsertDelivery(db: Db, r: Omit<DeliveryRow, 'updated_at'>, now: string): void {
  db.prepare(
    `INSERT INTO sk_deliveries (case_id, accused_id, sk_letter_id, delivered_on, method, received_by, refused, refusal_reason,
                                delivered_by_name, delivered_by_nip, delivered_by_jabatan, recorded_at, recorded_by, updated_at)
     VALUES (@case_id, @accused_id, @sk_letter_id, @delivered_on, @method, @received_by, @refused, @refusal_reason,
             @delivered_by_name, @delivered_by_nip, @delivered_by_jabatan, @recorded_at, @recorded_by, @now)
     ON CONFLICT (case_id, accused_id) DO UPDATE SET sk_letter_id = excluded.sk_letter_id, delivered_on = excluded.delivered_on, method = excluded.method,
       received_by = excluded.received_by, refused = excluded.refused, refusal_reason = excluded.refusal_reason,
       delivered_by_name = excluded.delivered_by_name, delivered_by_nip = excluded.delivered_by_nip, delivered_by_jabatan = excluded.delivered_by_jabatan,
       recorded_by = excluded.recorded_by, updated_at = excluded.updated_at`,
  ).run({ ...r, now });
}

export interface AppealRow {
  id: number;
  case_id: number;
  accused_id: number;
  kind: string;
  filed_on: string;
  addressed_to: string;
  answer_due: string;
  outcome: string | null;
  outcome_number: string | null;
  outcome_date: string | null;
  sanction_code: string | null;
  duration_months: number | null;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
  updated_at: string;
}

/** The appeals of a case, oldest first. */
export function selectAppeals(db: Db, caseId: number): AppealRow[] {
  return db.prepare('SELECT * FROM appeals WHERE case_id = ? ORDER BY id').all(caseId) as AppealRow[];
}

export function selectAppeal(db: Db, id: number): AppealRow | undefined {
  return db.prepare('SELECT * FROM appeals WHERE id = ?').get(id) as AppealRow | undefined;
}

/** Files an appeal; returns its id. */
export function insertAppeal(db: Db, r: Omit<AppealRow, 'id' | 'outcome' | 'outcome_number' | 'outcome_date' | 'sanction_code' | 'duration_months' | 'updated_at'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO appeals (case_id, accused_id, kind, filed_on, addressed_to, answer_due, note, recorded_at, recorded_by, updated_at)
         VALUES (@case_id, @accused_id, @kind, @filed_on, @addressed_to, @answer_due, @note, @recorded_at, @recorded_by, @recorded_at)`,
      )
      .run(r).lastInsertRowid,
  );
}

/** Records an appeal's outcome. */
export function setAppealOutcome(
  db: Db,
  id: number,
  o: { outcome: string; outcome_number: string; outcome_date: string; sanction_code: string | null; duration_months: number | null; recorded_by: string },
  now: string,
): void {
  db.prepare(
    `UPDATE appeals SET outcome = @outcome, outcome_number = @outcome_number, outcome_date = @outcome_date, sanction_code = @sanction_code,
       duration_months = @duration_months, recorded_by = @recorded_by, updated_at = @now WHERE id = @id`,
  ).run({ ...o, id, now });
}

/** Appeals without an outcome for this accused. */
export function openAppealCount(db: Db, caseId: number, accusedId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM appeals WHERE case_id = ? AND accused_id = ? AND outcome IS NULL').get(caseId, accusedId) as { n: number }).n;
}

/** Appeals of the whole case still waiting for their answer. */
export function caseOpenAppealCount(db: Db, caseId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM appeals WHERE case_id = ? AND outcome IS NULL').get(caseId) as { n: number }).n;
}

/** The case's SK decisions (disciplinary, level set) that no appeal decision has annulled. */
export function skInForceCount(db: Db, caseId: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM decisions d WHERE d.case_id = ? AND d.level IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM appeals a WHERE a.case_id = d.case_id AND a.accused_id = d.accused_id AND a.outcome = 'annulled')`,
      )
      .get(caseId) as { n: number }
  ).n;
}

/** An unanswered appeal's answer deadline, moved when its count changed with the holiday calendar. */
export function moveOpenAppealAnswerDue(db: Db, appealId: number, to: string): void {
  db.prepare('UPDATE appeals SET answer_due = ? WHERE id = ? AND outcome IS NULL').run(to, appealId);
}
