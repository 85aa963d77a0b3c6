import type { AppContext } from '../main/app-context.ts';
import type { ErrorLogger, Handlers } from '../main/ipc/dispatch.ts';
import { dispatch } from '../main/ipc/dispatch.ts';
import type { Session } from '../main/accounts/session.ts';
import type { AuthStatus } from '../../shared/accounts/schemas.ts';
import type { RecoveryStatus } from '../../shared/backup/types.ts';
import { gateFor } from '../../shared/web/server-gate.ts';
import type { DrawnGate } from './page-html.ts';

/**
 * The sign-in screen a page opens on, from the same two answers its first calls get, asked as
 * `session` (the office server: the one the request's cookie names, or a fresh one; the harness:
 * none, its one local session), in that session's language.
 */
export async function pageGate(ctx: AppContext, handlers: Handlers, session?: Session, log?: ErrorLogger): Promise<DrawnGate | null> {
  const [recovery, auth] = await Promise.all([dispatch(ctx, handlers, 'recovery:status', {}, log, session), dispatch(ctx, handlers, 'auth:status', {}, log, session)]);
  if (!recovery.ok || !auth.ok) return null;
  const gate = gateFor(recovery.value as RecoveryStatus, auth.value as AuthStatus);
  return gate ? { gate, language: session?.language ?? ctx.language() } : null;
}
