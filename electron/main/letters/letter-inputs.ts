/**
 * Adapters: build each letter type's input from the database, or say exactly what the
 * case still lacks ("a case without the data a letter needs gets a message naming what
 * is missing"). Subjects name which letter of a case is meant: 'session:<id>' for
 * summons and BAP, 'accused:<id>' for LHP, SK and moral statement, '' otherwise.
 */
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { getCase } from '../cases/case-service.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import type { CaseDetail } from '../../../shared/cases/schemas.ts';
import type { LetterInputs, PersonInput, SanctionForm, SummonsInput, ViolationInput } from '../../../shared/letters/inputs.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { LegalBasisFacts } from '../../../shared/letters/legal-basis.ts';
import { letterLegalBasis } from './legal-basis-service.ts';
import { resolveSigner } from './signer-service.ts';
import { selectMoral as selectMoralSanction } from '../examination/moral-queries.ts';
import { TEAM_FORMATION_BASIS } from '../../../shared/letters/signer-roles.ts';
import type { SignerLetterType } from '../../../shared/letters/signer-roles.ts';
import type { SignerInput } from '../../../shared/letters/inputs.ts';
import { getOfficeSettings } from './office-settings-service.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { auditActionLabel } from '../../../shared/i18n/audit-label.ts';
import { selectBapForLetter, selectLhpFindings } from '../examination/record-queries.ts';
import { selectTeamForLetters } from '../examination/exam-queries.ts';
import { selectDecisionForLetter, selectDeliveryForLetter } from '../examination/decision-queries.ts';
import { selectSessionsForLetters } from '../hearings/session-queries.ts';
import type { SessionData } from '../hearings/session-queries.ts';
import { selectAccusedPerson } from '../cases/case-queries.ts';
import { lastIssued, selectCaseLetterList } from './issued-queries.ts';
import { loadDeadlineSettings } from '../deadlines/rule-settings.ts';
import { appealBody } from '../../../shared/examination/appeal-body.ts';
import { titleCase } from './types/sk.ts';
import { selectRelease, firstExaminationDate } from '../examination/release-queries.ts';
import { accusedOpdId, selectSuperior, selectSuperiors } from '../examination/superior-queries.ts';
import { opdKop } from '../employees/opd-service.ts';
import { selectSanction } from '../sanctions/register-queries.ts';
import { followUpInput, recommendationOfSubject } from '../recommendations/followup-input.ts';

/** Missing data, as i18n keys under letters.need.* with their parameters. */
export type Need = { key: string; params?: Record<string, string | number> };

/** Thrown (as an AppError) when a letter cannot be made yet; the message lists every missing item. */
export function missingError(ctx: AppContext, type: LetterType, needs: Need[]): AppError {
  const t = translator(ctx.language());
  const list = needs.map((n) => t(`letters.need.${n.key}`, n.params ?? {})).join('; ');
  return new AppError('CONFLICT', 'letters.missing', { letter: LETTER_TITLES[type], missing: list });
}

const SANCTION_FORMS: Record<string, SanctionForm> = {
  'PP94-RINGAN-LISAN': 'teguran_lisan',
  'PP94-RINGAN-TERTULIS': 'teguran_tertulis',
  'PP94-RINGAN-TIDAK-PUAS': 'pernyataan_tidak_puas',
  'PP94-SEDANG-TUKIN': 'potongan_tukin',
  'PP94-BERAT-TURUN-JABATAN': 'penurunan_jabatan',
  'PP94-BERAT-PELAKSANA': 'pembebasan_jabatan',
  'PP94-BERAT-PDHTAPS': 'pdhtaps',
};

function sanctionTitle(code: string, durationMonths: number | null): string {
  for (const c of allSanctionCatalogues()) {
    const s = c.sanctions.find((x) => x.code === code);
    if (s) return `${s.title.id.charAt(0).toLowerCase()}${s.title.id.slice(1)}${durationMonths ? ` selama ${durationMonths} bulan` : ''}`;
  }
  return code;
}

