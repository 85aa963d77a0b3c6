import type { AppContext } from '../../electron/main/app-context.ts';
import { hashPassword } from '../../electron/main/accounts/password.ts';
import { insertUser } from '../../electron/main/accounts/user-queries.ts';
/** One benchmark group: returns its named figures (ms, s, MB, ratios). */
export interface BenchModule {
  name: string;
  run: (env: BenchEnv) => Promise<Record<string, number>>;
}

export interface BenchEnv {
  /** A scratch folder for this run, deleted afterwards. */
  workDir: string;
  log: (line: string) => void;
}

/** The p-th percentile (0-100) of samples, nearest-rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** Runs `fn` n times after `warmup` unmeasured runs; returns each duration in ms. */
export async function timeRuns(n: number, fn: (i: number) => unknown, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Signs a real administrator account in on the context: dispatch re-reads the account on
 * every call, as in the desktop app, so the benchmarks pay what a user's call pays.
 */
export async function signInBenchAdmin(ctx: AppContext, now: Date): Promise<void> {
  const password = await hashPassword('Bench-Rahasia-2024', { N: 1024, r: 8, p: 1, keylen: 32 });
  const userId = insertUser(ctx.db, { username: 'bench', displayName: 'Bench', role: 'administrator', password }, now.toISOString());
  ctx.session.user = { id: userId, username: 'bench', displayName: 'Bench', role: 'administrator' };
  ctx.session.lastActivity = now.getTime();
}
