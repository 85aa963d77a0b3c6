import { z } from 'zod';
import { requiredText } from '../schemas/common.ts';
import { expectedVersion } from '../records/versions.ts';

/**
 * The office's register-number template. Placeholders: {seq} (the yearly counter,
 * zero-padded to 4) and {year}. Default matches the common "REG/0042/INSP/2024" shape.
 * Shared so the settings screen previews exactly what main will produce.
 */
export const DEFAULT_REGISTER_TEMPLATE = 'REG/{seq}/INSP/{year}';

/** Fills the template with a counter value and a year. */
export function formatRegisterNumber(template: string, seq: number, year: number): string {
  return template.replaceAll('{seq}', String(seq).padStart(4, '0')).replaceAll('{year}', String(year));
}

/** True when the template keeps numbers unique across years: it must carry both the counter and the year. */
export function hasRegisterPlaceholders(template: string): boolean {
  return template.includes('{seq}') && template.includes('{year}');
}

/** The template form, checked the same way in the settings screen and in main. */
export const registerTemplateSchema = z
  .object({
    template: requiredText(80).refine(hasRegisterPlaceholders, { error: 'case.templatePlaceholders' }),
    /** The template's version when the screen was loaded (0: never saved): a stale save is refused. */
    expectedVersion,
  })
  .strict();

/** What the settings screen shows: the template and the number the next registration would get. */
export interface RegisterTemplateInfo {
  template: string;
  /** The next case's number under this template (this year's counter + 1). */
  example: string;
  nextSeq: number;
  year: number;
  /** The setting's version (0 while the default was never changed), sent back as `expectedVersion`. */
  version: number;
}
