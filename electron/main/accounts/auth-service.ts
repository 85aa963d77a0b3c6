import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { AuthStatus, SessionUser } from '../../../shared/accounts/schemas.ts';
import { burnPasswordCheck, hashPassword, lockoutSeconds, verifyPassword } from './password.ts';
import { expireIdle, idleMinutes, serialisePasswordCheck } from './session.ts';
import type { UserRow } from './user-queries.ts';
import {
  auditView,
  countUsers,
  incrementFailures,
  insertUser,
  recordLogin,
  selectUserById,
  selectUserByName,
  setLockedUntil,
  storedPassword,
  updatePassword,
} from './user-queries.ts';

function sessionUser(u: UserRow): SessionUser {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role };
}

function signIn(ctx: AppContext, u: UserRow): SessionUser {
  const user = sessionUser(u);
  ctx.session.user = user;
  ctx.session.locked = false;
  ctx.session.lastActivity = ctx.now().getTime();
  return user;
}

/** Remaining lockout in whole seconds (0 when not locked). */
function lockedFor(u: UserRow, nowMs: number): number {
  if (!u.locked_until) return 0;
  return Math.max(0, Math.ceil((Date.parse(u.locked_until) - nowMs) / 1000));
}

const lockedOut = (seconds: number) => new AppError('UNAUTHENTICATED', 'auth.lockedOut', { seconds });

/** Locks (and audits) the session when it has been idle longer than the office setting. */
export function lockIfIdle(ctx: AppContext): void {
  const user = ctx.session.user;
  if (user && expireIdle(ctx.session, ctx.db, ctx.now().getTime())) {
    mutate(ctx, () => ({ value: undefined, audit: { action: 'auth.lock', entity: 'user', entityId: user.id, reason: 'idle' } }));
  }
}

/**
 * Re-reads the signed-in account on every call: a deactivated account is signed out at
 * once, a changed role applies at once, and after a restore swapped the database a
 * session whose account is not in it (same id and name) ends.
 */
export function refreshSessionUser(ctx: AppContext): void {
  const user = ctx.session.user!;
  const stored = selectUserById(ctx.db, user.id);
  const row = stored?.username === user.username ? { role: stored.role, displayName: stored.display_name, active: stored.active } : undefined;
  if (!row || row.active !== 1) {
    ctx.session.user = null;
    ctx.session.locked = false;
  } else if (row.role !== user.role || row.displayName !== user.displayName) {
    ctx.session.user = { ...user, role: row.role, displayName: row.displayName };
  }
}

/** What the renderer needs before anything else: first launch? signed in? locked? */
export function authStatus(ctx: AppContext): AuthStatus {
  if (ctx.session.user) refreshSessionUser(ctx);
  lockIfIdle(ctx);
  const { session } = ctx;
  return { needsSetup: countUsers(ctx.db) === 0, user: session.user, locked: session.locked, idleMinutes: idleMinutes(ctx.db) };
}

/** First launch: creates the administrator and signs them in. Refused once any account exists. */
export async function setupAdministrator(ctx: AppContext, input: { username: string; displayName: string; password: string }): Promise<SessionUser> {
  if (countUsers(ctx.db) > 0) throw new AppError('CONFLICT', 'auth.alreadySetUp');
  const password = await hashPassword(input.password, ctx.passwordParams);
  const row = mutate(ctx, (db) => {
    // Checked again inside the transaction: two first-launch calls racing create one administrator.
    if (countUsers(db) > 0) throw new AppError('CONFLICT', 'auth.alreadySetUp');
    const nowIso = ctx.now().toISOString();
    const id = insertUser(db, { username: input.username, displayName: input.displayName, role: 'administrator', password }, nowIso);
    recordLogin(db, id, nowIso);
    const created = selectUserById(db, id)!;
    return { value: created, audit: { action: 'user.create', entity: 'user', entityId: id, after: auditView(created), reason: 'first launch' } };
  });
  return signIn(ctx, row);
}

type CheckAction = 'auth.login' | 'auth.unlock' | 'auth.changePassword';

/**
 * Checks a password against an account and books a failure: while locked it is refused
 * unchecked, a wrong password counts towards the lockout (30 s at the 5th, doubling).
 * Refusals and failures are audited as `<action>Refused` / `<action>Failed`. Throws the
 * AppError to show; returns normally only for the right password of an active account
 * (the caller then clears the failure count in its own audited write).
 */
