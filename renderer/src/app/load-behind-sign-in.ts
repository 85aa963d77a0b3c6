import { importWithRetry } from './lazy-screen.ts';

let loading: Promise<unknown> | null = null;

/**
 * behind-sign-in.ts (all styles, the screens' messages, dayjs's locale), once: every screen behind
 * the gates waits for it before it draws. Asked again after a failed download, as a screen is.
 */
export function loadBehindSignIn(): Promise<unknown> {
  loading ??= importWithRetry(() => import('./behind-sign-in.ts')).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
