import type { Db } from '../db/connection.ts';
import { currentCatalogue } from '../catalogue/violations.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import { NON_ASN_CATALOGUE_ID, NON_ASN_SANCTION_CODE } from '../../../shared/examination/sanctions.ts';
import type { SanctionCatalogue, SanctionEntry } from '../../../shared/examination/sanctions.ts';
import { heaviestLevel } from '../../../shared/examination/team-rules.ts';
import type { CaseLevel } from '../../../shared/examination/team-rules.ts';
import type { Prng } from './prng.ts';
import { recordBulkWriter } from '../examination/record-queries.ts';
import { decisionBulkWriter } from '../examination/decision-queries.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

/** Question/answer pairs of a demo BAP: the questions an examiner actually asks. */
const QA: readonly (readonly [string, string])[] = [
  ['Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia diperiksa?', 'Ya, saya sehat dan bersedia diperiksa.'],
  ['Apakah Saudara mengetahui alasan Saudara dipanggil?', 'Ya, terkait laporan dugaan pelanggaran netralitas ASN.'],
  ['Apakah Saudara hadir pada kegiatan sebagaimana dalam laporan?', 'Saya hadir, tetapi hanya sebentar karena diundang warga.'],
  ['Apakah Saudara mengunggah foto atau video tersebut di media sosial?', 'Benar, akun tersebut milik saya.'],
  ['Apakah Saudara mengetahui larangan bagi ASN untuk berpihak dalam pemilihan?', 'Saya mengetahuinya dari surat edaran Bupati.'],
  ['Siapa saja yang bersama Saudara pada saat kejadian?', 'Beberapa warga dan tokoh masyarakat setempat.'],
  ['Apakah ada hal lain yang ingin Saudara sampaikan?', 'Saya mohon maaf dan tidak akan mengulanginya.'],
];
const AGGRAVATING = ['Dilakukan pada jam kerja', 'Menggunakan atribut ASN', 'Disebarluaskan di media sosial', null];
const MITIGATING = ['Bersikap kooperatif selama pemeriksaan', 'Mengakui perbuatannya', 'Belum pernah dijatuhi hukuman disiplin', null];
const IMPACTS = ['Berdampak negatif pada unit kerja', 'Berdampak negatif pada instansi', 'Menurunkan kepercayaan masyarakat terhadap netralitas ASN'];

const levelOf = new Map(currentCatalogue.entries.map((e) => [e.code, e.level]));
const titleOf = new Map(currentCatalogue.entries.map((e) => [e.code, e.title.id]));
const requiredOf = new Map(currentCatalogue.entries.flatMap((e) => (e.requiredSanction ? [[e.code, e.requiredSanction] as const] : [])));

/** The sanction a demo decision gives: at the level of the heaviest violation, allowed for the employment type. */
export interface DemoSanction {
  catalogue: SanctionCatalogue | null;
  sanction: SanctionEntry | null;
  durationMonths: number | null;
  outcomeText: string | null;
}

/** Picks a lawful sanction (decision-rules.ts) for the accused of a case with these violation codes. */
export function pickSanction(r: Prng, codes: readonly string[], type: EmploymentType, incidentDate: string): DemoSanction {
  if (type === 'NON_ASN') return { catalogue: null, sanction: null, durationMonths: null, outcomeText: 'Pemutusan hubungan kerja sesuai perjanjian kerja' };
  const level: CaseLevel = heaviestLevel(codes.map((c) => levelOf.get(c) ?? null));
  const options = allSanctionCatalogues()
    .filter((c) => c.kind === (level === null ? 'etik' : 'disiplin') && c.employmentTypes.includes(type))
    .filter((c) => incidentDate >= c.validFrom && (c.validUntil === null || incidentDate <= c.validUntil))
    .flatMap((c) => c.sanctions.filter((s) => s.employmentTypes.includes(type) && (level === null || s.level === level)).map((s) => ({ c, s })));
  // A violation that prescribes one sanction (party membership: dismissal) leaves no choice.
  const required = codes.flatMap((code) => requiredOf.get(code) ?? []);
  const lawful = required.length ? options.filter((o) => required.includes(o.s.code)) : options;
  const { c, s } = r.pick(lawful.length ? lawful : options);
  return { catalogue: c, sanction: s, durationMonths: s.durations === null ? null : r.pick(s.durations), outcomeText: null };
}

