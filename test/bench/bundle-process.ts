/**
 * One side of the bundle exchange in a fresh process, as the CLI runs it, so the peak
 * memory is the export's (or import's) and not what the benchmark's demo generation left in
 * its heap. Prints one JSON line.
 *   node test/bench/bundle-process.ts export DATA_DIR REGNOS.json OUT.sipena-bundle
 *   node test/bench/bundle-process.ts import DATA_DIR IN.sipena-bundle
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from '../../electron/main/app-context.ts';
import { basename } from 'node:path';
import { exportBundleToFileOffThread, importBundleOffThread } from '../../electron/main/bundles/bundle-client.ts';

const [mode, dataDir, a, b] = process.argv.slice(2);
if (!dataDir || !a || (mode !== 'export' && mode !== 'import')) throw new Error('usage: bundle-process.ts export|import DATA_DIR ...');
const now = new Date('2026-06-02T03:00:00Z');
const ctx = await openApp({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench', now: () => now });

/** Peak resident memory in MB (VmHWM starts afresh with the new program; see export-process.ts). */
function peakRssMb(): number {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}
const openRssMb = peakRssMb();
if (mode === 'export') {
  const registerNos = JSON.parse(readFileSync(a, 'utf8')) as string[];
  const t0 = performance.now();
  const r = await exportBundleToFileOffThread(ctx, { sinceLast: false, from: null, registerNos, withEvidence: false }, b!, basename(b!));
  const seconds = (performance.now() - t0) / 1000;
  ctx.db.close();
  console.log(JSON.stringify({ seconds, openRssMb, rssMb: peakRssMb(), cases: r.cases, letters: r.letters, sha256: r.sha256 }));
} else {
  const t0 = performance.now();
  const bytes = readFileSync(a);
  const r = await importBundleOffThread(ctx, bytes);
  const seconds = (performance.now() - t0) / 1000;
  ctx.db.close();
  console.log(JSON.stringify({ seconds, openRssMb, rssMb: peakRssMb(), imported: r.outcome.imported, already: r.outcome.already, refused: r.outcome.refused, refusal: r.outcome.refusal }));
}