function violations(c: CaseDetail): ViolationInput[] {
  // levelBasis only where the catalogue version has it, so older cases' letters read as before.
  return c.violations.map((v) => ({ title: v.title, legalBasis: v.legalBasis, ...(v.levelBasis ? { levelBasis: v.levelBasis } : {}) }));
}

/** Facts that pick the conditional legal-basis items: who is concerned, and whether a moral sanction goes with the case. */
function basisFacts(ctx: AppContext, c: CaseDetail, people: PersonInput[]): LegalBasisFacts {
  const moral =
    c.violations.some((v) => v.level === null) ||
    c.accused.some((a) => selectDecisionForLetter(ctx.db, c.id, a.id)?.sanctionCode.startsWith('PP42-') === true || selectMoralSanction(ctx.db, c.id, a.id) !== null);
  return { pns: people.some((p) => p.employmentType !== 'PPPK'), pppk: people.some((p) => p.employmentType === 'PPPK'), moral };
}

function parseSubject(subject: string, kind: 'session' | 'accused'): number | null {
  const m = new RegExp(`^${kind}:(\\d{1,12})$`).exec(subject);
  return m ? Number(m[1]) : null;
}

function person(ctx: AppContext, c: CaseDetail, accusedId: number): PersonInput {
  const p = selectAccusedPerson(ctx.db, c.id, accusedId);
  if (!p) throw notFound('letters.accusedNotFound');
  return p;
}

function orderRef(ctx: AppContext, caseId: number) {
  const o = lastIssued(ctx.db, caseId, 'order', '');
  return o ? { number: o.number, date: o.letterDate } : null;
}

function session(ctx: AppContext, type: LetterType, c: CaseDetail, subject: string, summonsNo?: 1 | 2): SessionData {
  const id = parseSubject(subject, 'session');
  const sessions = selectSessionsForLetters(ctx.db, c.id).filter((s) => summonsNo === undefined || s.summonsNo === summonsNo);
  const s = id === null ? sessions.at(-1) : sessions.find((x) => x.id === id);
  if (!s) throw missingError(ctx, type, [{ key: summonsNo === 2 ? 'session2' : 'session' }]);
  return s;
}

function accusedId(ctx: AppContext, type: LetterType, c: CaseDetail, subject: string): number {
  const id = parseSubject(subject, 'accused') ?? (c.accused.length === 1 ? (c.accused[0]?.id ?? null) : null);
  if (id === null || !c.accused.some((a) => a.id === id)) throw missingError(ctx, type, [{ key: 'accusedChoice' }]);
  return id;
}

/** The letter's signer by the case's chosen (or default) role, or the missing item naming what to record. */
function signer(ctx: AppContext, caseId: number, type: SignerLetterType, accusedId?: number): SignerInput {
  const r = resolveSigner(ctx, caseId, type, accusedId);
  if (!r.signer.signatory || r.need) throw missingError(ctx, type, [{ key: r.need ?? 'signerSuperior' }]);
  return { role: r.signer.role, signatory: r.signer.signatory };
}

type Build<T extends LetterType> = (ctx: AppContext, c: CaseDetail, subject: string, date: string) => LetterInputs[T];

