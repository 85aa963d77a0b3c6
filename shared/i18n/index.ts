import i18next from 'i18next';
import type { i18n, TFunction } from 'i18next';
import { common } from './messages/common.ts';
import { cases } from './messages/cases.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';
import type { Language } from './languages.ts';

/**
 * All UI and error text, merged from one file per feature (shared/i18n/messages/).
 * Main-process errors and the renderer read the same keys, so a message is worded once.
 */
export const resources = {
  id: { translation: { ...common.id, ...cases.id } },
  en: { translation: { ...common.en, ...cases.en } },
} as const;

/** A ready i18next instance (synchronous init: resources are bundled, nothing is fetched). */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
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

const translators = new Map<Language, TFunction>();

/** Cached translator for main-process messages. */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).t;
    translators.set(language, t);
  }
  return t;
}
