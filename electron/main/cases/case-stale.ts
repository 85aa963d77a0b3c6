import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { auditHistory } from '../audit/audit-log.ts';
import { selectUserByName } from '../accounts/user-queries.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
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

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The refusal of an edit made on an older version of the case: who changed it last and when
 * ("Kasus ini telah diubah oleh Sari Wulandari (sari) pukul 10.42"), and, as field messages,
 * every field changed by the edits the form has not seen (from their audit rows), so the
 * user knows what to look at after reloading. Nothing is merged.
 */
export function staleCaseError(db: Db, current: CaseRow & { version: number }, formVersion: number, now: Date): AppError {
  const actor = current.updated_by ?? current.created_by;
  const user = selectUserByName(db, actor);
  const who = user ? `${user.display_name} (${user.username})` : actor;
  // The server PC's local time: the office's clock.
  const at = new Date(current.updated_at);
  const time = `${two(at.getHours())}.${two(at.getMinutes())}`;
  const day = localIsoDate(at);
  const unseen = Math.max(1, current.version - formVersion);
  const edits = auditHistory(db, 'case', current.id)
    .filter((r) => r.action === 'case.update')
    .slice(-unseen);
  const fields: Record<string, string> = {};
  for (const row of edits) {
    for (const column of Object.keys(JSON.parse(row.after_json ?? '{}') as Record<string, unknown>)) {
      const field = FORM_FIELD[column];
      if (field) fields[field] = 'case.staleField';
    }
  }
  const params = { who, time, date: formatDate(day) };
  return new AppError('STALE', day === localIsoDate(now) ? 'case.stale' : 'case.staleOn', params, Object.keys(fields).length > 0 ? fields : undefined);
}
