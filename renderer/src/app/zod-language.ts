import { applyZodLocale } from '../../../shared/i18n/zod-locale.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { i18n } from './i18n.ts';

/**
 * zod's own messages (wrong type, too big ...) in the UI language, now and after every switch.
 * Imported by whatever brings zod along (the shell, the gates' schemas), not by the first
 * download: the sign-in form is drawn before zod is fetched.
 */
const follow = (language: string) => {
  if ((LANGUAGES as readonly string[]).includes(language)) applyZodLocale(language as Language);
};
follow(i18n.language);
i18n.on('languageChanged', follow);
