/**
 * SIASN rows for cases received from other offices (the province's option): the same row
 * builder and mapping as this office's, fed from the newest case.json of each received
 * case. What a case.json does not carry is said where it matters: the golongan is read from
 * the pangkat text ("Penata (III/c)"), the regulation from the shipped catalogue that lists
 * the sanction code, and the row's keterangan names the origin office.
 */
import type { CaseRecord } from '../../../shared/bundles/format.ts';
import type { SiasnFacts } from '../../../shared/reports/siasn.ts';
import { siasnDate } from '../../../shared/reports/siasn.ts';
import { allSanctionCatalogues, regulationNumber } from '../examination/sanction-catalogues.ts';
import type { ReceivedSkRow } from '../bundles/received-report-queries.ts';

type Accused = CaseRecord['accused'][number];
type Violation = CaseRecord['violations'][number];

const OUTCOME_TEXT: Record<string, string> = { upheld: 'dikuatkan', lightened: 'diperingan', heavier: 'diperberat', annulled: 'dibatalkan' };

/** A PNS golongan ("III/c") or PPPK golongan ("IX") written in brackets in the pangkat text, else null. */
export function golonganOf(pangkat: string | null): string | null {
  const m = /\(([IV]{1,3}\/[a-e]|[IVX]{1,5})\)\s*$/.exec(pangkat ?? '');
  return m ? m[1]! : null;
}

/** The catalogue's regulation for a sanction code ("94 Tahun 2021"), or '' when no shipped catalogue lists it. */
function regulationOf(code: string): string {
  const catalogue = allSanctionCatalogues().find((c) => c.sanctions.some((s) => s.code === code));
  return catalogue ? regulationNumber(catalogue.id) : '';
}

/** The facts of one received person's SK, the sanction as its appeals left it. */
export function receivedSiasnFacts(row: ReceivedSkRow): SiasnFacts {
  const a = JSON.parse(row.accusedJson) as Accused;
  const violations = JSON.parse(row.violationsJson) as Violation[];
  const d = a.decision!;
  const inForce = a.sanctionInForce;
  const appeal = inForce?.changedByAppeal ?? null;
  // A lightened or heavier appeal put another sanction in force; an annulment ends the decided one.
  const changed = inForce && appeal && appeal.outcome !== 'annulled' ? inForce : null;
  const sanctionCode = changed?.sanctionCode ?? d.sanctionCode;
  const title = changed?.sanctionTitle ?? d.sanctionTitle ?? sanctionCode;
  const appealNote = a.appeals
    .filter((p) => p.outcome !== null)
    .map((p) => `; ${p.kind === 'banding' ? 'banding administratif' : 'keberatan'} ${OUTCOME_TEXT[p.outcome!]} dengan keputusan ${p.outcomeNumber ?? ''} tanggal ${siasnDate(p.outcomeDate)}`)
    .join('');
  return {
    registerNo: row.registerNo,
    caseUuid: row.caseUuid,
    revision: row.revision,
    nip: a.nip,
    name: a.name,
    pnsOrangId: a.siasnPersonId,
    golongan: golonganOf(a.pangkat),
    skNumber: d.skNumber!,
    skDate: d.skDate ?? '',
    effectiveDate: inForce?.startDate ?? null,
    endDate: inForce?.endDate ?? null,
    sanctionCode,
    level: (changed?.level ?? d.level)!,
    durationMonths: changed ? changed.durationMonths : d.durationMonths,
    violationCodes: violations.map((v) => v.code),
    regulationNumber: regulationOf(sanctionCode),
    annulment: appeal?.outcome === 'annulled' ? { number: appeal.number, date: appeal.date } : null,
    note: `${title}; pelanggaran netralitas ASN (register ${row.registerNo}, ${row.originName} kode ${row.originCode})${appealNote}`,
  };
}
