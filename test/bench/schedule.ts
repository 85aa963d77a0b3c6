/**
 * Hearing-scheduling figure: on the 100,000-case demo data (generateDemo, the
 * same generator as `npm run cli -- demo`) plus 60,000 bulk-inserted examination sessions
 * with three examiners each, spread over the working days of 2024-2026 in 12 rooms.
 *   schedule.conflicts.p95_ms   previewSchedule for one new session: case, accused and
 *                               team checks, examiner/room/accused overlap queries and the
 *                               deadline warnings on the office calendar; target <= 20 ms
 */
import { resolve } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { percentile, timeRuns } from './bench-kit.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { previewSchedule } from '../../electron/main/hearings/hearing-service.ts';
import { sessionScheduleSchema } from '../../shared/examination/schemas.ts';
import { addCalendarDays, weekdayOfDay, isoToDay } from '../../shared/calendar/iso-day.ts';

const CASES = Number(process.env.SIPENA_BENCH_CASES ?? 100_000);
const SESSIONS = 60_000;
const STAFF = 90;
const ROOMS = 12;

/** Working-day-ish dates (Mon-Fri) from 2024-01-15 on (summons dates stay inside 2024), for spreading sessions. */
function weekdays(count: number): string[] {
  const out: string[] = [];
  for (let d = '2024-01-15'; out.length < count; d = addCalendarDays(d, 1)) {
    const wd = weekdayOfDay(isoToDay(d));
    if (wd !== 0 && wd !== 6) out.push(d);
  }
  return out;
}

export const scheduleBench: BenchModule = {
  name: 'schedule',
  run: async ({ workDir, log }) => {
    const now = new Date('2025-06-02T03:00:00Z');
    const ctx = await openApp({ dataDir: workDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench', now: () => now });
    try {
      const t0 = performance.now();
      generateDemo(ctx, { cases: CASES, seed: 'bench-schedule' });
      const db = ctx.db;
      const accused = db.prepare('SELECT id, case_id AS caseId, nip FROM case_accused ORDER BY id').all() as { id: number; caseId: number; nip: string }[];
      const days = weekdays(700);
      db.transaction(() => {
        const iso = now.toISOString();
        const insStaff = db.prepare("INSERT INTO staff (nip, name, unit, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
        for (let i = 0; i < STAFF; i++) insStaff.run(`1980010120050110${String(i).padStart(2, '0')}`, `Pemeriksa ${i}`, ['inspektorat', 'bkpsdm', 'atasan'][i % 3], iso, iso);
        const insRoom = db.prepare('INSERT INTO rooms (name) VALUES (?)');
        for (let i = 0; i < ROOMS; i++) insRoom.run(`Ruang ${i + 1}`);
        const insSession = db.prepare(
          `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, created_at, created_by, updated_at)
           VALUES (?, ?, ?, 1, ?, ?, ?, 120, ?, ?, 'bench', ?)`,
        );
        const insEx = db.prepare('INSERT INTO session_examiners (session_id, staff_id, start_at, end_at) VALUES (?, ?, ?, ?)');
        for (let i = 0; i < SESSIONS; i++) {
          const a = accused[(i * 7919) % accused.length]!;
          const day = days[i % days.length]!;
          const hour = 8 + ((i * 3) % 8);
          const startAt = `${day}T${String(hour).padStart(2, '0')}:00`;
          const endAt = `${day}T${String(hour + 2).padStart(2, '0')}:00`;
          const id = Number(insSession.run(a.caseId, a.id, a.nip, addCalendarDays(day, -14), startAt, endAt, (i % ROOMS) + 1, iso, iso).lastInsertRowid);
          for (let k = 0; k < 3; k++) insEx.run(id, ((i + k * 31) % STAFF) + 1, startAt, endAt);
        }
      })();
      db.exec('ANALYZE');
      log(`${CASES} demo cases + ${SESSIONS} sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

      // 200 cases at summons I with a three-person team: the subjects of the new sessions.
      const subjects = accused.filter((_, i) => i % 397 === 0).slice(0, 200);
      db.transaction(() => {
        for (const [i, s] of subjects.entries()) {
          db.prepare("UPDATE cases SET status = 'summons_1' WHERE id = ?").run(s.caseId);
          db.prepare('DELETE FROM case_team WHERE case_id = ?').run(s.caseId);
          for (let k = 0; k < 3; k++) db.prepare('INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, ?)').run(s.caseId, ((i + k * 31) % STAFF) + 1, k === 0 ? 'chair' : 'member');
        }
      })();

      let conflicts = 0;
      const samples = await timeRuns(300, (i) => {
        const s = subjects[i % subjects.length]!;
        const idx = i % subjects.length;
        const day = days[(i * 13) % days.length]!;
        const input = sessionScheduleSchema.parse({
          caseId: s.caseId,
          accusedId: s.id,
          summonsNo: 1,
          summonsDate: addCalendarDays(day, -3),
          date: day,
          startTime: `${String(8 + (i % 8)).padStart(2, '0')}:30`,
          durationMin: 120,
          roomId: (i % ROOMS) + 1,
          examinerIds: [((idx + 0) % STAFF) + 1, ((idx + 31) % STAFF) + 1, ((idx + 62) % STAFF) + 1],
        });
        conflicts += previewSchedule(ctx, input).check.conflicts.length;
      });
      log(`${samples.length} checks, ${conflicts} conflicts found in total`);
      return { 'schedule.conflicts.p95_ms': percentile(samples, 95) };
    } finally {
      ctx.db.close();
    }
  },
};
