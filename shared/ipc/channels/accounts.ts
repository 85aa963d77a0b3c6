import { z } from 'zod';
import { channel } from '../define.ts';
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
import type { AuthStatus, SessionUser, UserSummary } from '../../accounts/schemas.ts';

const empty = z.object({}).strict();

/** Sign-in, screen lock and user management (issue 6). */
export const accountChannels = {
  'auth:status': channel<AuthStatus>()(empty),
  'auth:setup': channel<SessionUser>()(setupSchema.strict()),
  'auth:login': channel<SessionUser>()(loginSchema.strict()),
  'auth:logout': channel<{ ok: true }>()(empty),
  'auth:lock': channel<{ ok: true }>()(empty),
  'auth:unlock': channel<SessionUser>()(unlockSchema.strict()),
  /** Heartbeat from the renderer while the user types or moves the mouse, so main's idle lock follows real activity. */
  'auth:touch': channel<{ ok: true }>()(empty),
  'auth:changePassword': channel<{ ok: true }>()(changePasswordSchema.strict()),
  'users:list': channel<UserSummary[]>()(empty),
  'users:create': channel<UserSummary>()(userCreateSchema.strict()),
  'users:update': channel<UserSummary>()(userUpdateSchema.strict()),
  'users:resetPassword': channel<UserSummary>()(userResetPasswordSchema.strict()),
  'users:setIdleMinutes': channel<{ minutes: number }>()(idleMinutesSchema.strict()),
} as const;
