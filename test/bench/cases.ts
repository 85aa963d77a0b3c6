/**
 * Case list, search and evidence ingest figures: on demo data with 100,000
 * cases and 50,000 employees generated once into the run's scratch folder.
 *   cases.list.p95_ms         filter + sort + count, one page, through dispatch (zod, role check, handler)
 *   cases.search.p95_ms       the same with full-text search
 *   cases.list.overhead_ratio median of our path / median of the same SQL on a bare better-sqlite3 connection
 *   evidence.ingest_ratio     our streaming ingest (hash + write + fsync + rename) / a plain read+sha256+write loop, 500 MB, median of 3
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { BenchModule } from './bench-kit.ts';
import { median, percentile, timeRuns, signInBenchAdmin } from './bench-kit.ts';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { caseCountSql, caseRowsSql, TABLE_SIZE_SQL } from '../../electron/main/cases/case-list-queries.ts';
import { ingestFile } from '../../electron/main/evidence/evidence-store.ts';
import { Prng } from '../../electron/main/demo/prng.ts';
import { caseListSchema, CASE_SORTS } from '../../shared/cases/schemas.ts';
import { WORKFLOW_STATES } from '../../shared/workflow/states.ts';
import { currentCatalogue } from '../../electron/main/catalogue/violations.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { EMPLOYMENT_TYPES } from '../../shared/employees/employment-type.ts';

const CASES = Number(process.env.SIPENA_BENCH_CASES ?? 100_000);
const EVIDENCE_MB = Number(process.env.SIPENA_BENCH_EVIDENCE_MB ?? 500);
const RUNS = 200;

type ListPayload = Record<string, unknown>;

/** A realistic mix of list requests: one to three filters, any sort, the first pages. */
export function listPayloads(r: Prng, opdIds: number[], n: number): ListPayload[] {
  const codes = currentCatalogue.entries.map((e) => e.code);
  return Array.from({ length: n }, () => {
    const p: ListPayload = { sort: r.pick(CASE_SORTS), offset: r.int(0, 4) * 50, limit: 50 };
    const filters = [
      () => (p.status = r.pick(WORKFLOW_STATES)),
      () => (p.opdId = r.pick(opdIds)),
      () => (p.violationCode = r.pick(codes)),
      () => (p.source = r.pick(['bawaslu', 'public_complaint', 'media', 'bkn'])),
      () => (p.employmentType = r.pick(EMPLOYMENT_TYPES)),
      () => {
        const m = r.int(1, 10);
        p.dateFrom = `2024-${String(m).padStart(2, '0')}-01`;
        p.dateTo = `2024-${String(m + 2).padStart(2, '0')}-28`;
      },
    ];
    for (let k = r.int(1, 3); k > 0; k--) r.pick(filters)();
    return p;
  });
}

function searchPayloads(r: Prng, ctx: AppContext, n: number): ListPayload[] {
  const names = ctx.db.prepare('SELECT name, nip FROM case_accused ORDER BY random() LIMIT 500').all() as { name: string; nip: string }[];
  const words = ['mobil dinas', 'kampanye', 'spanduk', 'Sukamaju', 'cibeureum', 'media sosial', 'sugiharto', 'KTP', 'balai desa'];
  return Array.from({ length: n }, () => {
    const pick = r.pick(names);
    const search = r.weighted([
      [pick.name.split(' ')[0]!, 3],
      [pick.name, 2],
      [pick.nip.slice(4, 14), 2],
      [r.pick(words), 3],
      [`REG/${String(r.int(1, 9999)).padStart(4, '0')}`, 1],
    ] as const);
    return { search, sort: 'registered_desc', limit: 50, ...(r.chance(0.3) ? { status: 'registered' } : {}) };
  });
}

async function viaApp(ctx: AppContext, payloads: ListPayload[]): Promise<number[]> {
  return timeRuns(payloads.length, async (i) => {
    const res = await dispatch(ctx, handlers, 'cases:list', payloads[i % payloads.length]);
    if (!res.ok) throw new Error(res.error.message);
  });
}

