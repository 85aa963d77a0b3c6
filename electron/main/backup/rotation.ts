import type { BackupKind, ParsedBackupName } from './backup-names.ts';

/**
 * Retention: grandfather-father-son over the routine backups (at start, daily), plus a
 * longer life for the ones a person or a risky operation asked for.
 */
export interface RetentionPolicy {
  /** Newest routine backup of each of the N most recent days that have one. */
  daily: number;
  /** ... of each of the N most recent ISO weeks. */
  weekly: number;
  /** ... of each of the N most recent calendar months. */
  monthly: number;
  /** Manual, pre-migration and pre-restore backups live at least this many days ... */
  protectedDays: number;
  /** ... and the newest N of them are kept whatever their age. */
  protectedMin: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12, protectedDays: 90, protectedMin: 5 };

const PROTECTED: readonly BackupKind[] = ['manual', 'pre-migration', 'pre-restore'];
const DAY_MS = 86_400_000;

function localParts(d: Date, offsetMinutes: number): Date {
  // Shifted so the UTC getters read the office's wall-clock date.
  return new Date(d.getTime() + offsetMinutes * 60_000);
}

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isoWeekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday); // the Thursday of this ISO week names its year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

function newestPerBucket(sorted: ParsedBackupName[], count: number, key: (d: Date) => string, offset: number, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const b of sorted) {
    if (seen.size >= count) break;
    const k = key(localParts(b.createdAt, offset));
    if (seen.has(k)) continue;
    seen.add(k);
    keep.add(b.name);
  }
}

/**
 * Decides which backups to keep and which to delete. Pure: the caller lists the folder
 * and deletes. Buckets follow the office's local calendar (`utcOffsetMinutes`, e.g. 420
 * for WIB). The newest backup (every one, when several share its time) and any dated in the
 * future (clock trouble) are always kept.
 */
export function planRotation(
  backups: readonly ParsedBackupName[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  utcOffsetMinutes = 0,
): { keep: string[]; remove: string[] } {
  const sorted = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  // Two backups can share the newest second (a start and a daily made together): both are the newest, both stay.
  const newestAt = sorted[0]?.createdAt.getTime();
  for (const b of sorted) if (b.createdAt.getTime() === newestAt || b.createdAt.getTime() > now.getTime()) keep.add(b.name);

  const routine = sorted.filter((b) => !PROTECTED.includes(b.kind));
  newestPerBucket(routine, policy.daily, dayKey, utcOffsetMinutes, keep);
  newestPerBucket(routine, policy.weekly, isoWeekKey, utcOffsetMinutes, keep);
  newestPerBucket(routine, policy.monthly, monthKey, utcOffsetMinutes, keep);

  const guarded = sorted.filter((b) => PROTECTED.includes(b.kind));
  guarded.forEach((b, i) => {
    if (i < policy.protectedMin || now.getTime() - b.createdAt.getTime() <= policy.protectedDays * DAY_MS) keep.add(b.name);
  });

  return { keep: sorted.filter((b) => keep.has(b.name)).map((b) => b.name), remove: sorted.filter((b) => !keep.has(b.name)).map((b) => b.name) };
}
