import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Role } from '../../../shared/accounts/roles.ts';
import type { UserSummary } from '../../../shared/accounts/schemas.ts';
import { hashPassword } from './password.ts';
import { IDLE_SETTING, idleMinutes } from './session.ts';
import { auditView, countActiveAdmins, insertUser, selectUserById, selectUserByName, selectUsers, toSummary, updatePassword, updateUserProfile } from './user-queries.ts';
import { putSetting } from '../db/settings-queries.ts';

const userNotFound = () => notFound('users.notFound');

/** Every account, active ones first. */
export function listUsers(ctx: AppContext): UserSummary[] {
  return selectUsers(ctx.db).map(toSummary);
}

/** An administrator adds an account with an initial password. */
export async function createUser(ctx: AppContext, input: { username: string; displayName: string; role: Role; password: string }): Promise<UserSummary> {
  const taken = () => new AppError('CONFLICT', 'users.usernameTaken', { username: input.username }, { username: 'users.usernameTaken' });
  if (selectUserByName(ctx.db, input.username)) throw taken();
  const password = await hashPassword(input.password, ctx.passwordParams);
  return mutate(ctx, (db) => {
    if (selectUserByName(db, input.username)) throw taken();
    const id = insertUser(db, { ...input, password }, ctx.now().toISOString());
    const row = selectUserById(db, id)!;
    return { value: toSummary(row), audit: { action: 'user.create', entity: 'user', entityId: id, after: auditView(row) } };
  });
}

/** Changes name, role or active flag. The last active administrator cannot be demoted or deactivated, nor can you lock yourself out. */
export function updateUser(ctx: AppContext, input: { id: number; displayName: string; role: Role; active: boolean }): UserSummary {
  const updated = mutate(ctx, (db) => {
    const before = selectUserById(db, input.id);
    if (!before) throw userNotFound();
    const self = ctx.session.user?.id === input.id;
    if (self && (!input.active || input.role !== before.role)) throw new AppError('CONFLICT', 'users.notSelf');
    const losesAdmin = before.role === 'administrator' && before.active === 1 && (input.role !== 'administrator' || !input.active);
    if (losesAdmin && countActiveAdmins(db) <= 1) throw new AppError('CONFLICT', 'users.lastAdmin');
    updateUserProfile(db, input.id, input, ctx.now().toISOString());
    const after = selectUserById(db, input.id)!;
    return { value: toSummary(after), audit: { action: 'user.update', entity: 'user', entityId: input.id, before: auditView(before), after: auditView(after) } };
  });
  // After the commit, so a rolled-back change never shows in the header.
  const me = ctx.session.user;
  if (me?.id === updated.id) ctx.session.user = { ...me, displayName: updated.displayName };
  return updated;
}

/**
 * Sets a new password for someone who forgot theirs, and lifts any lockout. Not for the
 * signed-in administrator's own account: that goes through change-password, which asks
 * for the current password, so an unattended unlocked session cannot be used to take the
 * account over. (The CLI reset, with no session, is the way back for a forgotten one.)
 */
export async function resetPassword(ctx: AppContext, input: { id: number; password: string }, reason: string | null = null): Promise<UserSummary> {
  if (ctx.session.user?.id === input.id) throw new AppError('CONFLICT', 'users.resetSelf');
  if (!selectUserById(ctx.db, input.id)) throw userNotFound();
  const password = await hashPassword(input.password, ctx.passwordParams);
  return mutate(ctx, (db) => {
    if (!selectUserById(db, input.id)) throw userNotFound();
    updatePassword(db, input.id, password, ctx.now().toISOString());
    return { value: toSummary(selectUserById(db, input.id)!), audit: { action: 'user.resetPassword', entity: 'user', entityId: input.id, reason } };
  });
}

/** The idle time after which the screen locks. */
export function setIdleMinutes(ctx: AppContext, minutes: number): { minutes: number } {
  return mutate(ctx, (db) => {
    const before = idleMinutes(db);
    putSetting(db, IDLE_SETTING, String(minutes), { at: ctx.now().toISOString(), actor: ctx.actor() });
    return { value: { minutes }, audit: { action: 'setting.update', entity: 'setting', entityId: IDLE_SETTING, before: String(before), after: String(minutes) } };
  });
}
