/**
 * The case bundle for the province, 1,000 decided cases with their letters:
 *   bundle.export1000_s       exportBundleToFileOffThread of 1,000 decided cases (case.json of each through
 *                             the features' queries, 5 letters each checked against their
 *                             hashes, signed ZIP written), target <= 10 s
 *   bundle.export1000_rss_mb  peak resident memory of the process that exported, target <= 400 MB
 *   bundle.import1000_s       importBundleOffThread of that bundle at a province that enrolled the
 *                             regency (verify, store, signed receipt), target <= 10 s
 *   bundle.import1000_rss_mb  peak resident memory of the importing process, target <= 400 MB
 *   bundle.import_busy_list_p95_ms  p95 of a register list (`cases:list`, 50 rows, through the
 *                             dispatcher) asked for over and over in the bench process while
 *                             that bundle is imported there at a second province with a
 *                             3,000-case demo register: the import's verification runs in
 *                             the bundle worker and its writes are short transactions, so a
 *                             list waits at most for one of them; target <= 150 ms
 * Both run in a fresh process (bundle-process.ts), as the CLI does. Setup (untimed): a demo
 * register (the generator of `npm run cli -- demo`) whose first cases get real letters issued
 * through the letter services; 1,000 other decided cases get an SK and five letters each,
 * copies of those real PDFs made unique by a trailing PDF comment (rendering 5,000 letters
 * would take the benchmark an hour and measure pdfmake, not the bundle).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { median, percentile, signInBenchAdmin } from './bench-kit.ts';
import { importBundleOffThread } from '../../electron/main/bundles/bundle-client.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { issueDemoLetters } from '../../electron/main/demo/demo-letters.ts';
import { insertIssued } from '../../electron/main/letters/issued-queries.ts';
import { officeSettingsView, saveOfficeSettings } from '../../electron/main/letters/office-settings-service.ts';
import { enrolOrigin, officeKey } from '../../electron/main/trust/trust-service.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';

const CASES = Number(process.env.SIPENA_BENCH_BUNDLE_CASES ?? 1000);
const resourcesDir = resolve(import.meta.dirname, '..', '..', 'resources');
const now = new Date('2026-06-02T03:00:00Z');

function setOffice(ctx: AppContext, code: string, name: string): void {
  const { logoFile: _logo, version, ...current } = officeSettingsView(ctx);
  saveOfficeSettings(ctx, { ...current, bknInstansiCode: code, officeFullName: name, expectedVersion: version });
}

function inFreshProcess(args: string[]): Promise<Record<string, number | string | null>> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [resolve(import.meta.dirname, 'bundle-process.ts'), ...args], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return fail(new Error(`bundle process failed: ${stderr || err.message}`));
      done(JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number | string | null>);
    });
  });
}

/** The regency: demo register, real letters for a few cases, then 1,000 decided cases with an SK and five letters each. */
async function regency(dir: string, log: (l: string) => void): Promise<{ registerNos: string[]; keyFile: string }> {
  const ctx = await openApp({ dataDir: dir, resourcesDir, appVersion: 'bench', now: () => now });
  try {
    setOffice(ctx, '3201', 'Inspektorat Kabupaten Bench');
    const t0 = performance.now();
    generateDemo(ctx, { cases: Math.ceil(CASES * 6), seed: 'bench-bundles', letterSample: 4 });
    await issueDemoLetters(ctx, 4);
    const templates = new Map<LetterType, Buffer>();
    for (const r of ctx.db.prepare('SELECT type, pdf FROM issued_letters ORDER BY id').all() as { type: LetterType; pdf: Buffer }[]) if (!templates.has(r.type)) templates.set(r.type, r.pdf);
    // Five letters a case, the real PDFs' types in turn (each a distinct subject: one valid letter per type and subject).
    const kinds = [...templates.keys()];
    const types = [0, 1, 2, 3, 4].map((k) => ({ type: kinds[k % kinds.length]!, subject: `bench:${k}` }));
    const chosen = ctx.db
      .prepare(
        `SELECT DISTINCT d.case_id AS id, c.register_no AS regNo FROM decisions d JOIN cases c ON c.id = d.case_id
         WHERE d.level IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issued_letters l WHERE l.case_id = d.case_id) ORDER BY d.case_id LIMIT ?`,
      )
      .all(CASES) as { id: number; regNo: string }[];
    if (chosen.length < CASES) throw new Error(`only ${chosen.length} decided cases in the demo register`);
    ctx.db.transaction(() => {
      const sk = ctx.db.prepare(
        `UPDATE decisions SET sk_number = 'BENCH/' || case_id || '/' || accused_id, sk_date = '2026-01-05', delivered_on = '2026-01-06',
                effective_date = '2026-01-21', end_date = CASE WHEN duration_months IS NULL THEN NULL ELSE date('2026-01-21', '+' || duration_months || ' months', '-1 day') END
         WHERE case_id = ? AND level IS NOT NULL`,
      );
      let serial = 0;
      for (const c of chosen) {
        sk.run(c.id);
        for (const { type, subject } of types) {
          const pdf = Buffer.concat([templates.get(type)!, Buffer.from(`\n% sipena-bench ${c.id} ${subject}\n`)]);
          serial++;
          insertIssued(ctx.db, {
            caseId: c.id,
            type,
            subject,
            register: 'BENCH',
            year: 2026,
            serial,
            number: `BENCH/${serial}/2026`,
            letterDate: '2026-01-05',
            issuedAt: now.toISOString(),
            issuedBy: 'bench',
            inputJson: '{}',
            contentHash: createHash('sha256').update(`${c.id} ${subject}`).digest('hex'),
            sha256: createHash('sha256').update(pdf).digest('hex'),
            pdf,
            fileName: `bench-${serial}.pdf`,
          });
        }
      }
    })();
    const sizes = [...templates.values()].map((b) => Math.round(b.length / 1024));
    log(`regency: ${Math.ceil(CASES * 6)} demo cases, ${chosen.length} decided cases with ${types.length} letters each (copies of ${kinds.join(', ')}: ${sizes.join('/')} kB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { registerNos: chosen.map((c) => c.regNo), keyFile: officeKey(ctx).publicKeyFile };
  } finally {
    ctx.db.close();
  }
}

/**
 * Imports the bundle in this process, as the office server would, while a register list is
 * asked for again and again; each list is queued behind whatever the main thread is doing
 * (setImmediate, as a request arriving would be), so a long write would show in its time.
 */
async function listWhileImporting(dir: string, keyFile: string, file: string, log: (l: string) => void): Promise<number> {
  const ctx = await openApp({ dataDir: dir, resourcesDir, appVersion: 'bench', now: () => now });
  try {
    setOffice(ctx, '3200', 'Inspektorat Provinsi Bench');
    enrolOrigin(ctx, keyFile);
    generateDemo(ctx, { cases: 3000, seed: 'bench-bundles-province', letterSample: 0 });
    await signInBenchAdmin(ctx, now);
    const list = async () => {
      const res = await dispatch(ctx, handlers, 'cases:list', { sort: 'registered_desc', offset: 0, limit: 50 });
      if (!res.ok) throw new Error(res.error.message);
    };
    for (let i = 0; i < 5; i++) await list();
    let done = false;
    const t0 = performance.now();
    const importing = importBundleOffThread(ctx, readFileSync(file)).finally(() => (done = true));
    const samples: number[] = [];
    while (!done) {
      const start = performance.now();
      await new Promise<void>((resolve) => setImmediate(resolve));
      await list();
      samples.push(performance.now() - start);
    }
    const r = await importing;
    if (r.outcome.imported !== CASES) throw new Error(`busy import: ${JSON.stringify(r.outcome.imported)}`);
    const p95 = percentile(samples, 95);
    log(`lists while importing in-process (${((performance.now() - t0) / 1000).toFixed(1)} s): ${samples.length} lists, median ${median(samples).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
    return p95;
  } finally {
    ctx.db.close();
  }
}

export const bundlesBench: BenchModule = {
  name: 'bundles',
  run: async ({ workDir, log }) => {
    const regencyDir = join(workDir, 'regency');
    const provinceDir = join(workDir, 'province');
    mkdirSync(regencyDir);
    mkdirSync(provinceDir);
    const { registerNos, keyFile } = await regency(regencyDir, log);
    const province = await openApp({ dataDir: provinceDir, resourcesDir, appVersion: 'bench', now: () => now });
    try {
      setOffice(province, '3200', 'Inspektorat Provinsi Bench');
      enrolOrigin(province, keyFile);
    } finally {
      province.db.close();
    }
    const list = join(workDir, 'regnos.json');
    writeFileSync(list, JSON.stringify(registerNos));
    const file = join(workDir, 'bench.sipena-bundle');
    const ex = await inFreshProcess(['export', regencyDir, list, file]);
    log(`export: ${ex.cases} cases, ${ex.letters} letters, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB file, ${Number(ex.seconds).toFixed(2)} s, peak RSS ${Number(ex.rssMb).toFixed(0)} MB (${Number(ex.openRssMb).toFixed(0)} MB after opening)`);
    const im = await inFreshProcess(['import', provinceDir, file]);
    if (im.imported !== registerNos.length) throw new Error(`import: ${JSON.stringify(im)}`);
    log(`import: imported ${im.imported}, already ${im.already}, refused ${im.refused}, ${Number(im.seconds).toFixed(2)} s, peak RSS ${Number(im.rssMb).toFixed(0)} MB`);
    const busyDir = join(workDir, 'province-busy');
    mkdirSync(busyDir);
    const busyP95 = await listWhileImporting(busyDir, keyFile, file, log);
    return {
      'bundle.export1000_s': Number(ex.seconds),
      'bundle.export1000_rss_mb': Number(ex.rssMb),
      'bundle.import1000_s': Number(im.seconds),
      'bundle.import1000_rss_mb': Number(im.rssMb),
      'bundle.import_busy_list_p95_ms': busyP95,
    };
  },
};
