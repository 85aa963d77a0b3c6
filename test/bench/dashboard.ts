/**
 * Needs-action list figure: on the 100,000-case demo data (generateDemo, the
 * same generator as `npm run cli -- demo`) plus 20,000 stored event deadlines.
 *   dashboard.p95_ms   `deadlines:needsAction` through dispatch (zod, role check, calendar,
 *                      counts and the first 100 items), target <= 20 ms
 */
import { resolve } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { percentile, timeRuns, signInBenchAdmin } from './bench-kit.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { openDeadline } from '../../electron/main/deadlines/deadline-queries.ts';
import { addCalendarDays } from '../../shared/calendar/iso-day.ts';
import { DEADLINE_RULE_IDS } from '../../shared/deadlines/rules.ts';

const CASES = Number(process.env.SIPENA_BENCH_CASES ?? 100_000);
const STORED = 20_000;

export const dashboardBench: BenchModule = {
  name: 'dashboard',
  run: async ({ workDir, log }) => {
    // A fixed "today" inside the demo data's years (the calendar covers 2024-2026).
    let now = new Date('2025-06-02T03:00:00Z');
    const ctx = await openApp({ dataDir: workDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench', now: () => now });
    await signInBenchAdmin(ctx, now);
    try {
      const t0 = performance.now();
      generateDemo(ctx, { cases: CASES, seed: 'bench-dashboard' });
      const caseIds = (ctx.db.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map((r) => r.id);
      ctx.db.transaction(() => {
        for (let i = 0; i < STORED; i++) {
          const basis = addCalendarDays('2024-06-03', (i * 7) % 700);
          openDeadline(ctx.db, { caseId: caseIds[(i * 37) % caseIds.length]!, rule: DEADLINE_RULE_IDS[i % 5]!, subjectType: 'hearing', subjectId: i, basisDate: basis, dueDate: addCalendarDays(basis, 10) }, now);
        }
      })();
      ctx.db.exec('ANALYZE');
      log(`${CASES} demo cases + ${STORED} stored deadlines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

      const first = await dispatch(ctx, handlers, 'deadlines:needsAction', {});
      if (!first.ok) throw new Error(`deadlines:needsAction failed: ${first.error.message}`);
      const v = first.value as { overdueCount: number; dueSoonCount: number; items: unknown[] };
      log(`needs action on ${now.toISOString().slice(0, 10)}: ${v.overdueCount} overdue, ${v.dueSoonCount} due soon, ${v.items.length} items returned`);

      // Move "today" a little each run so no answer is a repeat of the previous one.
      const samples = await timeRuns(200, async (i) => {
        now = new Date(Date.UTC(2025, 5, 2 + (i % 30), 3));
        // The clock jumps by days here; keep the bench user's session from idling out.
        ctx.session.lastActivity = now.getTime();
        const r = await dispatch(ctx, handlers, 'deadlines:needsAction', { soonWorkdays: 5 + (i % 5) });
        if (!r.ok) throw new Error(r.error.message);
      });
      return { 'dashboard.p95_ms': percentile(samples, 95) };
    } finally {
      ctx.db.close();
    }
  },
};
