/**
 * Inputs of the letters after the examination, one per accused: the LHP, the SK, the moral
 * statement, the delivery record, the release from office and the end-of-sanction notice.
 */
import type { SanctionForm } from '../../../../shared/letters/inputs.ts';
import { appealBody } from '../../../../shared/examination/appeal-body.ts';
import { letterLegalBasis } from '../legal-basis-service.ts';
import { getOfficeSettings } from '../office-settings-service.ts';
import { lastIssued } from '../issued-queries.ts';
import { titleCase } from '../types/sk.ts';
import { selectMoral as selectMoralSanction } from '../../examination/moral-queries.ts';
import { selectLhpFindings } from '../../examination/record-queries.ts';
import { selectTeamForLetters } from '../../examination/exam-queries.ts';
import { selectDecisionForLetter, selectDeliveryForLetter } from '../../examination/decision-queries.ts';
import { selectSessionsForLetters } from '../../hearings/session-queries.ts';
import { loadDeadlineSettings } from '../../deadlines/rule-settings.ts';
import { selectRelease, firstExaminationDate } from '../../examination/release-queries.ts';
import { selectSanction } from '../../sanctions/register-queries.ts';
import type { Builders, Need } from './input-helpers.ts';
import { accusedId, basisFacts, missingError, orderRef, person, sanctionTitle, violations } from './input-helpers.ts';

const SANCTION_FORMS: Record<string, SanctionForm> = {
  'PP94-RINGAN-LISAN': 'teguran_lisan',
  'PP94-RINGAN-TERTULIS': 'teguran_tertulis',
  'PP94-RINGAN-TIDAK-PUAS': 'pernyataan_tidak_puas',
  'PP94-SEDANG-TUKIN': 'potongan_tukin',
  'PP94-BERAT-TURUN-JABATAN': 'penurunan_jabatan',
  'PP94-BERAT-PELAKSANA': 'pembebasan_jabatan',
  'PP94-BERAT-PDHTAPS': 'pdhtaps',
};

/** The letters made per accused once the examination has findings. */
export const decisionBuilders: Builders<'lhp' | 'sk' | 'moral' | 'delivery' | 'release' | 'endnotice'> = {
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
};
