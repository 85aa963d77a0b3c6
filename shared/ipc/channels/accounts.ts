import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN, ALL } from '../../accounts/roles.ts';
import {
  changePasswordSchema,
  idleMinutesSchema,
  loginSchema,
  setupSchema,
  unlockSchema,
  userCreateSchema,
  userResetPasswordSchema,
  userUpdateSchema,
} from '../../accounts/schemas.ts';
import type { AuthStatus, SessionUser, SignedInUser, UserSummary } from '../../accounts/schemas.ts';

const empty = z.object({}).strict();

/**
 * Sign-in, screen lock and user management. Public before sign-in: status, first-launch setup
 * and login. A locked screen still accepts unlock and logout, nothing else.
 */
export const accountChannels = {
  'auth:status': channel<AuthStatus>()(empty, { access: 'public' }),
  'auth:setup': channel<SessionUser>()(setupSchema.strict(), { access: 'public' }),
  'auth:login': channel<SessionUser>()(loginSchema.strict(), { access: 'public' }),
  'auth:logout': channel<{ ok: true }>()(empty, { access: ALL, whileLocked: true }),
  'auth:lock': channel<{ ok: true }>()(empty, { access: ALL }),
  'auth:unlock': channel<SessionUser>()(unlockSchema.strict(), { access: ALL, whileLocked: true }),
  /** Heartbeat from the renderer while the user types or moves the mouse, so main's idle lock follows real activity. */
  'auth:touch': channel<{ ok: true }>()(empty, { access: ALL }),
  /** Who is signed in now: on the office server every browser's user, in the desktop app oneself. */
  'auth:signedIn': channel<SignedInUser[]>()(empty, { access: ALL }),
  'auth:changePassword': channel<{ ok: true }>()(changePasswordSchema.strict(), { access: ALL }),
  'users:list': channel<UserSummary[]>()(empty, { access: ADMIN }),
  'users:create': channel<UserSummary>()(userCreateSchema.strict(), { access: ADMIN }),
  'users:update': channel<UserSummary>()(userUpdateSchema.strict(), { access: ADMIN }),
  'users:resetPassword': channel<UserSummary>()(userResetPasswordSchema.strict(), { access: ADMIN }),
  'users:setIdleMinutes': channel<{ minutes: number }>()(idleMinutesSchema.strict(), { access: ADMIN }),
} as const;