const summons =
  (no: 1 | 2) =>
  (ctx: AppContext, c: CaseDetail, subject: string): SummonsInput => {
    const type = no === 1 ? 'summons1' : 'summons2';
    const s = session(ctx, type, c, subject, no);
    const team = selectTeamForLetters(ctx.db, c.id);
    const examiner = team.find((m) => m.role === 'chair') ?? team[0];
    if (!examiner) throw missingError(ctx, type, [{ key: 'team' }]);
    const signedBy = signer(ctx, c.id, type, s.accusedId);
    const kop = signedBy.role === 'superior' ? superiorKop(ctx, type, c, s.accusedId) : undefined;
    const first = no === 2 ? selectSessionsForLetters(ctx.db, c.id).filter((x) => x.summonsNo === 1 && x.accusedId === s.accusedId).at(-1) : undefined;
    const prev = no === 2 ? lastIssued(ctx.db, c.id, 'summons1', first ? `session:${first.id}` : '') : null;
    return {
      registerNo: c.registerNo,
      summonsNo: no,
      accused: person(ctx, c, s.accusedId),
      examiner,
      hearing: { date: s.startAt.slice(0, 10), time: s.startAt.slice(11, 16), place: s.roomName ?? 'daring', videoLink: s.videoLink },
      violations: violations(c),
      previousSummons: prev ? { number: prev.number, date: prev.letterDate } : null,
      missedDate: first ? first.startAt.slice(0, 10) : null,
      signer: signedBy,
      ...(kop ? { letterhead: kop } : {}),
    };
  };

/**
 * A summons the direct superior signs is their office's letter: headed with the kop of the
 * superior's OPD (recorded with the superior, else the accused's OPD), which must have its address.
 */
function superiorKop(ctx: AppContext, type: LetterType, c: CaseDetail, accusedId: number): NonNullable<SummonsInput['letterhead']> {
  const opdId = selectSuperior(ctx.db, accusedId)?.opdId ?? accusedOpdId(ctx.db, accusedId);
  const opd = opdId === null ? undefined : opdKop(ctx.db, opdId);
  if (!opd) throw missingError(ctx, type, [{ key: 'superiorOpd' }]);
  if (!opd.address) throw missingError(ctx, type, [{ key: 'superiorOpdAddress', params: { name: opd.name } }]);
  return { officeName: opd.name, address: opd.address, phone: opd.phone ?? '', email: opd.email ?? '' };
}

