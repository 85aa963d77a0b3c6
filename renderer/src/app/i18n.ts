import type { i18n as I18n } from 'i18next';
import { i18nInstance } from '../../../shared/i18n/instance.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../../shared/i18n/languages.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { messagesIdGates } from './messages-id.ts';

// No storage when the sign-in screens are prerendered at build time (renderer/src/prerender.tsx).
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('sipena-language');
const initial: Language = (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : DEFAULT_LANGUAGE;

/** The languages other than the default one (Indonesian, always loaded), fetched when first chosen. */
const later: Partial<Record<Language, () => Promise<object>>> = {
  en: () => import('./messages-en.ts').then((m) => m.messagesEn),
};

/** Adds `language`'s messages to `instance` unless it has them. */
async function ensureMessages(instance: I18n, language: Language): Promise<void> {
  const load = later[language];
  if (!load || instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await load());
}

/**
 * The renderer's i18next instance (given to I18nextProvider): same messages as the main process.
 * It starts with the Indonesian messages of the screens before sign-in only; behind-sign-in.ts
 * adds the others.
 */
export const i18n = i18nInstance({ [DEFAULT_LANGUAGE]: { translation: messagesIdGates } }, initial);
// A user who chose English gets the first screen in English: its messages arrive before anything is drawn.
await ensureMessages(i18n, initial);

/** Switches the UI language and tells the main process, so its messages follow. */
export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem('sipena-language', language);
  await ensureMessages(i18n, language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  await window.api['system:setLanguage']({ language });
}
