/**
 * Child process of the letters benchmark: 500 summonses combined into one PDF by the
 * bulk workers, timed, with the peak RSS of this whole process (worker threads
 * included). A fresh process, so the figure is the print's own footprint and not what
 * earlier benchmark groups left in the parent's heap. Prints one JSON line.
 */
import path from 'node:path';
import { bulkStatus, runJob } from '../../electron/main/letters/bulk-jobs.ts';
import type { BulkItem } from '../../electron/main/letters/bulk-render.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { META_ISSUED, summonsInput } from '../letters/letter-fixtures.ts';

const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');
const COUNT = 500;

const items: BulkItem[] = Array.from({ length: COUNT }, (_, i) => ({
  type: 'summons1',
  input: { ...summonsInput(1), accused: { ...summonsInput(1).accused, name: `Terlapor Nomor ${i + 1}` } },
  meta: { ...META_ISSUED, number: `800/${i + 1}/SP-I/INSP/2024` },
}));
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
const job = runJob({ resourcesDir: RESOURCES, dataDir: RESOURCES, db: null as never }, items, { ...DEFAULT_OFFICE_SETTINGS, logoFile: '' }, 'bulk.pdf');
for (;;) {
  const s = bulkStatus(job.jobId);
  if (s.state === 'failed') throw new Error(`bulk failed: ${s.error}`);
  if (s.state === 'done') break;
  await new Promise((r) => setTimeout(r, 20));
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: peak / 1024 / 1024 })}\n`);
