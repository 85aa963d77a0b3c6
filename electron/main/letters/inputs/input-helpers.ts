/**
 * What every letter's adapter shares: the missing-data error, the subject parsing
 * ('session:<id>' for summons and BAP, 'accused:<id>' for LHP, SK and moral statement, ''
 * otherwise) and the case facts most letters cite.
 */
import type { AppContext } from '../../app-context.ts';
import { AppError, notFound } from '../../errors.ts';
import { allSanctionCatalogues } from '../../examination/sanction-catalogues.ts';
import type { CaseDetail } from '../../../../shared/cases/schemas.ts';
import type { LetterInputs, PersonInput, SignerInput, ViolationInput } from '../../../../shared/letters/inputs.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../../shared/letters/letter-types.ts';
import type { LegalBasisFacts } from '../../../../shared/letters/legal-basis.ts';
import type { SignerLetterType } from '../../../../shared/letters/signer-roles.ts';
import { translator } from '../../../../shared/i18n/index.ts';
import { resolveSigner } from '../signer-service.ts';
import { selectMoral as selectMoralSanction } from '../../examination/moral-queries.ts';
import { selectDecisionForLetter } from '../../examination/decision-queries.ts';
import { selectSessionsForLetters } from '../../hearings/session-queries.ts';
import type { SessionData } from '../../hearings/session-queries.ts';
import { selectAccusedPerson } from '../../cases/case-queries.ts';
import { lastIssued } from '../issued-queries.ts';

/** Builds one letter type's input from its case; `date` is today's date (the letter's). */
export type Build<T extends LetterType> = (ctx: AppContext, c: CaseDetail, subject: string, date: string) => LetterInputs[T];

/** The builders of some letter types, one per type. */
export type Builders<K extends LetterType> = { [T in K]: Build<T> };

/** Missing data, as i18n keys under letters.need.* with their parameters. */
export type Need = { key: string; params?: Record<string, string | number> };

/** Thrown (as an AppError) when a letter cannot be made yet; the message lists every missing item. */
export function missingError(ctx: AppContext, type: LetterType, needs: Need[]): AppError {
  const t = translator(ctx.language());
  const list = needs.map((n) => t(`letters.need.${n.key}`, n.params ?? {})).join('; ');
  return new AppError('CONFLICT', 'letters.missing', { letter: LETTER_TITLES[type], missing: list });
}

/** The sanction's title as a letter's sentence reads it, with its duration. */
export function sanctionTitle(code: string, durationMonths: number | null): string {
  for (const c of allSanctionCatalogues()) {
    const s = c.sanctions.find((x) => x.code === code);
    if (s) return `${s.title.id.charAt(0).toLowerCase()}${s.title.id.slice(1)}${durationMonths ? ` selama ${durationMonths} bulan` : ''}`;
  }
  return code;
}

/** The case's violations as letters cite them. */
export function violations(c: CaseDetail): ViolationInput[] {
  // levelBasis only where the catalogue version has it, so older cases' letters read as before.
  return c.violations.map((v) => ({ title: v.title, legalBasis: v.legalBasis, ...(v.levelBasis ? { levelBasis: v.levelBasis } : {}) }));
}

/** Facts that pick the conditional legal-basis items: who is concerned, and whether a moral sanction goes with the case. */
export function basisFacts(ctx: AppContext, c: CaseDetail, people: PersonInput[]): LegalBasisFacts {
  const moral =
    c.violations.some((v) => v.level === null) ||
    c.accused.some((a) => selectDecisionForLetter(ctx.db, c.id, a.id)?.sanctionCode.startsWith('PP42-') === true || selectMoralSanction(ctx.db, c.id, a.id) !== null);
  return { pns: people.some((p) => p.employmentType !== 'PPPK'), pppk: people.some((p) => p.employmentType === 'PPPK'), moral };
}

/** The id in a subject such as 'session:12' or 'accused:3', or null when the subject is not of that kind. */
export function parseSubject(subject: string, kind: 'session' | 'accused'): number | null {
  const m = new RegExp(`^${kind}:(\\d{1,12})$`).exec(subject);
  return m ? Number(m[1]) : null;
}

/** The accused as letters name them; an accused not in the case is not found. */
export function person(ctx: AppContext, c: CaseDetail, accusedId: number): PersonInput {
  const p = selectAccusedPerson(ctx.db, c.id, accusedId);
  if (!p) throw notFound('letters.accusedNotFound');
  return p;
}

/** The examination order's number and date, once issued. */
export function orderRef(ctx: AppContext, caseId: number) {
  const o = lastIssued(ctx.db, caseId, 'order', '');
  return o ? { number: o.number, date: o.letterDate } : null;
}

/** The hearing session a subject names, else the case's latest (of that summons). */
export function session(ctx: AppContext, type: LetterType, c: CaseDetail, subject: string, summonsNo?: 1 | 2): SessionData {
  const id = parseSubject(subject, 'session');
  const sessions = selectSessionsForLetters(ctx.db, c.id).filter((s) => summonsNo === undefined || s.summonsNo === summonsNo);
  const s = id === null ? sessions.at(-1) : sessions.find((x) => x.id === id);
  if (!s) throw missingError(ctx, type, [{ key: summonsNo === 2 ? 'session2' : 'session' }]);
  return s;
}

/** The accused a subject names, else the case's only accused; naming none when there are several is a missing item. */
export function accusedId(ctx: AppContext, type: LetterType, c: CaseDetail, subject: string): number {
  const id = parseSubject(subject, 'accused') ?? (c.accused.length === 1 ? (c.accused[0]?.id ?? null) : null);
  if (id === null || !c.accused.some((a) => a.id === id)) throw missingError(ctx, type, [{ key: 'accusedChoice' }]);
  return id;
}

/** The letter's signer by the case's chosen (or default) role, or the missing item naming what to record. */
export function signer(ctx: AppContext, caseId: number, type: SignerLetterType, accusedId?: number): SignerInput {
  const r = resolveSigner(ctx, caseId, type, accusedId);
  if (!r.signer.signatory || r.need) throw missingError(ctx, type, [{ key: r.need ?? 'signerSuperior' }]);
  return { role: r.signer.role, signatory: r.signer.signatory };
}
