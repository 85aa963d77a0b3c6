import { z } from 'zod';
import type { Language } from './languages.ts';

let applied: Language | undefined;

/** Makes zod's own messages (wrong type, too big ...) speak the user's language. */
export function applyZodLocale(language: Language): void {
  if (applied === language) return;
  z.config(language === 'id' ? z.locales.id() : z.locales.en());
  applied = language;
}
