/**
 * Failed sign-ins counted per key (an address, or a user name as typed) in memory: the
 * `limit`-th failure blocks the key for 30 s, each further one doubles it up to an hour; a
 * success clears it. The accounts table has its own lockout (5 wrong passwords, kept across
 * restarts); this one also covers unknown user names and one computer guessing at many
 * accounts, and it answers before any password hashing is spent. Times come from the app's
 * clock, so tests move it instead of waiting.
 */
export class FailureLimiter {
  readonly #limit: number;
  readonly #entries = new Map<string, { failures: number; blockedUntil: number }>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Seconds the key must still wait (0 = may try now). */
  waitSeconds(key: string, nowMs: number): number {
    const e = this.#entries.get(key);
    if (!e || e.blockedUntil <= nowMs) return 0;
    return Math.ceil((e.blockedUntil - nowMs) / 1000);
  }

  fail(key: string, nowMs: number): void {
    const e = this.#entries.get(key) ?? { failures: 0, blockedUntil: 0 };
    e.failures += 1;
    const over = e.failures - this.#limit;
    if (over >= 0) e.blockedUntil = nowMs + Math.min(3600, 30 * 2 ** Math.min(over, 12)) * 1000;
    this.#entries.set(key, e);
    // Bounded memory: a flood of distinct names forgets the oldest.
    if (this.#entries.size > 10_000) this.#entries.delete(this.#entries.keys().next().value!);
  }

  succeed(key: string): void {
    this.#entries.delete(key);
  }
}

/** The two limits the office server applies to `auth:login`. */
export interface LoginLimits {
  /** Per client address: a guessing computer is slowed whatever names it tries. */
  byAddress: FailureLimiter;
  /** Per user name as typed (lower-cased), known or not. */
  byAccount: FailureLimiter;
}

export function loginLimits(): LoginLimits {
  return { byAddress: new FailureLimiter(20), byAccount: new FailureLimiter(5) };
}
