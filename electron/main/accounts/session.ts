import type { Db } from '../db/connection.ts';
import type { SessionUser } from '../../../shared/accounts/schemas.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

/** The one signed-in user of this running app (desktop: one window, one person at a time). */
export interface Session {
  user: SessionUser | null;
  /** Signed in but locked (idle or on request): only unlock or logout get through. */
  locked: boolean;
  /** ctx.now() in ms of the last authorised call or activity heartbeat. */
  lastActivity: number;
  /** Serialises password checks so parallel attempts cannot outrun the lockout counter. */
  passwordQueue: Promise<unknown>;
  /** Language picked on this run (e.g. on the sign-in screen, which writes nothing); null = the saved setting. */
  language: Language | null;
}

export const DEFAULT_IDLE_MINUTES = 10;
export const IDLE_SETTING = 'auth.idleMinutes';

/** A signed-out session. */
export function newSession(): Session {
  return { user: null, locked: false, lastActivity: 0, passwordQueue: Promise.resolve(), language: null };
}

/** Minutes without activity before the screen locks (office setting, default 10). */
export function idleMinutes(db: Db): number {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(IDLE_SETTING) as { value: string } | undefined;
  const n = Number(row?.value);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_IDLE_MINUTES;
}

/**
 * Locks the session when the idle time has passed since the last activity. Main checks
 * this itself on every call, so a renderer that never sends `auth:lock` cannot keep a
 * forgotten session open. Returns true when it has just locked.
 */
export function expireIdle(session: Session, db: Db, nowMs: number): boolean {
  if (!session.user || session.locked) return false;
  if (nowMs - session.lastActivity <= idleMinutes(db) * 60_000) return false;
  session.locked = true;
  return true;
}

/** Runs `fn` after every password check queued before it (one at a time per app). */
export function serialisePasswordCheck<T>(session: Session, fn: () => Promise<T>): Promise<T> {
  const run = session.passwordQueue.then(fn, fn);
  session.passwordQueue = run.catch(() => undefined);
  return run;
}
