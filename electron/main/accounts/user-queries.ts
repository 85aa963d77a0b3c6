import type { Db } from '../db/connection.ts';
import type { Role } from '../../../shared/accounts/roles.ts';
import type { UserSummary } from '../../../shared/accounts/schemas.ts';
import type { StoredPassword } from './password.ts';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  password_salt: string;
  password_params: string;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields shown to administrators (never the hash or salt). */
export function toSummary(u: UserRow): UserSummary {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    active: u.active === 1,
    failedAttempts: u.failed_attempts,
    lockedUntil: u.locked_until,
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
  };
}

/** What the audit trail records about an account: no secrets. */
export function auditView(u: Pick<UserRow, 'username' | 'display_name' | 'role' | 'active'>) {
  return { username: u.username, displayName: u.display_name, role: u.role, active: u.active === 1 };
}

export function storedPassword(u: UserRow): StoredPassword {
  return { hash: u.password_hash, salt: u.password_salt, params: u.password_params };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM users WHERE role = 'administrator' AND active = 1").get() as { n: number }).n;
}

export function selectUserById(db: Db, id: number): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function selectUserByName(db: Db, username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
}

export function selectUsers(db: Db): UserRow[] {
  return db.prepare('SELECT * FROM users ORDER BY active DESC, username').all() as UserRow[];
}

/** Inserts an account; the caller writes the audit row in the same transaction. */
export function insertUser(
  db: Db,
  u: { username: string; displayName: string; role: Role; password: StoredPassword },
  nowIso: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO users (username, display_name, role, password_hash, password_salt, password_params, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(u.username, u.displayName, u.role, u.password.hash, u.password.salt, u.password.params, nowIso, nowIso).lastInsertRowid,
  );
}

export function updateUserProfile(db: Db, id: number, u: { displayName: string; role: Role; active: boolean }, nowIso: string): void {
  db.prepare('UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?').run(u.displayName, u.role, u.active ? 1 : 0, nowIso, id);
}

/** Sets a new password and clears any lockout. */
export function updatePassword(db: Db, id: number, p: StoredPassword, nowIso: string): void {
  db.prepare(
    `UPDATE users SET password_hash = ?, password_salt = ?, password_params = ?, failed_attempts = 0, locked_until = NULL, updated_at = ?
     WHERE id = ?`,
  ).run(p.hash, p.salt, p.params, nowIso, id);
}

/** Counts one more wrong password atomically and returns the new count. */
export function incrementFailures(db: Db, id: number): number {
  return (db.prepare('UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts').get(id) as { failed_attempts: number })
    .failed_attempts;
}

export function setLockedUntil(db: Db, id: number, until: string | null): void {
  db.prepare('UPDATE users SET locked_until = ? WHERE id = ?').run(until, id);
}

export function recordLogin(db: Db, id: number, nowIso: string): void {
  db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(nowIso, id);
}
