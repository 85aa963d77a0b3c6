/**
 * The reply letter's input (laporan tindak lanjut) from the register: per named employee the
 * decision with its SK, the recorded reason for not following, or the case still in hand;
 * and the issued SKs to attach. Kept apart from the service so the letters module can build
 * it without importing the service that issues it.
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { FollowUpEntry, FollowUpInput } from '../../../shared/letters/inputs.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import type { Issuer } from '../../../shared/recommendations/schemas.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { selectIssued } from '../letters/issued-queries.ts';
import { selectItems, selectRecommendation } from './recommendation-queries.ts';
import { recClock, toSummary } from './recommendation-view.ts';

const ADDRESSEE: Record<Issuer, (name: string) => string> = {
  bawaslu_ri: (n) => `Ketua ${n}`,
  bawaslu_provinsi: (n) => `Ketua ${n}`,
  bawaslu_kabupaten: (n) => `Ketua ${n}`,
  bkn: (n) => `Kepala ${n}`,
  kemenpanrb: () => 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
  other: (n) => `Pimpinan ${n}`,
};

/** `recommendation:<id>` -> id, or null. */
export function recommendationOfSubject(subject: string): number | null {
  const m = /^recommendation:(\d{1,12})$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/** The case a reply is filed under: the first named employee's linked case (null while none is linked). */
export function replyAnchorCase(ctx: AppContext, recommendationId: number): number | null {
  return selectItems(ctx.db, recommendationId).find((i) => i.caseId !== null)?.caseId ?? null;
}

export function followUpInput(ctx: AppContext, caseId: number, subject: string): FollowUpInput {
  const id = recommendationOfSubject(subject);
  const rec = id === null ? undefined : selectRecommendation(ctx.db, id);
  if (!rec || replyAnchorCase(ctx, rec.id) !== caseId) throw new AppError('CONFLICT', 'rec.replyFromRegister');
  const items = selectItems(ctx.db, rec.id);
  const summary = toSummary(rec, items, recClock(ctx));
  const attachments: FollowUpInput['attachments'] = [];
  const entries = summary.employees.map((e, i): FollowUpEntry => {
    const row = items[i]!;
    const person = { name: e.name, nip: e.nip, employmentType: e.employmentType, jabatan: e.jabatan, unitKerja: e.unitKerja };
    const common = { person, violation: e.violationTitle, recommended: e.sanctionTitle };
    if (e.status === 'decided' && e.decision && row.skLetterId !== null) {
      const sk = selectIssued(ctx.db, row.skLetterId);
      if (sk && sk.status === 'issued') attachments.push({ letterId: sk.id, number: sk.number, date: sk.letterDate, sha256: sk.sha256 });
      return { ...common, outcome: { kind: 'decided', sanction: e.decision.sanctionTitle, sk: { number: e.decision.skNumber, date: e.decision.skDate, title: LETTER_TITLES.sk } } };
    }
    if (e.status === 'not_followed' && e.notFollowedReason) return { ...common, outcome: { kind: 'not_followed', reason: e.notFollowedReason } };
    return { ...common, outcome: { kind: 'in_progress', registerNo: e.registerNo } };
  });
  if (!entries.some((e) => e.outcome.kind !== 'in_progress')) throw new AppError('CONFLICT', 'rec.nothingToReport');
  const office = getOfficeSettings(ctx);
  return {
    recommendation: { number: rec.letterNumber, date: rec.letterDate, issuerName: rec.issuerName, receivedDate: rec.receivedDate, subject: rec.subject },
    entries,
    attachments,
    addressee: ADDRESSEE[rec.issuer](rec.issuerName),
    signatory: office.signatories.inspector,
  };
}
