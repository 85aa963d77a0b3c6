import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { getSetting, putSetting } from '../db/settings-queries.ts';

/** Reads one setting value (JSON-free text), or undefined when unset. */
export function readSetting(ctx: AppContext, key: string): string | undefined {
  return getSetting(ctx.db, key);
}

/** Writes a setting with its audit row. */
export function writeSetting(ctx: AppContext, key: string, value: string, reason?: string): void {
  mutate(ctx, (db) => {
    const before = readSetting(ctx, key);
    putSetting(db, key, value, { at: ctx.now().toISOString(), actor: ctx.actor() });
    return { value: undefined, audit: { action: 'setting.update', entity: 'setting', entityId: key, before: before ?? null, after: value, reason: reason ?? null } };
  });
}

/**
 * Switches the language main speaks. Signed out (the sign-in screen, a public channel)
 * it only holds the choice for this run (the renderer keeps it in localStorage): nothing
 * is written before someone signs in. Signed in, it is saved as the office setting.
 */
export function setLanguage(ctx: AppContext, language: Language): { language: Language } {
  ctx.session.language = language;
  if (ctx.session.user && !ctx.session.locked && readSetting(ctx, 'language') !== language) writeSetting(ctx, 'language', language);
  return { language };
}
