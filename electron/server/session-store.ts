import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session } from '../main/accounts/session.ts';

export interface StoredSession {
  /** The cookie value: 32 random bytes, base64url; it names the session and proves nothing else. */
  id: string;
  /** Sent back by the page in `x-sipena-csrf` on every call; a cross-site request cannot read it. */
  csrfToken: string;
  session: Session;
  /** ctx.now() in ms of the last request that used it. */
  lastSeen: number;
}

/**
 * The office server's signed-in users, one entry per browser that signed in, kept in memory
 * only: a restarted server signs everyone out (nothing secret is ever written to disk), and
 * the account state that must survive (failure count, lockout, roles) lives in the database.
 */
export class SessionStore {
  readonly #byId = new Map<string, StoredSession>();
  /** A session unused this long is forgotten (the screen lock has long since closed it). */
  readonly #maxIdleMs: number;

  constructor(maxIdleMs = 12 * 60 * 60_000) {
    this.#maxIdleMs = maxIdleMs;
  }

  create(session: Session, nowMs: number): StoredSession {
    this.sweep(nowMs);
    const entry: StoredSession = { id: randomBytes(32).toString('base64url'), csrfToken: randomBytes(32).toString('base64url'), session, lastSeen: nowMs };
    this.#byId.set(entry.id, entry);
    return entry;
  }

  /** The live entry the cookie names, or undefined (unknown, expired or signed out). */
  get(id: string | undefined, nowMs: number): StoredSession | undefined {
    if (!id) return undefined;
    const entry = this.#byId.get(id);
    if (!entry) return undefined;
    if (!entry.session.user || nowMs - entry.lastSeen > this.#maxIdleMs) {
      this.#byId.delete(id);
      return undefined;
    }
    entry.lastSeen = nowMs;
    return entry;
  }

  delete(id: string): void {
    this.#byId.delete(id);
  }

  /** Signed-in users right now (for the dashboard and the status screen). */
  signedIn(): Session[] {
    return [...this.#byId.values()].filter((e) => e.session.user).map((e) => e.session);
  }

  get size(): number {
    return this.#byId.size;
  }

  sweep(nowMs: number): void {
    for (const [id, e] of this.#byId) if (!e.session.user || nowMs - e.lastSeen > this.#maxIdleMs) this.#byId.delete(id);
  }
}

/** Constant-time comparison of the page's CSRF header with the session's token. */
export function csrfMatches(entry: StoredSession, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(entry.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
