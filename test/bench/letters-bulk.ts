/**
 * Child process of the letters benchmark, run twice on one data folder:
 * `setup <dir>` issues 500 summonses through the real issue flow (each frozen in the
 * register); `print <dir>` bulk-prints all of them into one PDF the way the app does
 * (frozen bytes merged in a worker thread), timed, with the peak RSS of this whole
 * process (worker included). A fresh process for the print, so the figure is the print's
 * own footprint and not what setup or earlier benchmark groups left in a heap. Prints
 * one JSON line.
 */
import path from 'node:path';
import { openApp } from '../../electron/main/app-context.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { bulkResult, bulkStatus, startBulk } from '../../electron/main/letters/bulk-jobs.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { validCase } from '../support/temp-app.ts';
import { seedExam } from '../letters/seed-exam.ts';

const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');
const COUNT = 500;
const [mode, dataDir] = process.argv.slice(2);
if (!dataDir || (mode !== 'setup' && mode !== 'print')) throw new Error('usage: letters-bulk.ts setup|print <dataDir>');

const ctx = await openApp({ dataDir, resourcesDir: RESOURCES, appVersion: 'bench', now: () => new Date('2024-11-04T03:00:00Z') });
if (mode === 'setup') {
  const caseId = createCase(ctx, caseCreateSchema.parse(validCase)).id;
  const { session1 } = seedExam(ctx, caseId);
  // One valid summons per session: 500 sessions (copies of the first) for 500 summonses.
  const copy = ctx.db.prepare(
    `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance, created_at, created_by, updated_at)
     SELECT case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance, created_at, created_by, updated_at
     FROM exam_sessions WHERE id = ?`,
  );
  const sessions = [session1, ...Array.from({ length: COUNT - 1 }, () => Number(copy.run(session1).lastInsertRowid))];
  const t0 = performance.now();
  for (const session of sessions) await issueLetter(ctx, { caseId, type: 'summons1', subject: `session:${session}` });
  process.stdout.write(`${JSON.stringify({ issueSeconds: (performance.now() - t0) / 1000 })}\n`);
} else {
  const ids = (ctx.db.prepare("SELECT id FROM issued_letters WHERE type = 'summons1' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  if (ids.length !== COUNT) throw new Error(`expected ${COUNT} issued summonses, found ${ids.length}`);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const { jobId } = await startBulk(ctx, ids);
  for (;;) {
    const s = bulkStatus(jobId);
    if (s.state === 'failed') throw new Error(`bulk failed: ${s.error}`);
    if (s.state === 'done') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const bytes = (await bulkResult(jobId)).pdf.length;
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: peak / 1024 / 1024, megabytes: bytes / 1024 / 1024 })}\n`);
}
ctx.db.close();
