import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { accountChannels } from '../../../shared/ipc/channels/accounts.ts';
import { authStatus, changeOwnPassword, lock, login, logout, setupAdministrator, unlock } from './auth-service.ts';
import { signedInUsers } from './presence.ts';
import { createUser, listUsers, resetPassword, setIdleMinutes, updateUser } from './user-service.ts';

export const accountHandlers: FeatureHandlers<typeof accountChannels> = {
  'auth:status': (_req, ctx) => authStatus(ctx),
  'auth:setup': (req, ctx) => setupAdministrator(ctx, req),
  'auth:login': (req, ctx) => login(ctx, req),
  'auth:logout': (_req, ctx) => logout(ctx),
  'auth:lock': (_req, ctx) => lock(ctx),
  'auth:unlock': (req, ctx) => unlock(ctx, req.password),
  // Dispatch's role check already recorded the activity; nothing else to do.
  'auth:touch': () => ({ ok: true }),
  'auth:signedIn': (_req, ctx) => signedInUsers(ctx),
  'auth:changePassword': (req, ctx) => changeOwnPassword(ctx, req),
  'users:list': (_req, ctx) => listUsers(ctx),
  'users:create': (req, ctx) => createUser(ctx, req),
  'users:update': (req, ctx) => updateUser(ctx, req),
  'users:resetPassword': (req, ctx) => resetPassword(ctx, req),
  'users:setIdleMinutes': (req, ctx) => setIdleMinutes(ctx, req.minutes),
};
