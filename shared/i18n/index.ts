import type { i18n, TFunction } from 'i18next';
import { i18nInstance } from './instance.ts';
import { common } from './messages/common.ts';
import { backup } from './messages/backup.ts';
import { cases } from './messages/cases.ts';
import { audit } from './messages/audit.ts';
import { employees } from './messages/employees.ts';
import { evidence } from './messages/evidence.ts';
import { accounts } from './messages/accounts.ts';
import { calendar } from './messages/calendar.ts';
import { trust } from './messages/trust.ts';
import { checkout } from './messages/checkout.ts';
import { examination } from './messages/examination.ts';
import { hearings } from './messages/hearings.ts';
import { letters } from './messages/letters.ts';
import { letterUi } from './messages/letter-ui.ts';
import { registerSettings } from './messages/register-settings.ts';
import { legal } from './messages/legal.ts';
import { legalBasis } from './messages/legal-basis.ts';
import { server } from './messages/server.ts';
import { uploads } from './messages/uploads.ts';
import { connect } from './messages/connect.ts';
import { sanctions } from './messages/sanctions.ts';
import { pacts } from './messages/pacts.ts';
import { recommendations } from './messages/recommendations.ts';
import { reports } from './messages/reports.ts';
import { records } from './messages/records.ts';
import { recap } from './messages/recap.ts';
import { bundleExport } from './messages/bundle-export.ts';
import { received } from './messages/received.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';
import type { Language } from './languages.ts';

/**
 * All UI and error text, merged from one file per feature (shared/i18n/messages/).
 * Main-process errors and the renderer read the same keys, so a message is worded once.
 */
export const resources = {
  id: { translation: { ...common.id, ...backup.id, ...cases.id, ...audit.id, ...employees.id, ...evidence.id, ...accounts.id, ...calendar.id, ...examination.id, ...hearings.id, ...letters.id, ...letterUi.id, ...registerSettings.id, ...legal.id, ...legalBasis.id, ...server.id, ...uploads.id, ...connect.id, ...sanctions.id, ...reports.id, ...records.id, ...recap.id, ...recommendations.id, ...pacts.id, ...trust.id, ...checkout.id, ...bundleExport.id, ...received.id } },
  en: { translation: { ...common.en, ...backup.en, ...cases.en, ...audit.en, ...employees.en, ...evidence.en, ...accounts.en, ...calendar.en, ...examination.en, ...hearings.en, ...letters.en, ...letterUi.en, ...registerSettings.en, ...legal.en, ...legalBasis.en, ...server.en, ...uploads.en, ...connect.en, ...sanctions.en, ...reports.en, ...records.en, ...recap.en, ...recommendations.en, ...pacts.en, ...trust.en, ...checkout.en, ...bundleExport.en, ...received.en } },
} as const;

/** A ready i18next instance over every language (synchronous init: resources are bundled, nothing is fetched). */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  return i18nInstance(resources, language);
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
