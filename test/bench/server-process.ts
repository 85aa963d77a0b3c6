/**
 * Office-server figures measured against a separate server process (`npm run serve`), as an
 * office runs it, on the 100,000-case demo register:
 *   server.list.p95_ms       case list with filters (the cases bench's mix), one client, idle server; target <= 40
 *   server.list.busy_p95_ms  the same while a second client uploads a 200 MB evidence file and a third
 *                            bulk-prints 500 issued letters; target <= 150
 *   server.rss_mb            the server process's resident memory (VmRSS) at the end of that run; target <= 600
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { percentile } from './bench-kit.ts';
import { listPayloads } from './cases.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { Prng } from '../../electron/main/demo/prng.ts';
import { hashPassword } from '../../electron/main/accounts/password.ts';
import { insertUser } from '../../electron/main/accounts/user-queries.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { UPLOAD_CHUNK_BYTES } from '../../shared/uploads/schemas.ts';
import { validCase } from '../support/temp-app.ts';
import { seedExam } from '../letters/seed-exam.ts';
import { OfficeClient } from '../support/https-client.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RESOURCES = join(ROOT, 'resources');
const CASES = Number(process.env.SIPENA_BENCH_CASES ?? 100_000);
const UPLOAD_MB = Number(process.env.SIPENA_BENCH_UPLOAD_MB ?? 200);
const LETTERS = 500;
const RUNS = 200;
const PASSWORD = 'BenchSandi2026';

/** Demo register, 500 issued summonses and three accounts, written before the server starts. */
async function prepare(dir: string, log: (l: string) => void): Promise<{ ids: number[]; opdIds: number[] }> {
  mkdirSync(dir, { recursive: true });
  const ctx = await openApp({ dataDir: dir, resourcesDir: RESOURCES, appVersion: 'bench', now: () => new Date('2024-11-04T03:00:00Z') });
  try {
    const password = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1, keylen: 32 });
    const at = new Date().toISOString();
    const admin = insertUser(ctx.db, { username: 'cetak', displayName: 'Pencetak', role: 'administrator', password }, at);
    insertUser(ctx.db, { username: 'daftar', displayName: 'Pembaca Daftar', role: 'clerk', password }, at);
    insertUser(ctx.db, { username: 'unggah', displayName: 'Pengunggah', role: 'clerk', password }, at);
    ctx.session.user = { id: admin, username: 'cetak', displayName: 'Pencetak', role: 'administrator' };
    ctx.session.lastActivity = Date.now();
    const t0 = performance.now();
    generateDemo(ctx, { cases: CASES, seed: 'bench', employees: 50_000 });
    log(`demo data: ${CASES} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // 500 summonses through the real issue flow, as in the letters bench.
    const caseId = createCase(ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true })).id;
    const { session1 } = seedExam(ctx, caseId);
    const copy = ctx.db.prepare(
      `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance, created_at, created_by, updated_at)
       SELECT case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance, created_at, created_by, updated_at
       FROM exam_sessions WHERE id = ?`,
    );
    const sessions = [session1, ...Array.from({ length: LETTERS - 1 }, () => Number(copy.run(session1).lastInsertRowid))];
    for (const session of sessions) await issueLetter(ctx, { caseId, type: 'summons1', subject: `session:${session}` });
    const ids = (ctx.db.prepare("SELECT id FROM issued_letters WHERE type = 'summons1' ORDER BY id").pluck().all() as number[]).slice(0, LETTERS);
    return { ids, opdIds: ctx.db.prepare('SELECT id FROM opds').pluck().all() as number[] };
  } finally {
    ctx.db.close();
  }
}

/** `npm run serve` as its own process; resolves with its port once it printed its one line. */
async function startServer(dir: string): Promise<{ child: ChildProcess; port: number; ca: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'electron', 'server', 'main.ts'), '--data', dir, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it printed its address`)));
  });
  const m = /^Sipena server: https:\/\/127\.0\.0\.1:(\d+)\/ sha256=/.exec(line);
  if (!m) throw new Error(`unexpected server line: ${line}`);
  return { child, port: Number(m[1]), ca: readFileSync(join(dir, 'server-cert.pem'), 'utf8') };
}

