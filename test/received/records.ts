import { canonicalJson } from '../../shared/canonical-json.ts';
import type { CaseRecord } from '../../shared/bundles/format.ts';
import { letterPath } from '../../shared/bundles/format.ts';
import type { VerifiedCase } from '../../electron/main/bundles/import-service.ts';
import { sha } from '../bundles/synthetic.ts';

/** The bytes of a (fake but recognisable) letter PDF named `label`. */
export const letterBytes = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n%%EOF\n`);

/** A case.json as a regency sends it: one accused, decided with a sanction, appealed; `over` changes any part. */
export function caseRecord(caseUuid: string, revision: number, over: Partial<CaseRecord> = {}, originInstansiCode = '1234567'): CaseRecord {
  const sk = letterBytes(`SK ${caseUuid} r${revision}`);
  return {
    caseUuid,
    revision,
    registerNo: 'REG/0007/INSP/2024',
    originInstansiCode,
    status: 'delivered',
    incident: { date: '2024-03-12', place: 'Kantor Camat Sukamaju' },
    dates: { registered: '2024-03-20', examinations: ['2024-04-02'], lhp: '2024-04-20', decision: '2024-05-02' },
    violations: [{ code: 'PP94-3-f', title: 'Netralitas ASN dalam pemilihan' }],
    accused: [
      {
        position: 1,
        name: 'Budi Santoso',
        nip: '198503122010011004',
        siasnPersonId: null,
        employmentType: 'PNS',
        jabatan: 'Kepala Seksi Pelayanan',
        opd: 'Kecamatan Sukamaju',
        unitKerja: 'Seksi Pelayanan',
        pangkat: 'Penata (III/c)',
        lhp: { date: '2024-04-20', recommendedSanctionCode: 'PP94-SEDANG-TUKIN' },
        decision: {
          sanctionCode: 'PP94-SEDANG-TUKIN',
          sanctionTitle: 'Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan',
          level: 'sedang',
          durationMonths: 6,
          outcomeText: null,
          skNumber: '800.1.6.4/12/SK-HD/2024',
          skDate: '2024-05-02',
          repeatOffender: false,
          withoutExamination: false,
          decidedBy: { title: 'Bupati Uji', name: 'H. Ahmad Fauzi' },
        },
        moralSanction: null,
        skDelivery: { deliveredOn: '2024-05-06', method: 'langsung', refused: false },
        appeals: [
          { kind: 'keberatan', filedOn: '2024-05-10', addressedTo: 'Bupati Uji', answerDue: '2024-06-03', outcome: 'lightened', outcomeNumber: '800/21/KEB/2024', outcomeDate: '2024-06-01', sanctionCode: 'PP94-RINGAN-TERTULIS', durationMonths: null },
        ],
        sanctionInForce: {
          sanctionCode: 'PP94-RINGAN-TERTULIS',
          sanctionTitle: 'Teguran tertulis',
          level: 'ringan',
          durationMonths: null,
          startDate: '2024-06-01',
          endDate: null,
          annulled: false,
          changedByAppeal: { outcome: 'lightened', number: '800/21/KEB/2024', date: '2024-06-01' },
        },
      },
    ],
    letters: [{ kind: 'sk', number: '800.1.6.4/12/SK-HD/2024', letterDate: '2024-05-02', issuedAt: '2024-05-02T03:00:00.000Z', status: 'issued', sha256: sha(sk), path: letterPath(caseUuid, sha(sk)) }],
    evidence: [],
    ...over,
  };
}

/**
 * One revision as the container hands it to the import: the canonical case.json, its hash,
 * the hash the sender declares for its previous revision and the letters it lists (the bytes
 * are `letterBytes` of a label the record's letters were made from, or given).
 */
export function verifiedCase(record: CaseRecord, previousSha256: string | null, letters: Buffer[] = [letterBytes(`SK ${record.caseUuid} r${record.revision}`)]): VerifiedCase {
  const caseJsonText = canonicalJson(record);
  return {
    caseUuid: record.caseUuid,
    registerNo: record.registerNo,
    revision: record.revision,
    sha256: sha(caseJsonText),
    previousSha256,
    caseJsonText,
    letters: letters.map((bytes) => ({ sha256: sha(bytes), bytes })),
  };
}
