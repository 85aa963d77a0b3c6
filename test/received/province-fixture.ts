import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../electron/main/app-context.ts';
import { importVerifiedBundle } from '../../electron/main/bundles/import-service.ts';
import type { CaseRecord } from '../../shared/bundles/format.ts';
import { bundleOf } from '../bundles/synthetic.ts';
import { caseRecord, verifiedCase } from './records.ts';

export const KAB = { instansiCode: '3201', officeName: 'Inspektorat Kabupaten Uji', keyFingerprint: 'AB:'.repeat(31) + 'CD' };
export const KOTA = { instansiCode: '3202', officeName: 'Inspektorat Kota Uji', keyFingerprint: 'CD:'.repeat(31) + 'AB' };

type Accused = CaseRecord['accused'][number];
const base = (uuid: string) => caseRecord(uuid, 1).accused[0]!;
const undecided = (a: Accused): Accused => ({ ...a, lhp: null, decision: null, skDelivery: null, appeals: [], sanctionInForce: null });

/**
 * What the province received, counted by hand:
 * - 3201 A (2024-03-12, PP94-3-f): Budi, sedang with SK, lightened on appeal (sanctioned).
 * - 3201 B (2024-08-01, PP94-3-f and PP94-5-a, two revisions: the newest counts): Siti not
 *   decided; Joko berat with SK, annulled on appeal (decided, not sanctioned).
 * - 3202 C (2024-07-15, PP94-5-a): Rina, ringan without an SK yet (decided, not sanctioned).
 * - 3201 D (2023-12-30): Dedi, outside 2024.
 */
export function receiveProvince(ctx: AppContext) {
  const A = randomUUID();
  const B = randomUUID();
  const C = randomUUID();
  const D = randomUUID();
  const a1 = verifiedCase(caseRecord(A, 1, {}, KAB.instansiCode), null);
  const siti = { ...undecided(base(B)), position: 1, name: 'Siti Aminah', nip: '199001012015032001', opd: 'Dinas Pendidikan' };
  const jokoDecision = { ...base(B).decision!, sanctionCode: 'PP94-BERAT-TURUN-JABATAN', sanctionTitle: 'Penurunan jabatan', level: 'berat' as const, durationMonths: 12, skNumber: '800/2/SK-HD/2024' };
  const joko: Accused = {
    ...base(B),
    position: 2,
    name: 'Joko Widodo Susilo',
    nip: '198001012005011002',
    opd: 'Dinas Pendidikan',
    siasnPersonId: 'A8ACA7B1-2C3D',
    pangkat: 'Penata Tk. I (III/d)',
    decision: jokoDecision,
    appeals: [{ kind: 'banding', filedOn: '2024-09-10', addressedTo: 'BPASN', answerDue: '2024-10-10', outcome: 'annulled', outcomeNumber: 'BPASN/9/2024', outcomeDate: '2024-10-01', sanctionCode: null, durationMonths: null }],
    sanctionInForce: { sanctionCode: 'PP94-BERAT-TURUN-JABATAN', sanctionTitle: 'Penurunan jabatan', level: 'berat', durationMonths: 12, startDate: '2024-09-01', endDate: '2024-10-01', annulled: true, changedByAppeal: { outcome: 'annulled', number: 'BPASN/9/2024', date: '2024-10-01' } },
  };
  const bViolations = [{ code: 'PP94-3-f', title: 'Netralitas' }, { code: 'PP94-5-a', title: 'Kampanye' }];
  const b1 = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024', status: 'registered', incident: { date: '2024-08-01', place: null }, violations: bViolations.slice(0, 1), accused: [siti], letters: [] }, KAB.instansiCode), null, []);
  const b2 = verifiedCase(caseRecord(B, 2, { registerNo: 'REG/0100/INSP/2024', status: 'appeal', incident: { date: '2024-08-01', place: null }, violations: bViolations, accused: [siti, joko], letters: [] }, KAB.instansiCode), b1.sha256, []);
  const rina: Accused = { ...base(C), name: 'Rina Marlina', nip: '199203042019032005', opd: 'Kecamatan Kota', employmentType: 'PPPK', decision: { ...base(C).decision!, sanctionCode: 'PP94-RINGAN-LISAN', sanctionTitle: 'Teguran lisan', level: 'ringan', durationMonths: null, skNumber: null, skDate: null }, skDelivery: null, appeals: [], sanctionInForce: null };
  const c1 = verifiedCase(caseRecord(C, 1, { registerNo: 'REG/0001/INSP/2024', status: 'decision', incident: { date: '2024-07-15', place: null }, violations: [{ code: 'PP94-5-a', title: 'Kampanye' }], accused: [rina], letters: [] }, KOTA.instansiCode), null, []);
  const d1 = verifiedCase(caseRecord(D, 1, { registerNo: 'REG/0099/INSP/2023', incident: { date: '2023-12-30', place: null }, accused: [{ ...undecided(base(D)), name: 'Dedi', nip: '198501012010011001' }], letters: [] }, KAB.instansiCode), null, []);
  importVerifiedBundle(ctx, bundleOf([a1, b1, d1], randomUUID(), KAB));
  importVerifiedBundle(ctx, bundleOf([b2], randomUUID(), KAB));
  importVerifiedBundle(ctx, bundleOf([c1], randomUUID(), KOTA));
  return { A, B, C, D, a1, b2, c1 };
}
