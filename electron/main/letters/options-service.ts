/**
 * What letters a case can have now: one option per type and subject (each session for
 * summons and BAP, each accused for LHP, SK and moral statement), ready or with the
 * clerk-readable list of what is missing, plus the letters already issued for it.
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getCase } from '../cases/case-service.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import type { IssuedLetter, LetterOption } from '../../../shared/letters/issued.ts';
import { LETTER_TITLES, LETTER_TYPES } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import { selectSessionsForLetters } from '../hearings/session-queries.ts';
import { listIssued } from './issued-queries.ts';
import { buildLetterInput } from './letter-inputs.ts';

/** Every letter option of a case. */
export function letterOptions(ctx: AppContext, caseId: number): LetterOption[] {
  const c = getCase(ctx, caseId);
  const t = translator(ctx.language());
  const sessions = selectSessionsForLetters(ctx.db, caseId);
  const issued = listIssued(ctx.db, { caseId, limit: 1000 });
  const name = (accusedId: number) => c.accused.find((a) => a.id === accusedId)?.name ?? '?';
  const subjects = (type: LetterType): { subject: string; label: string }[] => {
    switch (type) {
      case 'summons1':
      case 'summons2':
      case 'bap': {
        const list = sessions.filter((s) => type === 'bap' || s.summonsNo === (type === 'summons1' ? 1 : 2));
        return list.map((s) => ({ subject: `session:${s.id}`, label: `${name(s.accusedId)}: ${formatDate(s.startAt.slice(0, 10))} ${s.startAt.slice(11, 16)}` }));
      }
      case 'lhp':
      case 'sk':
      case 'moral':
      case 'release':
      case 'endnotice':
        return c.accused.map((a) => ({ subject: `accused:${a.id}`, label: a.name }));
      default:
        return [{ subject: '', label: c.registerNo }];
    }
  };
  const options: LetterOption[] = [];
  for (const type of LETTER_TYPES) {
    // The reply to a recommendation is made from the recommendation register, not from one case.
    if (type === 'followup') continue;
    const list = subjects(type);
    const entries = list.length > 0 ? list : [{ subject: '', label: '-' }];
    for (const { subject, label } of entries) {
      let missing: string | null = null;
      try {
        buildLetterInput(ctx, caseId, type, subject);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        missing = t(e.key, e.params);
      }
      const mine = (l: IssuedLetter) => l.type === type && l.subject === subject;
      options.push({ type, subject, label: `${LETTER_TITLES[type]} · ${label}`, ready: missing === null, missing, issued: issued.filter(mine) });
    }
  }
  return options;
}