/** Prepared inserts for BAPs, LHPs and decisions, made once per demo run. */
export class RecordWriter {
  private readonly records: ReturnType<typeof recordBulkWriter>;
  private readonly decisions: ReturnType<typeof decisionBulkWriter>;
  private readonly r: Prng;

  constructor(db: Db, r: Prng) {
    this.r = r;
    this.records = recordBulkWriter(db);
    this.decisions = decisionBulkWriter(db);
  }

  /** A BAP of an attended session; about one in thirty examinees refuses to sign (the BAP stays valid). */
  bap(s: { sessionId: number; caseId: number; accusedId: number; place: string; examinerIds: number[]; at: string }): { bapId: number; questions: number; refused: boolean } {
    const refused = this.r.chance(0.03);
    const note = refused ? 'Terperiksa menolak menandatangani BAP tanpa alasan; disaksikan tim pemeriksa.' : null;
    const bapId = this.records.insertBap({ sessionId: s.sessionId, caseId: s.caseId, accusedId: s.accusedId, place: s.place, refused, refusalNote: note, at: s.at });
    for (const id of s.examinerIds) this.records.insertBapExaminer(bapId, id);
    const count = this.r.int(3, QA.length);
    for (let i = 0; i < count; i++) this.records.insertQa(bapId, i + 1, QA[i]![0], QA[i]![1]);
    return { bapId, questions: count, refused };
  }

  /** The LHP findings for one accused, recommending the sanction the decision will give. */
  lhp(l: { caseId: number; accusedId: number; codes: readonly string[]; incidentDate: string; place: string; sanctionCode: string; authorisedOfficial: string; at: string }): Record<string, unknown> {
    const row = {
      violation_form: titleOf.get(l.codes[0]!) ?? l.codes[0]!,
      violation_time: l.incidentDate,
      violation_place: l.place,
      aggravating: this.r.pick(AGGRAVATING),
      mitigating: this.r.pick(MITIGATING),
      impact: this.r.pick(IMPACTS),
      recommended_sanction_code: l.sanctionCode,
      authorised_official: l.authorisedOfficial,
    };
    this.records.insertLhp(row, l.caseId, l.accusedId, l.at);
    return row;
  }

  /** Inserts one decision row (no SK number, date or running dates: those come from issuing and delivery). */
  decision(d: {
    caseId: number;
    accusedId: number;
    nip: string;
    pick: DemoSanction;
    /** Who decides and signs (null for non-ASN outcomes). */
    decider: { official: string; rule: string; signatory: object } | null;
    repeat: boolean;
    withoutExam: boolean;
    at: string;
  }): Record<string, unknown> {
    const row = {
      caseId: d.caseId,
      accusedId: d.accusedId,
      nip: d.nip,
      catalogueId: d.pick.catalogue?.id ?? NON_ASN_CATALOGUE_ID,
      catalogueVersion: d.pick.catalogue?.version ?? NON_ASN_CATALOGUE_ID,
      sanctionCode: d.pick.sanction?.code ?? NON_ASN_SANCTION_CODE,
      level: d.pick.sanction?.level ?? null,
      durationMonths: d.pick.durationMonths,
      outcomeText: d.pick.outcomeText,
      repeat: d.repeat ? 1 : 0,
      withoutExam: d.withoutExam ? 1 : 0,
      pybmOfficial: d.decider?.official ?? null,
      pybmRule: d.decider?.rule ?? null,
      signatory: d.decider ? JSON.stringify(d.decider.signatory) : null,
      at: d.at,
    };
    this.decisions.insertDecision(row);
    return row;
  }
}
