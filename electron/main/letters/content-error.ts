/**
 * The refusal when an issued letter's text lacks recorded content (content-check.ts):
 * one message naming each missing item in the user's language; nothing is numbered.
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { Expected } from './content-check.ts';

/** At most this many items are named; the rest are counted. */
const NAMED = 8;

export function contentMissingError(ctx: Pick<AppContext, 'language'>, type: LetterType, missing: readonly Expected[]): AppError {
  const t = translator(ctx.language());
  const named = missing.slice(0, NAMED).map((m) => t(`letters.content.${m.key}`, m.params ?? {}));
  if (missing.length > NAMED) named.push(t('letters.content.more', { count: missing.length - NAMED }));
  return new AppError('CONFLICT', 'letters.contentMissing', { letter: LETTER_TITLES[type], missing: named.join('; ') });
}
