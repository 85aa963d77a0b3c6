import type { TFunction } from 'i18next';
import type { FormErrors } from '@mantine/form';
import { ApiError } from './api.ts';
import type { RecordVersion } from './record-version.tsx';

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
 * A failed save's text for above the form, its field messages put on the fields themselves:
 * the main process's message, anything else as text.
 */
export function submitErrorText(e: unknown, setFieldErrors: (fields: FormErrors) => void): string {
  if (!(e instanceof ApiError)) return String(e);
  setFieldErrors(e.fields);
  return e.message;
}

/**
 * Shows a failed save: the main process's message above the form and its field
 * messages on the fields themselves; anything else as text.
 */
export function reportSubmitError(e: unknown, showMessage: (message: string) => void, setFieldErrors: (fields: FormErrors) => void): void {
  showMessage(submitErrorText(e, setFieldErrors));
}

/**
 * A form's failure handler for `useAction`: a STALE refusal goes to the record version
 * (its notice, the marked fields; nothing above the form), anything else as `submitErrorText`.
 */
export function saveFailure(setFieldErrors: (fields: FormErrors) => void, rv?: Pick<RecordVersion, 'catchStale'>): (e: unknown) => string | null {
  return (e) => (rv?.catchStale(e, setFieldErrors) ? null : submitErrorText(e, setFieldErrors));
}
