/**
 * Report figures on the 100,000-case demo data (generateDemo, the same generator as
 * `npm run cli -- demo`):
 *   export.siasn.median_ms  `reports:siasnExport` of a year of decided cases to CSV through
 *                           dispatch (query, appeal lookups, mapping, CSV), target <= 500 ms
 *   export.cases100k_s      `cases:export` of the whole unfiltered list (every case) to XLSX
 *                           through dispatch (streamed writer), target <= 10 s
 *   export.cases100k_rss_mb the peak resident memory of the process that ran that export
 *                           (a fresh one, as an office server answers it: export-process.ts),
 *                           target <= 400 MB
 *   reports.recap.p95_ms    `reports:recap`, a two-way pivot (OPD x status) over all cases with a
 *                           period filter (2024), 15 runs through dispatch, target <= 150 ms
 * Demo decisions carry no issued SK; the untimed setup gives every decision whose case was
 * registered in 2025 an SK number, date and delivery, as issuing and delivery would.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { percentile, timeRuns, signInBenchAdmin } from './bench-kit.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { siasnMappingKeys } from '../../electron/main/reports/siasn-mapping.ts';

/** Runs export-process.ts on the bench's data folder and reads its one JSON line. */
function exportInFreshProcess(dataDir: string): Promise<{ seconds: number; openRssMb: number; rssMb: number; rows: number; kb: number }> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [resolve(import.meta.dirname, 'export-process.ts'), dataDir], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return fail(new Error(`export process failed: ${stderr || err.message}`));
      done(JSON.parse(stdout.trim().split('\n').at(-1)!) as { seconds: number; openRssMb: number; rssMb: number; rows: number; kb: number });
    });
  });
}

const CASES = Number(process.env.SIPENA_BENCH_CASES ?? 100_000);

export const reportsBench: BenchModule = {
  name: 'reports',
  run: async ({ workDir, log }) => {
    const now = new Date('2026-06-02T03:00:00Z');
    const ctx = await openApp({ dataDir: workDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench', now: () => now });
    await signInBenchAdmin(ctx, now);
    try {
      const t0 = performance.now();
      generateDemo(ctx, { cases: CASES, seed: 'bench-reports' });
      const year = ctx.db
        .prepare(
          `UPDATE decisions SET sk_number = 'BENCH/' || case_id || '/' || accused_id, sk_date = substr(created_at, 1, 10),
                  delivered_on = substr(created_at, 1, 10), effective_date = date(substr(created_at, 1, 10), '+15 days'),
                  end_date = CASE WHEN duration_months IS NULL THEN NULL ELSE date(substr(created_at, 1, 10), '+15 days', '+' || duration_months || ' months', '-1 day') END
           WHERE substr(created_at, 1, 4) = '2025' AND level IS NOT NULL`,
        )
        .run().changes;
      ctx.db.exec('ANALYZE');
      const keys = siasnMappingKeys();
      const ids = (list: { code: string }[]) => Object.fromEntries(list.map((k, i) => [k.code, String(100 + i)]));
      const saved = await dispatch(ctx, handlers, 'reports:saveSiasnMapping', { sanction: ids(keys.sanction), reason: ids(keys.reason), golongan: ids(keys.golongan), kedudukanHukum: '01', expectedVersion: 0 });
      if (!saved.ok) throw new Error(saved.error.message);
      log(`${CASES} demo cases, ${year} decisions given a 2025 SK, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

      const first = await dispatch(ctx, handlers, 'reports:siasnExport', { from: '2025-01-01', to: '2025-12-31', format: 'csv' });
      if (!first.ok) throw new Error(first.error.message);
      const v = first.value as { exported: number; skipped: unknown[]; fileBase64: string };
      log(`SIASN export 2025: ${v.exported} rows, ${v.skipped.length} skipped, ${Math.round((v.fileBase64.length * 3) / 4 / 1024)} kB CSV`);
      const samples = await timeRuns(15, async () => {
        const r = await dispatch(ctx, handlers, 'reports:siasnExport', { from: '2025-01-01', to: '2025-12-31', format: 'csv' });
        if (!r.ok) throw new Error(r.error.message);
      });
      const recapQuery = { filters: { from: '2024-01-01', to: '2024-12-31' }, rows: 'opd', columns: 'status' };
      const recap = await dispatch(ctx, handlers, 'reports:recap', recapQuery);
      if (!recap.ok) throw new Error(recap.error.message);
      const rv = recap.value as { cases: number; total: { accused: number }; rows: unknown[]; columns: unknown[] };
      log(`recap 2024 by OPD x status: ${rv.cases} cases, ${rv.total.accused} accused, ${rv.rows.length} x ${rv.columns.length} cells`);
      const recapSamples = await timeRuns(15, async () => {
        const r = await dispatch(ctx, handlers, 'reports:recap', recapQuery);
        if (!r.ok) throw new Error(r.error.message);
      });
      log(`recap median ${percentile(recapSamples, 50).toFixed(1)} ms`);
      // The export runs in its own process on the closed register, as the office server
      // would be the only process with it open (closing also checkpoints the demo's WAL).
      ctx.db.close();
      const exported = await exportInFreshProcess(workDir);
      log(`case list export: ${exported.rows} rows, ${exported.kb} kB XLSX; the process held ${Math.round(exported.openRssMb)} MB after opening the register`);
      return { 'reports.recap.p95_ms': percentile(recapSamples, 95), 'export.siasn.median_ms': percentile(samples, 50), 'export.cases100k_s': exported.seconds, 'export.cases100k_rss_mb': exported.rssMb };
    } finally {
      if (ctx.db.open) ctx.db.close();
    }
  },
};