async function viaBare(file: string, payloads: ListPayload[]): Promise<number[]> {
  const db = new Database(file, { readonly: true });
  try {
    // The same two statements our path runs (count, then the page chosen by the count), prepared once.
    const prepared = payloads.map((p) => {
      const q = caseListSchema.parse(p);
      const count = caseCountSql(q);
      const total = (db.prepare(count.sql).get(count.params) as { n: number }).n;
      const table = db.prepare(TABLE_SIZE_SQL);
      const rows = caseRowsSql(q, { total, tableSize: (table.get() as { n: number }).n });
      return { count: db.prepare(count.sql), countParams: count.params, table, rows: db.prepare(rows.sql), rowParams: rows.params, empty: total === 0 };
    });
    return await timeRuns(payloads.length, (i) => {
      const q = prepared[i % prepared.length]!;
      q.count.get(q.countParams);
      if (q.empty) return;
      q.table.get();
      q.rows.all(q.rowParams);
    });
  } finally {
    db.close();
  }
}

/** Writes a file of pseudo-random bytes (incompressible, like video). */
function makeFile(path: string, mb: number): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4 * 1024 * 1024);
  const r = new Prng('evidence');
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE(Math.floor(r.next() * 2 ** 32), i);
  for (let written = 0; written < mb * 1024 * 1024; written += block.length) {
    block.writeUInt32LE(written, 0);
    writeSync(fd, block);
  }
  closeSync(fd);
}

/** The baseline: one pass that reads, hashes with SHA-256 and writes to the same disk. */
async function plainCopy(src: string, dst: string): Promise<void> {
  const hash = createHash('sha256');
  const out = await open(dst, 'w');
  try {
    for await (const chunk of createReadStream(src, { highWaterMark: 4 * 1024 * 1024 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      await out.write(chunk);
    }
  } finally {
    await out.close();
  }
  hash.digest('hex');
}

export const casesBench: BenchModule = {
  name: 'cases',
  run: async ({ workDir, log }) => {
    const dataDir = resolve(workDir, 'data');
    const ctx = await openApp({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'bench' });
    await signInBenchAdmin(ctx, new Date());
    const t0 = performance.now();
    const demo = generateDemo(ctx, { cases: CASES, seed: 'bench', employees: 50_000 });
    log(`demo data: ${demo.cases} cases, ${demo.employees} employees in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const opdIds = (ctx.db.prepare('SELECT id FROM opds').pluck().all() as number[]);
    const r = new Prng('bench-queries');
    const lists = listPayloads(r, opdIds, RUNS);
    const searches = searchPayloads(r, ctx, RUNS);
    const file = join(dataDir, DB_FILE_NAME);

    // Alternate the two paths so cache warmth and machine noise hit both equally.
    const app1 = await viaApp(ctx, lists);
    const bare1 = await viaBare(file, lists);
    const app2 = await viaApp(ctx, lists);
    const bare2 = await viaBare(file, lists);
    const search = await viaApp(ctx, searches);
    log(`list median ${median([...app1, ...app2]).toFixed(2)} ms (bare ${median([...bare1, ...bare2]).toFixed(2)} ms), search median ${median(search).toFixed(2)} ms`);

    const src = join(workDir, 'video.bin');
    makeFile(src, EVIDENCE_MB);
    const dst = join(workDir, 'plain-copy.bin');
    // Warm the page cache once, then alternate which path goes first so neither gets the warmer disk.
    for await (const _chunk of createReadStream(src, { highWaterMark: 4 * 1024 * 1024 })) void _chunk;
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++) {
      const timePlain = async () => {
        const p0 = performance.now();
        await plainCopy(src, dst);
        const ms = performance.now() - p0;
        rmSync(dst);
        return ms;
      };
      const timeOurs = async () => {
        const i0 = performance.now();
        const stored = await ingestFile(dataDir, src);
        const ms = performance.now() - i0;
        rmSync(join(dataDir, 'evidence', stored.sha256), { force: true });
        return ms;
      };
      const [plain, ours] = round % 2 === 0 ? [await timePlain(), await timeOurs()] : [0, 0];
      const [ours2, plain2] = round % 2 === 1 ? [await timeOurs(), await timePlain()] : [ours, plain];
      ratios.push(plain2 / ours2);
      log(`evidence ${EVIDENCE_MB} MB: plain ${(plain2 / 1000).toFixed(2)} s, ingest ${(ours2 / 1000).toFixed(2)} s`);
    }
    ctx.db.close();
    return {
      'cases.list.p95_ms': percentile([...app1, ...app2], 95),
      'cases.search.p95_ms': percentile(search, 95),
      'cases.list.overhead_ratio': median([...app1, ...app2]) / median([...bare1, ...bare2]),
      'evidence.ingest_ratio': median(ratios),
    };
  },
};
