import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/connection.ts';
import { getSetting } from '../db/settings-queries.ts';
import type { SessionUser } from '../../../shared/accounts/schemas.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

/**
 * One signed-in person. The desktop app has exactly one (the context's own); the office
 * server keeps one per signed-in browser (electron/server/session-store.ts) and hands the
 * caller's to dispatch for each request.
 */
export interface Session {
  user: SessionUser | null;
  /** Signed in but locked (idle or on request): only unlock or logout get through. */
  locked: boolean;
  /** ctx.now() in ms of the last authorised call or activity heartbeat. */
  lastActivity: number;
  /** Language picked on this run (e.g. on the sign-in screen, which writes nothing); null = the saved setting. */
  language: Language | null;
  /**
   * Who acts while nobody is signed in on this session, e.g. "web:192.168.1.23" for a sign-in
   * attempt reaching the office server from that address; unset = the context's system actor.
   */
  origin?: string;
}

export const DEFAULT_IDLE_MINUTES = 10;
export const IDLE_SETTING = 'auth.idleMinutes';

/** A signed-out session. */
export function newSession(): Session {
  return { user: null, locked: false, lastActivity: 0, language: null };
}

// The session of the call being dispatched. Bound by dispatch for the whole call, awaits
// included, so a handler (and the audit row it writes) sees its own caller even while
// other users' calls interleave with it on the event loop.
const callSession = new AsyncLocalStorage<Session>();

/** Runs `fn` (and everything it awaits or schedules) as `session`'s call. */
export function runAsSession<T>(session: Session, fn: () => T): T {
  return callSession.run(session, fn);
}

/** The session of the running call, or undefined outside one (the context's own session then applies). */
export function boundSession(): Session | undefined {
  return callSession.getStore();
}

/** Minutes without activity before the screen locks (office setting, default 10). */
export function idleMinutes(db: Db): number {
  const n = Number(getSetting(db, IDLE_SETTING));
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

// Password checks per account, one at a time: the failure counter lives in the users row,
// and parallel guesses (from one session or from many browsers) must each see the count
// the previous one left. Keyed by the context's database folder and the account name.
const passwordQueues = new Map<string, Promise<unknown>>();

/** Runs `fn` after every password check of the same account queued before it. */
export function serialisePasswordCheck<T>(scope: string, account: string, fn: () => Promise<T>): Promise<T> {
  const key = `${scope}\u0000${account}`;
  const run = (passwordQueues.get(key) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  passwordQueues.set(key, tail);
  // The map keeps only queues with work in them.
  void tail.then(() => {
    if (passwordQueues.get(key) === tail) passwordQueues.delete(key);
  });
  return run;
}
