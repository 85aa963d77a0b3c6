import type { AppContext } from '../app-context.ts';
import type { Channel } from '../../../shared/ipc/table.ts';
import type { ErrorCode } from '../../../shared/ipc/envelope.ts';
import { ALLOWED_WHILE_LOCKED, permissions } from '../../../shared/accounts/permissions.ts';
import { lockIfIdle, refreshSessionUser } from './auth-service.ts';
import { isRestoring } from '../backup/maintenance.ts';

/**
 * The role check of every IPC call, run by dispatch before the payload is parsed:
 * returns the refusal (code and i18n key) or null when the call may proceed.
 */
export function authorize(ctx: AppContext, channel: Channel): { code: ErrorCode; key: string } | null {
  const access = permissions[channel];
  if (access === 'public') return null;
  const session = ctx.session;
  // While a restore swaps the file, ctx.db is a stand-in without accounts: the role check
  // uses the session as it was, and the handler guard (backup/maintenance.ts) answers.
  if (ctx.db.open && !isRestoring(ctx)) {
    lockIfIdle(ctx);
    if (session.user) refreshSessionUser(ctx);
  }
  if (!session.user) return { code: 'UNAUTHENTICATED', key: 'errors.UNAUTHENTICATED' };
  if (session.locked && !ALLOWED_WHILE_LOCKED.has(channel)) return { code: 'UNAUTHENTICATED', key: 'auth.screenLocked' };
  if (!access.includes(session.user.role)) return { code: 'FORBIDDEN', key: 'errors.FORBIDDEN' };
  if (!session.locked) session.lastActivity = ctx.now().getTime();
  return null;
}
