import { createI18n } from '../../../shared/i18n/index.ts';
import { applyZodLocale } from '../../../shared/i18n/zod-locale.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../../shared/i18n/languages.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

const stored = localStorage.getItem('sipena-language');
const initial: Language = (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : DEFAULT_LANGUAGE;

/** The renderer's i18next instance (given to I18nextProvider): same resources as the main process. */
export const i18n = createI18n(initial);
applyZodLocale(initial);

/** Switches the UI language and tells the main process, so its messages follow. */
export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem('sipena-language', language);
  await i18n.changeLanguage(language);
  applyZodLocale(language);
  document.documentElement.lang = language;
  await window.api['system:setLanguage']({ language });
}
