/**
 * The decision's door: every statement on the decisions, sk_deliveries and appeals tables
 * (the sanction decided per accused, the delivery of its SK, and the appeals against it).
 */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import { caseNatures } from './exam-queries.ts';
import { sameNature } from '../../../shared/examination/repeat-rules.ts';
import type { NatureInput, PriorDecision } from '../../../shared/examination/repeat-rules.ts';
import type { DeliveryInput } from '../../../shared/letters/inputs.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import type { PybmOfficial } from '../../../shared/examination/pybm.ts';

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

/** The columns a decision save writes. */
export interface DecisionColumns {
  case_id: number;
  accused_id: number;
  accused_nip: string;
  catalogue_id: string;
  catalogue_version: string;
  sanction_code: string;
  level: string | null;
  duration_months: number | null;
  outcome_text: string | null;
  sk_number: string | null;
  sk_date: string | null;
  sk_letter_id: number | null;
  delivered_on: string | null;
  effective_date: string | null;
  end_date: string | null;
  repeat_offender: number;
  without_examination: number;
  pybm_official: string | null;
  pybm_rule: string | null;
  signatory: string | null;
}

/** A decision row as stored: the columns a save writes plus what the database keeps about the write. */
export interface DecisionRow extends Omit<DecisionColumns, 'pybm_official'> {
  pybm_official: PybmOfficial | null;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

/** The decisions of a case, by accused. */
export function selectDecisionRows(db: Db, caseId: number): DecisionRow[] {
  return cachedStatement(db, 'SELECT * FROM decisions WHERE case_id = ? ORDER BY accused_id').all(caseId) as DecisionRow[];
}

/** One accused's stored decision, every column, or undefined. */
export function selectStoredDecision(db: Db, caseId: number, accusedId: number): Record<string, unknown> | undefined {
  return db.prepare('SELECT * FROM decisions WHERE case_id = ? AND accused_id = ?').get(caseId, accusedId) as Record<string, unknown> | undefined;
}

/** Records (or overwrites) one accused's decision. */
export function upsertDecision(db: Db, row: DecisionColumns, now: string, by: string): void {
  db.prepare(
    `INSERT INTO decisions (case_id, accused_id, accused_nip, catalogue_id, catalogue_version, sanction_code, level, duration_months, outcome_text,
                            sk_number, sk_date, sk_letter_id, delivered_on, effective_date, end_date, repeat_offender, without_examination,
                            pybm_official, pybm_rule, signatory, created_at, updated_at, updated_by)
     VALUES (@case_id, @accused_id, @accused_nip, @catalogue_id, @catalogue_version, @sanction_code, @level, @duration_months, @outcome_text,
             @sk_number, @sk_date, @sk_letter_id, @delivered_on, @effective_date, @end_date, @repeat_offender, @without_examination,
             @pybm_official, @pybm_rule, @signatory, @now, @now, @by)
     ON CONFLICT (case_id, accused_id) DO UPDATE SET catalogue_id=excluded.catalogue_id, catalogue_version=excluded.catalogue_version,
       sanction_code=excluded.sanction_code, level=excluded.level, duration_months=excluded.duration_months, outcome_text=excluded.outcome_text,
       sk_number=excluded.sk_number, sk_date=excluded.sk_date, sk_letter_id=excluded.sk_letter_id, delivered_on=excluded.delivered_on, effective_date=excluded.effective_date,
       end_date=excluded.end_date, repeat_offender=excluded.repeat_offender, without_examination=excluded.without_examination,
       pybm_official=excluded.pybm_official, pybm_rule=excluded.pybm_rule, signatory=excluded.signatory, updated_at=excluded.updated_at, updated_by=excluded.updated_by`,
  ).run({ ...row, now, by });
}

/** What the workflow's guards count of a case's decisions and their SK deliveries. */
export function decisionCounts(db: Db, caseId: number): { decided: number; skToDeliver: number; skDelivered: number } {
  const count = (sql: string) => (db.prepare(sql).get(caseId) as { n: number }).n;
  return {
    decided: count('SELECT count(*) AS n FROM decisions WHERE case_id = ?'),
    // Disciplinary decisions are delivered as an SK with its own record; moral and non-ASN outcomes are not.
    skToDeliver: count('SELECT count(*) AS n FROM decisions WHERE case_id = ? AND level IS NOT NULL'),
    skDelivered: count('SELECT count(*) AS n FROM sk_deliveries s JOIN decisions d USING (case_id, accused_id) WHERE s.case_id = ? AND d.level IS NOT NULL'),
  };
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

/** One accused's decision as the letters read it, or null. */
export function selectDecisionForLetter(db: Db, caseId: number, accusedId: number): DecisionData | null {
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
  return cachedStatement(db, 'SELECT * FROM sk_deliveries WHERE case_id = ? ORDER BY accused_id').all(caseId) as DeliveryRow[];
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

/** The recorded delivery of an accused's SK, as the berita acara prints it. */
export function selectDeliveryForLetter(db: Db, caseId: number, accusedId: number): (DeliveryInput['delivery'] & { deliveredBy: DeliveryInput['deliveredBy'] | null }) | null {
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
  return cachedStatement(db, 'SELECT * FROM appeals WHERE case_id = ? ORDER BY id').all(caseId) as AppealRow[];
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

/** A decision as a bulk load writes it (no SK number, date or running dates: issuing and delivery set those). */
export interface BulkDecisionRow {
  caseId: number;
  accusedId: number;
  nip: string;
  catalogueId: string;
  catalogueVersion: string;
  sanctionCode: string;
  level: string | null;
  durationMonths: number | null;
  outcomeText: string | null;
  repeat: number;
  withoutExam: number;
  pybmOfficial: string | null;
  pybmRule: string | null;
  signatory: string | null;
  at: string;
}

/** Decision inserts and SK fields prepared once, for bulk loads (the demo's decisions and SKs issued outside Sipena). */
export function decisionBulkWriter(db: Db) {
  const insDecision = db.prepare(
    `INSERT INTO decisions (case_id, accused_id, accused_nip, catalogue_id, catalogue_version, sanction_code, level, duration_months, outcome_text,
                            repeat_offender, without_examination, pybm_official, pybm_rule, signatory, created_at, updated_at)
     VALUES (@caseId, @accusedId, @nip, @catalogueId, @catalogueVersion, @sanctionCode, @level, @durationMonths, @outcomeText,
             @repeat, @withoutExam, @pybmOfficial, @pybmRule, @signatory, @at, @at)`,
  );
  const setSk = db.prepare('UPDATE decisions SET sk_number = ?, sk_date = ?, delivered_on = ?, effective_date = ?, end_date = ?, updated_at = ? WHERE case_id = ? AND accused_id = ?');
  return {
    insertDecision: (row: BulkDecisionRow): void => void insDecision.run(row),
    /** An SK issued and delivered outside Sipena: its number and date, and the running dates its delivery fixed. */
    setDeliveredSk: (caseId: number, accusedId: number, sk: { number: string; date: string; deliveredOn: string; effectiveDate: string | null; endDate: string | null }, at: string): void =>
      void setSk.run(sk.number, sk.date, sk.deliveredOn, sk.effectiveDate, sk.endDate, at, caseId, accusedId),
  };
}

/** The decided accused of a case with their sanction catalogue, by accused. */
export function selectDecidedAccused(db: Db, caseId: number): { accusedId: number; catalogueId: string }[] {
  return db.prepare('SELECT accused_id AS accusedId, catalogue_id AS catalogueId FROM decisions WHERE case_id = ? ORDER BY accused_id').all(caseId) as { accusedId: number; catalogueId: string }[];
}
