/** Inputs of the letters around the hearings: the summonses, the examination order and the BAP. */
import type { AppContext } from '../../app-context.ts';
import type { CaseDetail } from '../../../../shared/cases/schemas.ts';
import type { SummonsInput } from '../../../../shared/letters/inputs.ts';
import type { LetterType } from '../../../../shared/letters/letter-types.ts';
import { TEAM_FORMATION_BASIS } from '../../../../shared/letters/signer-roles.ts';
import { letterLegalBasis } from '../legal-basis-service.ts';
import { getOfficeSettings } from '../office-settings-service.ts';
import { lastIssued } from '../issued-queries.ts';
import { selectBapForLetter } from '../../examination/record-queries.ts';
import { selectTeamForLetters } from '../../examination/exam-queries.ts';
import { selectSessionsForLetters } from '../../hearings/session-queries.ts';
import { selectAccusedPerson } from '../../cases/case-queries.ts';
import { accusedOpdId, selectSuperior, selectSuperiors } from '../../examination/superior-queries.ts';
import { opdKop } from '../../employees/opd-service.ts';
import type { Builders, Need } from './input-helpers.ts';
import { basisFacts, missingError, orderRef, person, session, signer, violations } from './input-helpers.ts';

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

/** The summonses, the examination order and the BAP. */
export const hearingBuilders: Builders<'summons1' | 'summons2' | 'order' | 'bap'> = {
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
};
