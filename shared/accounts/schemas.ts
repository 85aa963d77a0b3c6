import { z } from 'zod';
import { idSchema, requiredText } from '../schemas/common.ts';
import { ROLES } from './roles.ts';
import type { Role } from './roles.ts';

export const PASSWORD_MIN = 10;

/** Lower-case letters, digits, dot, dash, underscore: no colon, so it can never look like a system actor ("cli:root"). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: 'auth.usernameInvalid' })
  .max(32, { error: 'auth.usernameInvalid' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'auth.usernameInvalid' });

/** A new password: long enough and mixing letters with digits (old passwords are never re-checked at login). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: 'auth.passwordTooShort' })
  .max(256, { error: 'validation.tooLong' })
  .refine((s) => /\p{L}/u.test(s) && /\p{N}/u.test(s), { error: 'auth.passwordWeak' });

export const displayNameSchema = requiredText(120);

export const roleSchema = z.enum(ROLES);

/** First launch: the administrator's own account. */
export const setupSchema = z.object({ username: usernameSchema, displayName: displayNameSchema, password: newPasswordSchema });

export const loginSchema = z.object({
  username: z.string().trim().min(1, { error: 'validation.required' }).max(64, { error: 'validation.tooLong' }),
  password: z.string().min(1, { error: 'validation.required' }).max(1024, { error: 'validation.tooLong' }),
});

export const unlockSchema = z.object({ password: z.string().min(1, { error: 'validation.required' }).max(1024, { error: 'validation.tooLong' }) });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(1024, { error: 'validation.tooLong' }),
  newPassword: newPasswordSchema,
});

export const userCreateSchema = z.object({ username: usernameSchema, displayName: displayNameSchema, role: roleSchema, password: newPasswordSchema });

export const userUpdateSchema = z.object({ id: idSchema, displayName: displayNameSchema, role: roleSchema, active: z.boolean() });

export const userResetPasswordSchema = z.object({ id: idSchema, password: newPasswordSchema });

export const idleMinutesSchema = z.object({ minutes: z.number().int().min(1, { error: 'auth.idleRange' }).max(240, { error: 'auth.idleRange' }) });

/** Forms that ask for the new password twice: the repeat is checked in the browser only. */
export function withConfirmation<S extends z.ZodObject<{ password: z.ZodType }>>(schema: S) {
  return schema
    .extend({ passwordConfirm: z.string() })
    .refine((v) => (v as { password: unknown }).password === v.passwordConfirm, { error: 'auth.passwordMismatch', path: ['passwordConfirm'] });
}

/** Who is signed in, as the renderer sees it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/** One account signed in right now (the dashboard's "who else is working"). */
export interface SignedInUser {
  username: string;
  displayName: string;
  role: Role;
  /** Every one of the account's sessions has its screen locked. */
  locked: boolean;
  /** The caller's own account. */
  self: boolean;
}

export interface AuthStatus {
  /** No account exists yet: the first-launch screen creates the administrator. */
  needsSetup: boolean;
  user: SessionUser | null;
  /** Signed in but the screen is locked (idle or on request): only the password unlocks it. */
  locked: boolean;
  idleMinutes: number;
}

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}
