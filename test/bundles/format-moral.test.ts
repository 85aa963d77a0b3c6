/**
 * The bundle format carries a moral sanction's `announcedAt` as the moral-sanction form takes
 * it: where the statement is announced, free text up to 300 characters (not a date), so a
 * case whose clerk wrote a longer place is sent, not refused at export.
 */
import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from '../../shared/bundles/format.ts';
import { moralSaveSchema } from '../../shared/examination/moral.ts';
import { caseRecord } from '../received/records.ts';

describe('case.json moral sanction', () => {
  it('accepts every announcedAt the moral-sanction form accepts', () => {
    const place = 'apel pagi gabungan seluruh pegawai Sekretariat Daerah dan Dinas Pendidikan di halaman Kantor Bupati'.padEnd(300, '.');
    expect(moralSaveSchema.safeParse({ caseId: 1, accusedId: 1, sanctionCode: 'PP42-MORAL-TERBUKA', announcedAt: place }).success).toBe(true);
    const base = caseRecord('7a1c6f2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', 1);
    const record = { ...base, accused: [{ ...base.accused[0]!, moralSanction: { sanctionCode: 'PP42-MORAL-TERBUKA', announcedAt: place } }] };
    expect(caseRecordSchema.safeParse(record).success).toBe(true);
  });
});
