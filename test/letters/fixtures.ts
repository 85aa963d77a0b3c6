/** Shared inputs for letter tests: a fictional case and the repo's resources folder. */
import { fileURLToPath } from 'node:url';
import type { CaseDetail } from '../../shared/cases/schemas.ts';

export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url));

/** Chronology text that must never reach a receipt (it can identify the reporter). */
export const SECRET_CHRONOLOGY = 'Dilaporkan oleh PELAPOR-RAHASIA-123 melalui pesan singkat';

/** A fictional registered case with a PNS and a PPPK accused and two violations. */
export function sampleCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 1,
    registerNo: 'REG/0001/INSP/2026',
    status: 'registered',
    source: 'bawaslu',
    sourceRef: '012/Rek/Bawaslu-Kab/XI/2024',
    incidentDate: '2024-11-02',
    incidentPlace: 'Lapangan Desa Contoh, Kecamatan Contoh',
    chronology: SECRET_CHRONOLOGY,
    catalogueVersion: 'test',
    createdAt: '2024-11-04T03:00:00.000Z',
    createdBy: 'clerk',
    version: 1,
    accused: [
      {
        id: 1,
        employeeId: null,
        name: 'Budi Santoso',
        nip: '198609262015051001',
        employmentType: 'PNS',
        jabatan: 'Guru Ahli Pertama',
        unitKerja: 'SD Negeri 1 Contoh',
      },
      {
        id: 2,
        employeeId: null,
        name: 'Siti Aminah',
        nip: '198902252024212013',
        employmentType: 'PPPK',
        jabatan: null,
        unitKerja: null,
      },
    ],
    violations: [
      {
        code: 'TEST-1',
        title: 'Memberikan dukungan kepada calon kepala daerah melalui media sosial',
        level: 'sedang',
        legalBasis: 'PP 94/2021',
      },
      { code: 'TEST-2', title: 'Menghadiri kampanye', level: 'sedang', legalBasis: 'PP 94/2021' },
    ],
    history: [],
    ...overrides,
  };
}
