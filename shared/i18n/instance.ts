import i18next from 'i18next';
import type { i18n } from 'i18next';
import { DEFAULT_LANGUAGE } from './languages.ts';
import type { Language } from './languages.ts';

/** One language's messages, as i18next takes them. */
export type Bundles = Partial<Record<Language, { translation: object }>>;

/**
 * An i18next instance over the given languages (synchronous init: nothing is fetched).
 * The main process gives it every language (index.ts); the renderer gives it the default
 * language and adds another one when the user picks it (renderer/src/app/i18n.ts).
 */
export function i18nInstance(resources: Bundles, language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