async function verifyCounted(ctx: AppContext, u: UserRow, password: string, action: CheckAction): Promise<void> {
  const waited = lockedFor(u, ctx.now().getTime());
  if (waited > 0) {
    mutate(ctx, () => ({ value: undefined, audit: { action: `${action}Refused`, entity: 'user', entityId: u.id, reason: `locked for ${waited} s` } }));
    throw lockedOut(waited);
  }
  const good = await verifyPassword(password, storedPassword(u));
  if (good && u.active === 1) return;
  if (good) {
    mutate(ctx, () => ({ value: undefined, audit: { action: `${action}Failed`, entity: 'user', entityId: u.id, reason: 'account inactive' } }));
    throw new AppError('UNAUTHENTICATED', 'auth.inactive');
  }
  const seconds = mutate(ctx, (db) => {
    const failures = incrementFailures(db, u.id);
    const lock = lockoutSeconds(failures);
    if (lock > 0) setLockedUntil(db, u.id, new Date(ctx.now().getTime() + lock * 1000).toISOString());
    const reason = lock > 0 ? `wrong password (${failures}x), locked for ${lock} s` : `wrong password (${failures}x)`;
    return { value: lock, audit: { action: `${action}Failed`, entity: 'user', entityId: u.id, reason } };
  });
  if (seconds > 0) throw lockedOut(seconds);
  if (action === 'auth.login') throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
  if (action === 'auth.unlock') throw new AppError('UNAUTHENTICATED', 'auth.badPassword');
  throw new AppError('INVALID_INPUT', 'auth.badPassword', {}, { currentPassword: 'auth.badPassword' });
}

/** Login/unlock: the counted check, then the success booked (failures cleared) and audited; returns the fresh row. */
async function checkPassword(ctx: AppContext, u: UserRow, password: string, action: 'auth.login' | 'auth.unlock'): Promise<UserRow> {
  await verifyCounted(ctx, u, password, action);
  return mutate(ctx, (db) => {
    recordLogin(db, u.id, ctx.now().toISOString());
    return { value: selectUserById(db, u.id)!, audit: { action, entity: 'user', entityId: u.id } };
  });
}

/** Signs a user in by name and password. An unknown name costs the same time and gets the same message. */
export function login(ctx: AppContext, input: { username: string; password: string }): Promise<SessionUser> {
  const name = input.username.trim().toLowerCase();
  return serialisePasswordCheck(ctx.dataDir, name, async () => {
    const u = selectUserByName(ctx.db, name);
    if (!u) {
      await burnPasswordCheck(input.password, ctx.passwordParams);
      mutate(ctx, () => ({ value: undefined, audit: { action: 'auth.loginFailed', entity: 'user', entityId: name.slice(0, 64), reason: 'unknown user name' } }));
      throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
    }
    return signIn(ctx, await checkPassword(ctx, u, input.password, 'auth.login'));
  });
}

/** Unlocks a locked screen with the signed-in user's own password. */
export function unlock(ctx: AppContext, password: string): Promise<SessionUser> {
  const current = ctx.session.user;
  if (!current) return Promise.reject(new AppError('UNAUTHENTICATED', 'errors.UNAUTHENTICATED'));
  return serialisePasswordCheck(ctx.dataDir, current.username, async () => {
    const u = selectUserById(ctx.db, current.id);
    if (!u) throw new AppError('UNAUTHENTICATED', 'errors.UNAUTHENTICATED');
    return signIn(ctx, await checkPassword(ctx, u, password, 'auth.unlock'));
  });
}

/** Locks the screen (button or the renderer's idle timer). */
export function lock(ctx: AppContext, reason: 'manual' | 'idle' = 'manual'): { ok: true } {
  const user = ctx.session.user;
  if (user && !ctx.session.locked) {
    ctx.session.locked = true;
    mutate(ctx, () => ({ value: undefined, audit: { action: 'auth.lock', entity: 'user', entityId: user.id, reason } }));
  }
  return { ok: true };
}

export function logout(ctx: AppContext): { ok: true } {
  const user = ctx.session.user;
  if (user) mutate(ctx, () => ({ value: undefined, audit: { action: 'auth.logout', entity: 'user', entityId: user.id } }));
  ctx.session.user = null;
  ctx.session.locked = false;
  return { ok: true };
}

/**
 * A signed-in user changes their own password. The current one is checked on the same
 * serialised, failure-counting, lockout-applying, audited path as login and unlock, so
 * an unattended session cannot be used to guess it; the new one clears the count.
 */
export function changeOwnPassword(ctx: AppContext, input: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  const current = ctx.session.user;
  if (!current) return Promise.reject(new AppError('UNAUTHENTICATED', 'errors.UNAUTHENTICATED'));
  return serialisePasswordCheck(ctx.dataDir, current.username, async () => {
    const u = selectUserById(ctx.db, current.id);
    if (!u) throw new AppError('UNAUTHENTICATED', 'errors.UNAUTHENTICATED');
    await verifyCounted(ctx, u, input.currentPassword, 'auth.changePassword');
    const password = await hashPassword(input.newPassword, ctx.passwordParams);
    mutate(ctx, (db) => {
      updatePassword(db, u.id, password, ctx.now().toISOString());
      return { value: undefined, audit: { action: 'user.changePassword', entity: 'user', entityId: u.id } };
    });
    return { ok: true as const };
  });
}
