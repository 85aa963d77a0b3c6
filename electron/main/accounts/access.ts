import type { AppContext } from '../app-context.ts';
import type { ErrorCode } from '../../../shared/ipc/envelope.ts';
import type { ChannelPolicy } from '../../../shared/ipc/define.ts';
import { lockIfIdle, refreshSessionUser } from './auth-service.ts';
import { isRestoring } from '../backup/maintenance.ts';

/**
 * The role and screen-lock check of every IPC call (the channel's policy, declared in
 * shared/ipc/channels/*), run by dispatch before the payload is parsed:
 * returns the refusal (code and i18n key) or null when the call may proceed.
 */
export function authorize(ctx: AppContext, policy: ChannelPolicy): { code: ErrorCode; key: string } | null {
  const { access } = policy;
  if (access === 'public') return null;
  const session = ctx.session;
  // While a restore swaps the file, ctx.db is a stand-in without accounts: the role check
  // uses the session as it was, and dispatch's maintenance check (backup/maintenance.ts) answers.
  if (ctx.db.open && !isRestoring(ctx)) {
    lockIfIdle(ctx);
    if (session.user) refreshSessionUser(ctx);
  }
  if (!session.user) return { code: 'UNAUTHENTICATED', key: 'errors.UNAUTHENTICATED' };
  if (session.locked && !policy.whileLocked) return { code: 'UNAUTHENTICATED', key: 'auth.screenLocked' };
  if (!access.includes(session.user.role)) return { code: 'FORBIDDEN', key: 'errors.FORBIDDEN' };
  if (!session.locked) session.lastActivity = ctx.now().getTime();
  return null;
}
