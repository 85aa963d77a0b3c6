import type { Db } from '../db/connection.ts';
import type { AppError } from '../errors.ts';
import { auditHistory } from '../audit/audit-queries.ts';
import { staleError } from '../records/record-version.ts';
import type { CaseRow } from './case-queries.ts';

/** Stored column (as the audit row names it) -> the edit form's field. */
const FORM_FIELD: Record<string, string> = {
  source: 'source',
  source_kind: 'sourceKind',
  source_ref: 'sourceRef',
  source_date: 'sourceDate',
  reporter_anonymous: 'reporter',
  reporter_name: 'reporter',
  reporter_contact: 'reporter',
  incident_date: 'incidentDate',
  incident_time: 'incidentTime',
  incident_place: 'incidentPlace',
  opd_id: 'opdId',
  chronology: 'chronology',
  catalogue_version: 'catalogueVersion',
  accused: 'accused',
  violationCodes: 'violationCodes',
};

/**
 * The refusal of an edit made on an older version of the case (the shared STALE refusal,
 * electron/main/records/record-version.ts), with, as field messages, every field changed
 * by the edits the form has not seen (from their audit rows), so the user knows what to
 * look at after reloading. Nothing is merged.
 */
export function staleCaseError(db: Db, current: CaseRow & { version: number }, formVersion: number, now: Date): AppError {
  const unseen = Math.max(1, current.version - formVersion);
  const edits = auditHistory(db, 'case', current.id)
    .filter((r) => r.action === 'case.update')
    .slice(-unseen);
  const fields: Record<string, 'changed'> = {};
  for (const row of edits) {
    for (const column of Object.keys(JSON.parse(row.after_json ?? '{}') as Record<string, unknown>)) {
      const field = FORM_FIELD[column];
      if (field) fields[field] = 'changed';
    }
  }
  return staleError(db, 'case', { version: current.version, updatedAt: current.updated_at, updatedBy: current.updated_by ?? current.created_by }, now, fields);
}
