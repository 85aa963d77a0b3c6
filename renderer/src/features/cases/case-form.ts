import type { PositionClass } from '../../../../shared/employees/position-class.ts';
import type { CaseCreateInput, CaseDetail, CaseUpdateInput, SourceKind } from '../../../../shared/cases/schemas.ts';
import type { EmploymentType } from '../../../../shared/employees/employment-type.ts';

export interface AccusedDraft {
  employeeId?: number | undefined;
  name: string;
  nip: string;
  employmentType: EmploymentType;
  pangkat: string;
  jabatan: string;
  unitKerja: string;
  /** '' leaves the registry's class as it is. */
  positionClass: PositionClass | '';
}

/** What the intake and edit forms hold; turned into the shared schemas' payloads on validate and submit. */
export interface CaseFormValues {
  source: CaseCreateInput['source'];
  sourceKind: SourceKind | '';
  sourceRef: string;
  sourceDate: string;
  reporter: { anonymous: boolean; name: string; contact: string };
  accused: AccusedDraft[];
  catalogueVersion: string;
  violationCodes: string[];
  incidentDate: string;
  incidentTime: string;
  incidentPlace: string;
  /** Select value (string id) or '' for none. */
  opdId: string;
  chronology: string;
  reason: string;
}

export const emptyAccused: AccusedDraft = { name: '', nip: '', employmentType: 'PNS', pangkat: '', jabatan: '', unitKerja: '', positionClass: '' };

export function emptyCaseForm(catalogueVersion = ''): CaseFormValues {
  return {
    source: 'own_finding',
    sourceKind: '',
    sourceRef: '',
    sourceDate: '',
    reporter: { anonymous: false, name: '', contact: '' },
    accused: [{ ...emptyAccused }],
    catalogueVersion,
    violationCodes: [],
    incidentDate: '',
    incidentTime: '',
    incidentPlace: '',
    opdId: '',
    chronology: '',
    reason: '',
  };
}

/** The fields both schemas share, from form values. */
function fields(v: CaseFormValues) {
  return {
    source: v.source,
    sourceKind: (v.sourceKind || '') as SourceKind | '',
    sourceRef: v.sourceRef,
    sourceDate: v.sourceDate ?? '',
    reporter: v.reporter,
    accused: v.accused.map(({ employeeId, ...a }) => (employeeId ? { ...a, employeeId } : a)),
    catalogueVersion: v.catalogueVersion,
    violationCodes: v.violationCodes,
    incidentDate: v.incidentDate ?? '',
    incidentTime: v.incidentTime,
    incidentPlace: v.incidentPlace,
    opdId: v.opdId ? Number(v.opdId) : null,
    chronology: v.chronology,
  };
}

export function toCreatePayload(v: CaseFormValues): CaseCreateInput {
  return fields(v);
}

/** The edit payload; `expectedVersion` is the case's version when the form was loaded. */
export function toUpdatePayload(v: CaseFormValues, id: number, expectedVersion: number): CaseUpdateInput {
  return { ...fields(v), id, reason: v.reason, expectedVersion };
}

/** Form values of an existing case, for the edit form. */
export function fromDetail(c: CaseDetail): CaseFormValues {
  return {
    source: c.source,
    sourceKind: c.sourceKind ?? '',
    sourceRef: c.sourceRef ?? '',
    sourceDate: c.sourceDate ?? '',
    reporter: { anonymous: c.reporter?.anonymous ?? false, name: c.reporter?.name ?? '', contact: c.reporter?.contact ?? '' },
    accused: c.accused.map((a) => ({
      ...(a.employeeId ? { employeeId: a.employeeId } : {}),
      name: a.name,
      nip: a.nip,
      employmentType: a.employmentType,
      pangkat: a.pangkat ?? '',
      jabatan: a.jabatan ?? '',
      unitKerja: a.unitKerja ?? '',
      positionClass: '',
    })),
    catalogueVersion: c.catalogueVersion,
    violationCodes: c.violations.map((v) => v.code),
    incidentDate: c.incidentDate,
    incidentTime: c.incidentTime ?? '',
    incidentPlace: c.incidentPlace ?? '',
    opdId: c.opdId ? String(c.opdId) : '',
    chronology: c.chronology ?? '',
    reason: '',
  };
}
