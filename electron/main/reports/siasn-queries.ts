/** What the SIASN export reads: issued disciplinary SKs in a period, with the accused, the case and any appeal outcome. */
import type { Db } from '../db/connection.ts';
import { NON_ASN_CATALOGUE_ID } from '../../../shared/examination/sanctions.ts';
import type { SanctionLevel } from '../../../shared/examination/sanctions.ts';
import type { AppealOutcome } from '../../../shared/examination/types.ts';

export interface SiasnDecisionRow {
  caseId: number;
  accusedId: number;
  registerNo: string;
  caseUuid: string;
  revision: number;
  nip: string;
  name: string;
  pnsOrangId: string | null;
  golongan: string | null;
  catalogueId: string;
  sanctionCode: string;
  level: SanctionLevel;
  durationMonths: number | null;
  skNumber: string;
  skDate: string;
  skLetterId: number | null;
  effectiveDate: string | null;
  endDate: string | null;
  /** The case's violation codes in the order they were recorded. */
  violationCodes: string[];
}

export interface DecidedAppeal {
  kind: string;
  outcome: AppealOutcome;
  outcomeNumber: string;
  outcomeDate: string;
  sanctionCode: string | null;
  durationMonths: number | null;
}

/** Disciplinary SKs (not moral sanctions, not non-ASN outcomes) issued from `from` to `to`, by SK date. */
export function selectSiasnDecisions(db: Db, from: string, to: string): SiasnDecisionRow[] {
  const rows = db
    .prepare(
      `SELECT d.case_id AS caseId, d.accused_id AS accusedId, c.register_no AS registerNo, c.case_uuid AS caseUuid, c.revision, a.nip, a.name,
              e.siasn_person_id AS pnsOrangId, e.golongan, d.catalogue_id AS catalogueId, d.sanction_code AS sanctionCode,
              d.level, d.duration_months AS durationMonths, d.sk_number AS skNumber, d.sk_date AS skDate,
              d.sk_letter_id AS skLetterId, d.effective_date AS effectiveDate, d.end_date AS endDate,
              (SELECT group_concat(code, ' ') FROM (SELECT code FROM case_violations v WHERE v.case_id = d.case_id ORDER BY v.rowid)) AS codes
       FROM decisions d
       JOIN cases c ON c.id = d.case_id
       JOIN case_accused a ON a.id = d.accused_id
       LEFT JOIN employees e ON e.id = a.employee_id
       WHERE d.sk_number IS NOT NULL AND d.sk_date BETWEEN ? AND ? AND d.level IS NOT NULL AND d.catalogue_id <> ?
       ORDER BY d.sk_date, c.register_no, a.position`,
    )
    .all(from, to, NON_ASN_CATALOGUE_ID) as (Omit<SiasnDecisionRow, 'violationCodes'> & { codes: string | null })[];
  return rows.map(({ codes, ...r }) => ({ ...r, violationCodes: codes ? codes.split(' ') : [] }));
}

/** Every appeal against this accused's SK that has an outcome, oldest first (for SIASN's keterangan). */
export function selectDecidedAppeals(db: Db, caseId: number, accusedId: number): DecidedAppeal[] {
  return db
    .prepare(
      `SELECT kind, outcome, outcome_number AS outcomeNumber, outcome_date AS outcomeDate, sanction_code AS sanctionCode, duration_months AS durationMonths
       FROM appeals WHERE case_id = ? AND accused_id = ? AND outcome IS NOT NULL ORDER BY id`,
    )
    .all(caseId, accusedId) as DecidedAppeal[];
}
