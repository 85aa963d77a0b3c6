/**
 * One case as a bundle sends it (case.json, shared/bundles/format.ts CaseRecord), read
 * through the features' own query modules. What is left out on purpose: the reporter
 * (name, contact, anonymity), the chronology and the source documents (the report itself),
 * since any of them can identify a complainant; the exam team and internal notes.
 */
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { findViolationIn } from '../catalogue/violations.ts';
import { selectAccusedForExchange, selectCase, selectViolationCodes } from '../cases/case-queries.ts';
import { selectAppeals, selectDecisionRows, selectDeliveries } from '../examination/decision-queries.ts';
import type { AppealRow, DecisionRow } from '../examination/decision-queries.ts';
import { selectMorals } from '../examination/moral-queries.ts';
import { selectLhps } from '../examination/record-queries.ts';
import { findSanction } from '../examination/sanction-catalogues.ts';
import { selectCaseSessions } from '../hearings/session-queries.ts';
import { selectCaseLettersWithPdf } from '../letters/issued-queries.ts';
import { selectEvidence } from '../evidence/evidence-queries.ts';
import { selectChangingAppeal } from '../sanctions/register-queries.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { pangkatGolonganText } from '../../../shared/employees/golongan.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { caseRecordSchema, evidencePath, letterPath } from '../../../shared/bundles/format.ts';
import type { CaseRecord } from '../../../shared/bundles/format.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { sha256Hex } from './container.ts';

type Accused = CaseRecord['accused'][number];
type Level = 'ringan' | 'sedang' | 'berat';

export interface BuiltCaseRecord {
  caseId: number;
  record: CaseRecord;
  /** case.json's bytes: canonical JSON (RFC 8785), what the bundle carries and hashes. */
  bytes: Buffer;
  sha256: string;
  /** Every letter's PDF by its sha256, checked against the hash recorded when it was issued. */
  letters: Map<string, Uint8Array>;
  /** The evidence files' digests (their bytes are read from the store only when exported with evidence). */
  evidence: string[];
}

const level = (l: string | null | undefined): Level | null => (l === 'ringan' || l === 'sedang' || l === 'berat' ? l : null);
const signerTitle = (s: Signatory) => (s.prefix ? `${s.prefix} ${s.title}` : s.title);

function decisionOf(d: DecisionRow): Accused['decision'] {
  const signatory = d.signatory ? (JSON.parse(d.signatory) as Signatory) : null;
  return {
    sanctionCode: d.sanction_code,
    sanctionTitle: findSanction(d.catalogue_id, d.sanction_code)?.title.id ?? null,
    level: level(d.level),
    durationMonths: d.duration_months,
    outcomeText: d.outcome_text,
    skNumber: d.sk_number,
    skDate: d.sk_date,
    repeatOffender: d.repeat_offender === 1,
    withoutExamination: d.without_examination === 1,
    decidedBy: signatory ? { title: signerTitle(signatory), name: signatory.name } : null,
  };
}

function appealOf(a: AppealRow): Accused['appeals'][number] {
  return {
    kind: a.kind === 'banding' ? 'banding' : 'keberatan',
    filedOn: a.filed_on,
    addressedTo: a.addressed_to,
    answerDue: a.answer_due,
    outcome: (a.outcome as Accused['appeals'][number]['outcome']) ?? null,
    outcomeNumber: a.outcome_number,
    outcomeDate: a.outcome_date,
    sanctionCode: a.sanction_code,
    durationMonths: a.duration_months,
  };
}

/**
 * The sanction as it stands after appeals: only for a disciplinary SK (a level and an SK
 * number). The decision's start and end dates are already those the last appeal outcome
 * set (appeal-service); the code and period are the changing appeal's when it has one.
 */
function inForceOf(ctx: Pick<AppContext, 'db'>, caseId: number, accusedId: number, d: DecisionRow): Accused['sanctionInForce'] {
  if (d.level === null || d.sk_number === null) return null;
  const appeal = selectChangingAppeal(ctx.db, caseId, accusedId);
  const changed = appeal && appeal.outcome !== 'annulled' && appeal.sanctionCode ? appeal : null;
  const code = changed?.sanctionCode ?? d.sanction_code;
  const sanction = findSanction(d.catalogue_id, code);
  return {
    sanctionCode: code,
    sanctionTitle: sanction?.title.id ?? null,
    level: level(sanction?.level ?? d.level),
    durationMonths: changed ? changed.durationMonths : d.duration_months,
    startDate: d.effective_date,
    endDate: d.end_date,
    annulled: appeal?.outcome === 'annulled',
    changedByAppeal: appeal ? { outcome: appeal.outcome, number: appeal.outcomeNumber, date: appeal.outcomeDate } : null,
  };
}

/** The LHP letter of an accused: the valid one naming them, else a case-wide one from before letters named their subject. */
function lhpLetterDate(letters: { type: string; status: string; subject: string; letterDate: string }[], accusedId: number): string | null {
  const valid = letters.filter((l) => l.type === 'lhp' && l.status === 'issued');
  return (valid.find((l) => l.subject === `accused:${accusedId}`) ?? valid.find((l) => l.subject === ''))?.letterDate ?? null;
}

