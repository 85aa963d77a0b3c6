import type { TFunction } from 'i18next';
import type { FormErrors } from '@mantine/form';

/**
 * Shared zod schemas carry i18n keys as messages (e.g. `nip.length`); forms show them
 * translated. Messages that are not keys (zod's own) pass through unchanged.
 */
export function translateErrors(errors: FormErrors, t: TFunction): FormErrors {
  const out: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    out[path] = typeof message === 'string' && /^[a-z]+\.[A-Za-z]+$/.test(message) ? t(message) : message;
  }
  return out;
}