const builders: { [T in LetterType]: Build<T> } = {
  receipt: (_ctx, c) => ({ case: c, receivedAt: localIsoDate(new Date(c.createdAt)) }),
  summons1: summons(1),
  summons2: summons(2),
  order: (ctx, c) => {
    const team = selectTeamForLetters(ctx.db, c.id);
    if (team.length === 0) throw missingError(ctx, 'order', [{ key: 'team' }]);
    const source = c.sourceRef ? [`Laporan/rekomendasi Nomor ${c.sourceRef} (Nomor Registrasi ${c.registerNo})`] : [`Laporan dugaan pelanggaran Nomor Registrasi ${c.registerNo}`];
    const accused = c.accused.map((a) => selectAccusedPerson(ctx.db, c.id, a.id) ?? { name: a.name, nip: a.nip });
    const names = new Map(c.accused.map((a) => [a.id, a.name]));
    const superiors = selectSuperiors(ctx.db, c.id).map((s) => ({ of: names.get(s.accusedId) ?? '', superior: { name: s.name, nip: s.nip, pangkat: s.pangkat, jabatan: s.jabatan } }));
    const basis = letterLegalBasis(ctx, 'order', basisFacts(ctx, c, accused));
    const signedBy = signer(ctx, c.id, 'order');
    // Who forms the team (PP 94/2021 Pasal 27), and the appointment when the PPK's appointee signs.
    const appointment = signedBy.role === 'appointed' ? [getOfficeSettings(ctx).appointedBy] : [];
    return {
      registerNo: c.registerNo,
      basis: [...basis.items, TEAM_FORMATION_BASIS, ...appointment, ...source],
      signer: signedBy,
      accused,
      team,
      ...(superiors.length > 0 ? { superiors } : {}),
      violations: violations(c),
      reportWithinDays: 30,
      legalBasisVersion: basis.version,
    };
  },
  bap: (ctx, c, subject) => {
    const s = session(ctx, 'bap', c, subject);
    const bap = selectBapForLetter(ctx.db, c.id, s.id);
    const needs: Need[] = [];
    if (!bap) needs.push({ key: 'bap' });
    else if (bap.qa.length === 0) needs.push({ key: 'bapQa' });
    if (bap && bap.examiners.length === 0) needs.push({ key: 'bapExaminers' });
    if (!bap || needs.length > 0) throw missingError(ctx, 'bap', needs);
    return {
      registerNo: c.registerNo,
      date: s.startAt.slice(0, 10),
      time: s.startAt.slice(11, 16),
      place: bap.place ?? s.roomName ?? 'daring',
      examiners: bap.examiners,
      orderRef: orderRef(ctx, c.id),
      examinee: person(ctx, c, s.accusedId),
      violations: violations(c),
      qa: bap.qa,
      refusedToSign: bap.refusedToSign,
      refusalNote: bap.refusalNote,
    };
  },
  lhp: (ctx, c, subject) => {
    const id = accusedId(ctx, 'lhp', c, subject);
    const lhp = selectLhpFindings(ctx.db, c.id, id);
    const team = selectTeamForLetters(ctx.db, c.id);
    const needs: Need[] = [...(lhp ? [] : [{ key: 'lhp' }]), ...(team.length ? [] : [{ key: 'team' }])];
    if (!lhp || needs.length) throw missingError(ctx, 'lhp', needs);
    const held = selectSessionsForLetters(ctx.db, c.id).filter((s) => s.accusedId === id && s.attendance === 'present');
    return {
      registerNo: c.registerNo,
      orderRef: orderRef(ctx, c.id),
      accused: person(ctx, c, id),
      team,
      violations: violations(c),
      examinationDates: held.map((s) => s.startAt.slice(0, 10)),
      findings: lhp,
      recommendedSanction: sanctionTitle(lhp.recommendedSanctionCode, null),
      authorisedOfficial: lhp.authorisedOfficial,
    };
  },
  sk: (ctx, c, subject) => {
    const id = accusedId(ctx, 'sk', c, subject);
    const d = selectDecisionForLetter(ctx.db, c.id, id);
    if (!d) throw missingError(ctx, 'sk', [{ key: 'decision' }]);
    if (d.sanctionCode.startsWith('PP42-')) throw missingError(ctx, 'sk', [{ key: 'disciplinaryDecision' }]);
    const lhp = lastIssued(ctx.db, c.id, 'lhp', `accused:${id}`);
    const accused = person(ctx, c, id);
    const deadlines = loadDeadlineSettings(ctx.db);
    // A PPPK's dismissal is the termination of the contract, never "sebagai PNS".
    const pppkTermination = accused.employmentType === 'PPPK' && d.sanctionCode === 'PP94-BERAT-PDHTAPS';
    const basis = letterLegalBasis(ctx, 'sk', basisFacts(ctx, c, [accused]));
    return {
      registerNo: c.registerNo,
      accused,
      sanction: {
        form: SANCTION_FORMS[d.sanctionCode] ?? 'lainnya',
        title: d.outcomeText ?? (pppkTermination ? 'pemutusan hubungan perjanjian kerja' : sanctionTitle(d.sanctionCode, d.durationMonths)),
        level: d.level,
        durationMonths: d.durationMonths,
      },
      violations: violations(c),
      lhpRef: lhp ? { number: lhp.number, date: lhp.letterDate } : null,
      withoutExamination: d.withoutExamination,
      repeatOffender: d.repeatOffender,
      effectiveAfterDays: deadlines.skEffective.value,
      deliveryWithin: { value: deadlines.skDelivery.value, unit: deadlines.skDelivery.unit },
      appealWithinWorkdays: deadlines.appealWindow.value,
      appeal: appealBody({ dismissal: d.sanctionCode === 'PP94-BERAT-PDHTAPS', official: d.pybmOfficial, ppkTitle: getOfficeSettings(ctx).ppkTitle }),
      signatory: d.signatory,
      mengingat: basis.items,
      legalBasisVersion: basis.version,
    };
  },
  moral: (ctx, c, subject) => {
    const id = accusedId(ctx, 'moral', c, subject);
    const d = selectDecisionForLetter(ctx.db, c.id, id);
    // The moral sanction is the decision itself (ethics only), or goes with a disciplinary one.
    const beside = d && !d.sanctionCode.startsWith('PP42-') ? selectMoralSanction(ctx.db, c.id, id) : null;
    const code = beside?.sanctionCode ?? d?.sanctionCode ?? '';
    if (!code.startsWith('PP42-MORAL-')) throw missingError(ctx, 'moral', [{ key: 'moralDecision' }]);
    return {
      registerNo: c.registerNo,
      kind: code === 'PP42-MORAL-TERBUKA' ? 'open' : 'closed',
      accused: person(ctx, c, id),
      violations: violations(c),
      announcedAt: beside?.announcedAt ?? null,
      ...(beside ? { signatory: beside.signatory, withDiscipline: true } : {}),
    };
  },
  delivery: (ctx, c, subject) => {
    const id = accusedId(ctx, 'delivery', c, subject);
    const d = selectDecisionForLetter(ctx.db, c.id, id);
    const delivery = selectDeliveryForLetter(ctx.db, c.id, id);
    const needs: Need[] = [];
    if (!d || d.skLetterId === null || !d.skNumber || !d.skDate) needs.push({ key: 'skIssued' });
    if (!delivery) needs.push({ key: 'delivery' });
    // A delivery recorded before the officer was asked for names nobody to sign as "Yang menyampaikan".
    else if (!delivery.deliveredBy) needs.push({ key: 'deliveryOfficer' });
    if (!d || !d.skNumber || !d.skDate || !delivery?.deliveredBy || !d.effectiveDate || needs.length > 0) throw missingError(ctx, 'delivery', needs.length ? needs : [{ key: 'delivery' }]);
    const office = getOfficeSettings(ctx);
    const issuer = d.signatory?.title ?? office.ppkTitle;
    const { deliveredBy, ...handed } = delivery;
    return {
      registerNo: c.registerNo,
      accused: person(ctx, c, id),
      sk: { number: d.skNumber, date: d.skDate, title: `Keputusan ${titleCase(issuer)} tentang Penjatuhan Hukuman Disiplin` },
      delivery: handed,
      deliveredBy,
      effectiveAfterDays: loadDeadlineSettings(ctx.db).skEffective.value,
      effectiveDate: d.effectiveDate,
      endDate: d.endDate,
    };
  },
  release: (ctx, c, subject) => {
    const id = accusedId(ctx, 'release', c, subject);
    const r = selectRelease(ctx.db, c.id, id);
    if (!r) throw missingError(ctx, 'release', [{ key: 'release' }]);
    // It lasts until the disciplinary decision is set: once the SK is issued there is nothing left to order.
    if (r.endDate) throw missingError(ctx, 'release', [{ key: 'releaseEnded', params: { date: r.endDate } }]);
    const accused = person(ctx, c, id);
    const basis = letterLegalBasis(ctx, 'release', basisFacts(ctx, c, [accused]));
    return {
      registerNo: c.registerNo,
      accused,
      violations: violations(c),
      examinedFrom: firstExaminationDate(ctx.db, c.id, id) ?? r.startDate,
      startDate: r.startDate,
      reason: r.reason,
      orderedBy: r.orderedBy,
      plh: { name: r.plhName, nip: r.plhNip, jabatan: r.plhJabatan },
      signatory: r.signatory,
      mengingat: basis.items,
      legalBasisVersion: basis.version,
    };
  },
  endnotice: (ctx, c, subject, date) => {
    const id = accusedId(ctx, 'endnotice', c, subject);
    const s = selectSanction(ctx.db, c.id, id);
    if (!s) throw missingError(ctx, 'endnotice', [{ key: 'sanctionDelivered' }]);
    if (!s.endDate) throw missingError(ctx, 'endnotice', [{ key: 'sanctionNoEnd' }]);
    if (date < s.endDate) throw missingError(ctx, 'endnotice', [{ key: 'sanctionNotEnded', params: { date: s.endDate } }]);
    const office = getOfficeSettings(ctx);
    const issuer = s.signatory ? (JSON.parse(s.signatory) as { title: string }).title : office.ppkTitle;
    const changed = s.appealOutcome === 'lightened' || s.appealOutcome === 'heavier';
    return {
      registerNo: c.registerNo,
      accused: person(ctx, c, id),
      sanctionTitle: changed && s.appealSanction ? sanctionTitle(s.appealSanction, s.appealDuration) : sanctionTitle(s.sanctionCode, s.durationMonths),
      sk: { number: s.skNumber, date: s.skDate, title: `Keputusan ${titleCase(issuer)} tentang Penjatuhan Hukuman Disiplin` },
      startDate: s.startDate,
      endDate: s.endDate,
      appeal: s.appealOutcome && s.appealNumber && s.appealDate ? { outcome: s.appealOutcome, number: s.appealNumber, date: s.appealDate } : null,
      addressee: office.personnelUnit,
      signatory: office.signatories.inspector,
    };
  },
  followup: (ctx, c, subject) => followUpInput(ctx, c.id, subject),
  summary: (ctx, c) => {
    const t = translator('id');
    return {
      registerNo: c.registerNo,
      status: t(`workflowStates.${c.status}`, { defaultValue: t(`statuses.${c.status}`, { defaultValue: c.status }) }),
      sourceLabel: t(`sources.${c.source}`, { defaultValue: c.source }),
      sourceRef: c.sourceRef,
      incidentDate: c.incidentDate,
      incidentPlace: c.incidentPlace,
      registeredAt: localIsoDate(new Date(c.createdAt)),
      accused: c.accused.map((a) => selectAccusedPerson(ctx.db, c.id, a.id) ?? { name: a.name, nip: a.nip }),
      violations: c.violations.map((v) => ({ title: v.title, legalBasis: v.legalBasis, level: v.level })),
      events: c.history.map((h) => ({ date: localIsoDate(new Date(h.at)), text: auditActionLabel(t, h.action) })),
      letters: issuedForSummary(ctx, c.id),
    };
  },
};