/** The start backup every server takes a few seconds after start: measured "idle" means after it. */
async function startBackupDone(dir: string): Promise<void> {
  const backups = join(dir, 'backups');
  for (;;) {
    const names = existsSync(backups) ? readdirSync(backups) : [];
    if (names.some((n) => n.startsWith('sipena-start-') && n.endsWith('.sqlite3')) && !names.some((n) => n.endsWith('.partial'))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error('no VmRSS in /proc');
  return Number(m[1]) / 1024;
}

async function timedList(client: OfficeClient, payload: Record<string, unknown>): Promise<number> {
  const t0 = performance.now();
  const r = await client.call('cases:list', payload);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`cases:list: ${r.error.message}`);
  return ms;
}

async function upload(client: OfficeClient, mb: number): Promise<void> {
  const size = mb * 1024 * 1024;
  const begun = await client.call('uploads:begin', { purpose: 'evidence', fileName: 'rekaman-kampanye.mp4', size });
  if (!begun.ok) throw new Error(begun.error.message);
  const uploadId = begun.value['uploadId'] as string;
  const block = randomBytes(UPLOAD_CHUNK_BYTES);
  for (let offset = 0, n = 0; offset < size; offset += UPLOAD_CHUNK_BYTES, n++) {
    const chunk = block.subarray(0, Math.min(UPLOAD_CHUNK_BYTES, size - offset));
    chunk.writeUInt32BE(n, 0);
    const r = await client.call('uploads:chunk', { uploadId, offset, data: chunk });
    if (!r.ok) throw new Error(r.error.message);
  }
  const committed = await client.call('evidence:commit', { uploadId });
  if (!committed.ok) throw new Error(committed.error.message);
}

async function bulkPrint(client: OfficeClient, ids: number[]): Promise<void> {
  const started = await client.call('letters:bulkStart', { ids });
  if (!started.ok) throw new Error(started.error.message);
  const jobId = started.value['jobId'] as string;
  for (;;) {
    const s = await client.call('letters:bulkStatus', { jobId });
    if (!s.ok) throw new Error(s.error.message);
    if (s.value['state'] === 'failed') throw new Error(`bulk print failed: ${String(s.value['error'])}`);
    if (s.value['state'] === 'done') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const pdf = await client.call('letters:bulkResult', { jobId });
  if (!pdf.ok) throw new Error(pdf.error.message);
}

export async function serverProcessFigures(workDir: string, log: (l: string) => void): Promise<Record<string, number>> {
  const dir = join(workDir, 'office-server');
  const { ids, opdIds } = await prepare(dir, log);
  const { child, port, ca } = await startServer(dir);
  try {
    await startBackupDone(dir);
    const lister = new OfficeClient(port, ca);
    const uploader = new OfficeClient(port, ca);
    const printer = new OfficeClient(port, ca);
    await lister.login('daftar', PASSWORD);
    await uploader.login('unggah', PASSWORD);
    await printer.login('cetak', PASSWORD);
    const payloads = listPayloads(new Prng('bench-server'), opdIds, RUNS);
    for (let i = 0; i < 5; i++) await timedList(lister, payloads[i]!);
    const idle: number[] = [];
    for (let i = 0; i < RUNS; i++) idle.push(await timedList(lister, payloads[i]!));
    log(`idle: p50 ${percentile(idle, 50).toFixed(1)} ms, p95 ${percentile(idle, 95).toFixed(1)} ms`);

    let busyDone = false;
    const t0 = performance.now();
    const heavy = Promise.all([
      upload(uploader, UPLOAD_MB).then(() => log(`upload of ${UPLOAD_MB} MB done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)),
      bulkPrint(printer, ids).then(() => log(`bulk print of ${ids.length} letters done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)),
    ]).finally(() => (busyDone = true));
    const busy: number[] = [];
    for (let i = 0; !busyDone || busy.length < 20; i++) busy.push(await timedList(lister, payloads[i % payloads.length]!));
    await heavy;
    const rss = rssMb(child.pid!);
    log(`busy: ${busy.length} lists, p50 ${percentile(busy, 50).toFixed(1)} ms, p95 ${percentile(busy, 95).toFixed(1)} ms; server RSS ${rss.toFixed(0)} MB`);
    return { 'server.list.p95_ms': percentile(idle, 95), 'server.list.busy_p95_ms': percentile(busy, 95), 'server.rss_mb': rss };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