function maxDay(days: (string | null)[]): string | null {
  const present = days.filter((d): d is string => d !== null).sort();
  return present.at(-1) ?? null;
}

/**
 * Builds case.json for a case. `withEvidence` decides whether evidence entries point at a
 * file in the bundle (the hashes are there either way). Refuses (CONFLICT,
 * integrity.letterAltered) a letter whose stored PDF no longer hashes to its record: a
 * letter with legal weight is never sent in altered form.
 */
export function buildCaseRecord(ctx: Pick<AppContext, 'db'>, caseId: number, opts: { instansiCode: string; withEvidence: boolean }): BuiltCaseRecord {
  const row = selectCase(ctx.db, caseId);
  if (!row) throw notFound('case.notFound');
  const decisions = new Map(selectDecisionRows(ctx.db, caseId).map((d) => [d.accused_id, d]));
  const lhps = new Map(selectLhps(ctx.db, caseId).map((l) => [l.accusedId, l]));
  const morals = new Map(selectMorals(ctx.db, caseId).map((m) => [m.accusedId, m]));
  const deliveries = new Map(selectDeliveries(ctx.db, caseId).map((d) => [d.accused_id, d]));
  const appeals = selectAppeals(ctx.db, caseId);
  const sessions = selectCaseSessions(ctx.db, caseId);
  // Oldest first: the order they were issued in.
  const issued = selectCaseLettersWithPdf(ctx.db, caseId);

  const letterFiles = new Map<string, Uint8Array>();
  const letters = issued.map((l) => {
    if (sha256Hex(l.pdf) !== l.sha256) throw new AppError('CONFLICT', 'integrity.letterAltered', { number: l.number });
    letterFiles.set(l.sha256, l.pdf);
    return { kind: l.type, number: l.number, letterDate: l.letterDate, issuedAt: l.issuedAt, status: l.status, sha256: l.sha256, path: letterPath(row.case_uuid, l.sha256) };
  });

  const accused = selectAccusedForExchange(ctx.db, caseId).map((a, i): Accused => {
    const d = decisions.get(a.id);
    const lhp = lhps.get(a.id);
    const moral = morals.get(a.id);
    const delivery = deliveries.get(a.id);
    return {
      position: i + 1,
      name: a.name,
      nip: a.nip,
      siasnPersonId: a.siasnPersonId,
      employmentType: a.employmentType,
      jabatan: a.jabatan,
      opd: a.opdName,
      unitKerja: a.unitKerja,
      pangkat: pangkatGolonganText(a.pangkat, a.golongan) || a.casePangkat || null,
      lhp: lhp ? { date: lhpLetterDate(issued, a.id), recommendedSanctionCode: lhp.recommendedSanctionCode } : null,
      decision: d ? decisionOf(d) : null,
      moralSanction: moral ? { sanctionCode: moral.sanctionCode, announcedAt: moral.announcedAt } : null,
      skDelivery: delivery ? { deliveredOn: delivery.delivered_on, method: delivery.method, refused: delivery.refused === 1 } : null,
      appeals: appeals.filter((x) => x.accused_id === a.id).map(appealOf),
      sanctionInForce: d ? inForceOf(ctx, caseId, a.id, d) : null,
    };
  });

  // Only evidence files: a URL has no bytes to hash, and the source documents are the report itself.
  const evidenceItems = selectEvidence(ctx.db, caseId).filter((e) => e.kind === 'file' && e.category === 'evidence' && e.sha256 !== null);
  const evidence = evidenceItems.map((e) => ({
    sha256: e.sha256!,
    kind: e.kind,
    name: e.originalName ?? '',
    size: e.size ?? 0,
    mime: e.mime,
    path: opts.withEvidence ? evidencePath(row.case_uuid, e.sha256!) : null,
  }));

  const parsed = caseRecordSchema.safeParse({
    caseUuid: row.case_uuid,
    revision: row.revision,
    registerNo: row.register_no,
    originInstansiCode: opts.instansiCode,
    status: row.status,
    incident: { date: row.incident_date, place: row.incident_place },
    dates: {
      registered: localIsoDate(new Date(row.created_at)),
      examinations: [...new Set(sessions.filter((s) => s.attendance === 'present').map((s) => s.date))].sort(),
      lhp: maxDay(accused.map((a) => a.lhp?.date ?? null)),
      decision: maxDay([...decisions.values()].map((d) => d.sk_date)),
    },
    violations: selectViolationCodes(ctx.db, caseId).map((code) => ({ code, title: findViolationIn(row.catalogue_version, code)?.title.id ?? null })),
    accused,
    letters,
    evidence: dedupe(evidence),
  });
  // Stored data outside what the format allows (a row written by an older build or by hand) is named, not sent malformed.
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('CONFLICT', 'bundleExport.recordInvalid', { registerNo: row.register_no, detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
  }
  const record = parsed.data;
  const bytes = Buffer.from(canonicalJson(record), 'utf8');
  return { caseId, record, bytes, sha256: sha256Hex(bytes), letters: letterFiles, evidence: [...new Set(evidence.map((e) => e.sha256))] };
}

/** The same file attached twice to one case is one entry (one path in the bundle). */
function dedupe<T extends { sha256: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((e) => !seen.has(e.sha256) && (seen.add(e.sha256), true));
}
