import type { TFunction } from 'i18next';
import type { FormErrors } from '@mantine/form';
import { ApiError } from './api.ts';

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

/**
 * Shows a failed save: the main process's message above the form and its field
 * messages on the fields themselves; anything else as text.
 */
export function reportSubmitError(e: unknown, showMessage: (message: string) => void, setFieldErrors: (fields: FormErrors) => void): void {
  if (e instanceof ApiError) {
    showMessage(e.message);
    setFieldErrors(e.fields);
  } else showMessage(String(e));
}
