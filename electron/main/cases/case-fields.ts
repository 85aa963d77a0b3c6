import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { catalogueByVersion, currentCatalogue } from '../catalogue/violations.ts';
import type { CaseCreate, CaseUpdate } from '../../../shared/cases/schemas.ts';

type CaseInput = CaseCreate | CaseUpdate;

/** The columns of `cases` a clerk edits, as stored: empty strings become NULL. */
export interface CaseColumns {
  source: string;
  source_kind: string | null;
  source_ref: string | null;
  source_date: string | null;
  reporter_anonymous: number;
  reporter_name: string | null;
  reporter_contact: string | null;
  incident_date: string;
  incident_time: string | null;
  incident_place: string | null;
  opd_id: number | null;
  chronology: string | null;
  catalogue_version: string;
}

const orNull = <T>(v: T | '' | undefined | null): T | null => (v === '' || v === undefined ? null : v);

/** Maps validated input to stored columns (an anonymous reporter keeps no name or contact). */
export function caseColumns(input: CaseInput): CaseColumns {
  const anonymous = input.reporter.anonymous;
  return {
    source: input.source,
    source_kind: orNull(input.sourceKind),
    source_ref: orNull(input.sourceRef),
    source_date: orNull(input.sourceDate),
    reporter_anonymous: anonymous ? 1 : 0,
    reporter_name: anonymous ? null : orNull(input.reporter.name),
    reporter_contact: anonymous ? null : orNull(input.reporter.contact),
    incident_date: input.incidentDate,
    incident_time: orNull(input.incidentTime),
    incident_place: orNull(input.incidentPlace),
    opd_id: input.opdId ?? null,
    chronology: orNull(input.chronology),
    catalogue_version: input.catalogueVersion || currentCatalogue.version,
  };
}

/** Refuses what the schema cannot see: unknown catalogue or code, repeated NIP, unknown OPD or employee. */
export function checkReferences(db: Db, input: CaseInput, catalogueVersion: string): void {
  const catalogue = catalogueByVersion(catalogueVersion);
  if (!catalogue) {
    throw new AppError('INVALID_INPUT', 'case.unknownCatalogue', { version: catalogueVersion.slice(0, 60) }, { catalogueVersion: 'case.unknownCatalogue' });
  }
  const unknown = input.violationCodes.find((code) => !catalogue.entries.some((e) => e.code === code));
  if (unknown) {
    const params = { code: unknown.slice(0, 60), version: catalogue.version };
    throw new AppError('INVALID_INPUT', 'case.unknownViolation', params, { violationCodes: 'case.unknownViolation' });
  }
  const seen = new Set<string>();
  input.accused.forEach((a, i) => {
    if (seen.has(a.nip)) throw new AppError('INVALID_INPUT', 'case.duplicateAccused', { nip: a.nip }, { [`accused.${i}.nip`]: 'case.duplicateAccused' });
    seen.add(a.nip);
    if (a.employeeId !== undefined) {
      const e = db.prepare('SELECT nip FROM employees WHERE id = ?').get(a.employeeId) as { nip: string } | undefined;
      if (!e || e.nip !== a.nip) throw new AppError('INVALID_INPUT', 'case.employeeMismatch', { nip: a.nip }, { [`accused.${i}.nip`]: 'case.employeeMismatch' });
    }
  });
  if (input.opdId != null && !db.prepare('SELECT 1 FROM opds WHERE id = ?').get(input.opdId)) {
    throw new AppError('INVALID_INPUT', 'case.unknownOpd', {}, { opdId: 'case.unknownOpd' });
  }
}
