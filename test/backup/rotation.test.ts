import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupFileName, parseBackupName, BACKUP_KINDS } from '../../electron/main/backup/backup-names.ts';
import type { BackupKind, ParsedBackupName } from '../../electron/main/backup/backup-names.ts';
import { DEFAULT_RETENTION, planRotation } from '../../electron/main/backup/rotation.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2025-06-30T12:00:00Z');

function b(kind: BackupKind, at: Date): ParsedBackupName {
  return parseBackupName(backupFileName(kind, at))!;
}

describe('backup names', () => {
  it('round-trip kind and time, and refuse anything else', () => {
    const at = new Date('2024-11-04T03:00:00.123Z');
    for (const kind of BACKUP_KINDS) {
      const name = backupFileName(kind, at);
      expect(parseBackupName(name)).toEqual({ name, kind, createdAt: at });
    }
    expect(backupFileName('manual', at, 2)).toBe('sipena-manual-20241104T030000123Z-2.sqlite3');
    for (const bad of ['sipena.sqlite3', '../sipena-manual-20241104T030000123Z.sqlite3', 'sipena-manual-20241104T030000123Z.sqlite3.partial', 'sipena-weekly-20241104T030000123Z.sqlite3', 'sipena-manual-20241304T030000123Z.sqlite3']) {
      expect(parseBackupName(bad)).toBeUndefined();
    }
  });
});

describe('planRotation', () => {
  it('keeps one backup per day for the last 7 days, then one per week for 4 weeks, then one per month for 12 months', () => {
    // Two start backups a day for 500 days.
    const all: ParsedBackupName[] = [];
    for (let d = 0; d < 500; d++) for (const h of [1, 9]) all.push(b(d % 2 ? 'start' : 'daily', new Date(now.getTime() - d * DAY - h * HOUR)));
    const { keep, remove } = planRotation(all, now);
    expect(keep.length + remove.length).toBe(all.length);
    const kept = all.filter((x) => keep.includes(x.name));
    // The newest of each of the last 7 days.
    const days = new Set(kept.map((x) => x.createdAt.toISOString().slice(0, 10)));
    for (let d = 0; d < 7; d++) expect(days.has(new Date(now.getTime() - d * DAY - HOUR).toISOString().slice(0, 10))).toBe(true);
    // Never two backups of the same day.
    expect(days.size).toBe(kept.length);
    // 12 distinct months are represented, none older than 12 months + a bit.
    const months = new Set(kept.map((x) => x.createdAt.toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
    // 7 daily + up to 4 weekly + up to 12 monthly, overlapping.
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12 + 4);
    expect(Math.min(...kept.map((x) => x.createdAt.getTime()))).toBeGreaterThan(now.getTime() - 366 * DAY);
  });

  it('counts days that have backups, so a PC switched off for a month still keeps 7 dailies', () => {
    const all = [0, 40, 41, 42, 43, 44, 45, 46, 47, 48].map((d) => b('start', new Date(now.getTime() - d * DAY)));
    const { keep } = planRotation(all, now, { ...DEFAULT_RETENTION, weekly: 0, monthly: 0 });
    expect(keep).toHaveLength(7);
  });

  it('keeps manual, pre-migration and pre-restore backups 90 days, and the newest 5 of them forever', () => {
    const safety = [10, 89, 91, 200, 300, 400, 500, 600].map((d) => b('pre-restore', new Date(now.getTime() - d * DAY)));
    const routine = b('start', now);
    const { keep, remove } = planRotation([...safety, routine], now);
    expect(keep).toContain(routine.name);
    // 10 and 89 days: within 90 days; plus the newest five overall (10, 89, 91, 200, 300).
    expect(keep).toEqual(expect.arrayContaining(safety.slice(0, 5).map((x) => x.name)));
    expect(remove).toEqual(safety.slice(5).map((x) => x.name));
  });

  it('keeps every backup that shares the newest time (a start and a daily made the same millisecond)', () => {
    const at = new Date(now.getTime() - 26);
    const daily = b('daily', at);
    const start = b('start', at);
    const policy = { ...DEFAULT_RETENTION, daily: 1, weekly: 0, monthly: 0 };
    expect(planRotation([daily, start], now, policy).keep).toEqual(expect.arrayContaining([daily.name, start.name]));
  });

  it('never removes the newest backup or one dated in the future, and every name is either kept or removed (property)', () => {
    const arb = fc.array(
      fc.record({ kind: fc.constantFrom(...BACKUP_KINDS), offset: fc.integer({ min: -3 * DAY, max: 800 * DAY }) }),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: -720, max: 720 }), (items, tz) => {
        const list = items.map((it, i) => parseBackupName(backupFileName(it.kind, new Date(now.getTime() - it.offset), i + 1))!);
        const { keep, remove } = planRotation(list, now, DEFAULT_RETENTION, tz);
        expect(new Set([...keep, ...remove]).size).toBe(list.length);
        const newest = [...list].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime())[0]!;
        expect(keep).toContain(newest.name);
        for (const x of list) if (x.createdAt > now) expect(keep).toContain(x.name);
        // Rotating again changes nothing: the plan is stable.
        const again = planRotation(list.filter((x) => keep.includes(x.name)), now, DEFAULT_RETENTION, tz);
        expect(again.remove).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('buckets by the office calendar: 23:30 and 00:30 WIB are different days', () => {
    const late = b('start', new Date('2025-06-29T16:30:00Z')); // 23:30 WIB on the 29th
    const early = b('start', new Date('2025-06-29T17:30:00Z')); // 00:30 WIB on the 30th
    const policy = { ...DEFAULT_RETENTION, weekly: 0, monthly: 0, daily: 2 };
    expect(planRotation([late, early], now, policy, 420).keep).toHaveLength(2);
    expect(planRotation([late, early], now, { ...policy, daily: 2 }, 0).keep).toEqual([early.name]);
  });
});
