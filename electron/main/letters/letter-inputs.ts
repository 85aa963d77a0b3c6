/**
 * Adapters: build each letter type's input from the database, or say exactly what the
 * case still lacks ("a case without the data a letter needs gets a message naming what
 * is missing"). Subjects name which letter of a case is meant: 'session:<id>' for
 * summons and BAP, 'accused:<id>' for LHP, SK and moral statement, '' otherwise.
 * The builders live per letter family under inputs/.
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getCase } from '../cases/case-service.ts';
import type { CaseDetail } from '../../../shared/cases/schemas.ts';
import type { LetterInputs } from '../../../shared/letters/inputs.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { recommendationOfSubject } from '../recommendations/followup-input.ts';
import type { Build, Builders } from './inputs/input-helpers.ts';
import { accusedId, session } from './inputs/input-helpers.ts';
import { caseBuilders } from './inputs/case-inputs.ts';
import { hearingBuilders } from './inputs/hearing-inputs.ts';
import { decisionBuilders } from './inputs/decision-inputs.ts';

const builders: Builders<LetterType> = { ...caseBuilders, ...hearingBuilders, ...decisionBuilders };

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
