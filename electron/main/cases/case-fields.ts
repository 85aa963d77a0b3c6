import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { selectEmployeeNip } from '../employees/employee-queries.ts';
import { opdExists } from '../employees/opd-queries.ts';
import { catalogueByVersion, currentCatalogue, judgedCatalogues } from '../catalogue/violations.ts';
import { catalogueCovers, catalogueForDate } from '../../../shared/catalogue/by-date.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
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

/** The catalogue a new case is judged under when the clerk names none: the one in force on the incident date. */
export function catalogueVersionFor(incidentDate: string): string {
  return catalogueForDate(judgedCatalogues, incidentDate)?.version ?? currentCatalogue.version;
}

/**
 * Maps validated input to stored columns (an anonymous reporter keeps no name or contact).
 * An empty catalogue field takes `fallbackVersion`: the one for the incident date at intake,
 * the stored one on edit.
 */
export function caseColumns(input: CaseInput, fallbackVersion: string): CaseColumns {
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
    catalogue_version: input.catalogueVersion || fallbackVersion,
  };
}

/**
 * The regulation must be the one in force on the incident date (PP 53/2010 before
 * 31 Aug 2021, PP 94/2021 from then on), and every violation code must come from it.
 */
function checkCatalogue(input: CaseInput, catalogueVersion: string): void {
  const catalogue = catalogueByVersion(catalogueVersion);
  if (!catalogue) {
    throw new AppError('INVALID_INPUT', 'case.unknownCatalogue', { version: catalogueVersion.slice(0, 60) }, { catalogueVersion: 'case.unknownCatalogue' });
  }
  const date = formatDate(input.incidentDate);
  if (!catalogueCovers(catalogue, input.incidentDate)) {
    const expected = catalogueForDate(judgedCatalogues, input.incidentDate);
    if (!expected) throw new AppError('INVALID_INPUT', 'case.noCatalogueForDate', { date }, { incidentDate: 'case.noCatalogueForDate' });
    const params = { regulation: catalogue.name, date, expected: expected.name };
    throw new AppError('INVALID_INPUT', 'case.catalogueNotInForce', params, { catalogueVersion: 'case.catalogueNotInForce' });
  }
  const unknown = input.violationCodes.find((code) => !catalogue.entries.some((e) => e.code === code));
  if (!unknown) return;
  const code = unknown.slice(0, 60);
  const other = judgedCatalogues.find((c) => c.entries.some((e) => e.code === unknown));
  if (other) {
    const params = { code, other: other.name, regulation: catalogue.name, date };
    throw new AppError('INVALID_INPUT', 'case.violationOtherCatalogue', params, { violationCodes: 'case.violationOtherCatalogue' });
  }
  throw new AppError('INVALID_INPUT', 'case.unknownViolation', { code, version: catalogue.version }, { violationCodes: 'case.unknownViolation' });
}

/** Refuses what the schema cannot see: unknown or mismatched catalogue or code, repeated NIP, unknown OPD or employee. */
export function checkReferences(db: Db, input: CaseInput, catalogueVersion: string): void {
  checkCatalogue(input, catalogueVersion);
  const seen = new Set<string>();
  input.accused.forEach((a, i) => {
    if (seen.has(a.nip)) throw new AppError('INVALID_INPUT', 'case.duplicateAccused', { nip: a.nip }, { [`accused.${i}.nip`]: 'case.duplicateAccused' });
    seen.add(a.nip);
    if (a.employeeId !== undefined) {
      if (selectEmployeeNip(db, a.employeeId) !== a.nip) throw new AppError('INVALID_INPUT', 'case.employeeMismatch', { nip: a.nip }, { [`accused.${i}.nip`]: 'case.employeeMismatch' });
    }
  });
  if (input.opdId != null && !opdExists(db, input.opdId)) {
    throw new AppError('INVALID_INPUT', 'case.unknownOpd', {}, { opdId: 'case.unknownOpd' });
  }
}

/**
 * An incident is something that already happened: a date after today (a typo such as
 * 2042 for 2024) would put the case outside every deadline and report, so it is refused
 * with the field named. `today` is the office's calendar day.
 */
export function checkIncidentDate(incidentDate: string, today: string): void {
  if (incidentDate > today) {
    throw new AppError('INVALID_INPUT', 'case.incidentFuture', { date: formatDate(incidentDate), today: formatDate(today) }, { incidentDate: 'case.incidentFutureShort' });
  }
}
