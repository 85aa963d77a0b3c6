/**
 * The case-list export as an office server process answers it: a fresh process opens the
 * data folder, signs the bench administrator in and exports every case to XLSX through
 * dispatch; it prints one JSON line with the export's seconds and the process's peak
 * resident memory. A separate process, so the figure is the export's and not what the
 * benchmark's own demo generation left in the heap.
 *   node test/bench/export-process.ts DATA_DIR
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from '../../electron/main/app-context.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { selectUserByName } from '../../electron/main/accounts/user-queries.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: export-process.ts DATA_DIR');
const now = new Date('2026-06-02T03:00:00Z');
const ctx = await openApp({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench', now: () => now });
const bench = selectUserByName(ctx.db, 'bench');
if (!bench) throw new Error('the bench administrator is missing');
ctx.session.user = { id: bench.id, username: 'bench', displayName: 'Bench', role: 'administrator' };
ctx.session.lastActivity = now.getTime();
/**
 * The process's peak resident memory in MB: VmHWM, which starts afresh with the new program.
 * Not resourceUsage().maxRSS: Linux carries that across exec from the forked copy of the
 * parent, so it reported the benchmark's own heap (700 MB) before this process did anything.
 */
function peakRssMb(): number {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}
const openRssMb = peakRssMb();
const t0 = performance.now();
const listed = await dispatch(ctx, handlers, 'cases:export', { format: 'xlsx' });
const seconds = (performance.now() - t0) / 1000;
if (!listed.ok) throw new Error(listed.error.message);
const file = listed.value as { rows: number; fileBase64: string };
ctx.db.close();
console.log(JSON.stringify({ seconds, openRssMb, rssMb: peakRssMb(), rows: file.rows, kb: Math.round((file.fileBase64.length * 3) / 4 / 1024) }));