function issuedForSummary(ctx: AppContext, caseId: number): LetterInputs['summary']['letters'] {
  return selectCaseLetterList(ctx.db, caseId).map((r) => ({ title: LETTER_TITLES[r.type] ?? r.type, number: r.number, date: r.date, status: r.status }));
}

/** Builds one letter's input from the case, or throws naming what is missing. */
export function buildLetterInput<T extends LetterType>(ctx: AppContext, caseId: number, type: T, subject: string): LetterInputs[T] {
  return resolveLetter(ctx, caseId, type, subject).input;
}

/**
 * The letter's input and the subject it is stored under: the session or accused the
 * request resolves to (a request may leave it to the default, e.g. the only accused),
 * '' for one-per-case letters. One valid letter per type and subject is the rule, so
 * two requests meaning the same letter must carry the same subject.
 */
export function resolveLetter<T extends LetterType>(ctx: AppContext, caseId: number, type: T, subject: string): { input: LetterInputs[T]; subject: string } {
  const c = getCase(ctx, caseId);
  const input = (builders[type] as Build<T>)(ctx, c, subject, localIsoDate(ctx.now()));
  return { input, subject: canonicalSubject(ctx, c, type, subject) };
}

function canonicalSubject(ctx: AppContext, c: CaseDetail, type: LetterType, subject: string): string {
  switch (type) {
    case 'summons1':
    case 'summons2':
      return `session:${session(ctx, type, c, subject, type === 'summons1' ? 1 : 2).id}`;
    case 'bap':
      return `session:${session(ctx, type, c, subject).id}`;
    case 'lhp':
    case 'sk':
    case 'moral':
    case 'delivery':
    case 'release':
    case 'endnotice':
      return `accused:${accusedId(ctx, type, c, subject)}`;
    case 'followup':
      if (recommendationOfSubject(subject) === null) throw new AppError('CONFLICT', 'rec.replyFromRegister');
      return subject;
    default:
      return '';
  }
}
