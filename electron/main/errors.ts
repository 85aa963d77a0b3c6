import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../shared/ipc/envelope.ts';

/**
 * An error meant for the user: a code plus an i18n key and its parameters, translated
 * at the IPC boundary into the caller's language. Anything else thrown is INTERNAL.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, key: string, params: Record<string, string | number> = {}, fields?: Record<string, string>) {
    super(`${code}: ${key}`);
    this.code = code;
    this.key = key;
    this.params = params;
    this.fields = fields;
  }
}

export const notFound = (whatKey: string) => new AppError('NOT_FOUND', 'errors.NOT_FOUND', { whatKey });

/** The error's parameters for translation, with `what` named in `t`'s language when it carries a `whatKey` (notFound). */
export function appErrorParams(t: TFunction, e: AppError): Record<string, unknown> {
  const params: Record<string, unknown> = { ...e.params };
  if (typeof params.whatKey === 'string') params.what = t(params.whatKey);
  return params;
}

/** The error's message in `t`'s language. */
export function appErrorText(t: TFunction, e: AppError): string {
  return t(e.key, appErrorParams(t, e));
}
