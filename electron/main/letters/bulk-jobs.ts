/**
 * Bulk print jobs: the window starts one, polls its progress and fetches the combined
 * PDF when done. A bulk print is the issued letters exactly as issued: their frozen
 * bytes are merged page by page (never re-rendered, so each letter keeps its own kop,
 * signatory, paper and logo of the day it was issued), and voided letters are left out.
 * The merge runs in a worker thread (bulk-worker.ts), which writes the merged file to the
 * uploads temp area; jobs live in memory only (a print is not a record) and are dropped,
 * with their file, ten minutes after finishing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { PdfBytes } from '../../../shared/ipc/channels/letters.ts';
import { uploadsDir } from '../uploads/temp-file.ts';
import type { BulkJobStatus } from '../../../shared/letters/issued.ts';
import { letterFileStem } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { BulkWorkerData, BulkWorkerMessage } from './bulk-worker.ts';
import { selectIssued } from './issued-queries.ts';

interface Job {
  status: BulkJobStatus;
  /** The merged file on disk, once written. */
  pdfPath: string | null;
  fileName: string;
}

const jobs = new Map<string, Job>();
const MAX_ITEMS = 2000;
const KEEP_MS = 10 * 60 * 1000;

// Source runs (Node, vitest) load the .ts worker; the electron-vite build emits bulk-worker.js next to index.js.
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './bulk-worker.ts' : './bulk-worker.js', import.meta.url);
}

/**
 * Starts merging the stored PDFs of issued letters into one file, in the order given.
 * Voided letters are skipped and counted in the status; if every chosen letter is void
 * there is nothing to print and the request is refused.
 */
export async function startBulk(ctx: Pick<AppContext, 'db' | 'dataDir'>, ids: readonly number[]): Promise<BulkJobStatus> {
  if (ids.length === 0 || ids.length > MAX_ITEMS) throw new AppError('INVALID_INPUT', 'letters.bulkCount', { max: MAX_ITEMS });
  const printed: number[] = [];
  let skipped = 0;
  let type: LetterType | null = null;
  for (const id of ids) {
    const letter = selectIssued(ctx.db, id);
    if (!letter) throw notFound('letters.letterNotFound');
    // A voided letter is no longer valid; printing it among valid ones would pass it off as issued.
    if (letter.status === 'void') {
      skipped++;
      continue;
    }
    type ??= letter.type;
    printed.push(id);
  }
  if (!type) throw new AppError('INVALID_INPUT', 'letters.bulkAllVoid', { count: skipped });
  // A '.part' name: a file left by a crash is swept with the other upload temps.
  const dir = uploadsDir(ctx.dataDir);
  await mkdir(dir, { recursive: true });
  return runJob({ dbPath: ctx.db.name, ids: printed, title: `Cetak massal (${printed.length} naskah)`, outPath: join(dir, `bulk-${randomBytes(12).toString('hex')}.part`) }, skipped, `Cetak-Massal-${letterFileStem(type)}.pdf`);
}

/** Runs the merge in a worker thread; progress counts letters merged. */
function runJob(data: BulkWorkerData, skipped: number, fileName: string): BulkJobStatus {
  const jobId = randomUUID();
  const total = data.ids.length;
  const { outPath } = data;
  const job: Job = { status: { jobId, state: 'running', done: 0, total, skipped, error: null }, pdfPath: null, fileName };
  jobs.set(jobId, job);
  const finish = (state: 'done' | 'failed', error: string | null) => {
    if (job.status.state !== 'running') return;
    job.status = { ...job.status, state, error, done: state === 'done' ? total : job.status.done };
    if (state === 'failed') void unlink(outPath).catch(() => undefined);
    setTimeout(() => {
      jobs.delete(jobId);
      void unlink(outPath).catch(() => undefined);
    }, KEEP_MS).unref();
  };
  const worker = new Worker(workerUrl(), { workerData: data });
  worker.on('message', (m: BulkWorkerMessage) => {
    if (m.kind === 'error') finish('failed', m.message);
    else if (m.kind === 'progress') job.status = { ...job.status, done: Math.min(m.done, total - 1) };
    else {
      job.pdfPath = outPath;
      finish('done', null);
    }
  });
  worker.on('error', (e) => finish('failed', e.message));
  // Ending without a merged file (killed, out of memory) is a failure, not a hang.
  worker.on('exit', (code) => {
    if (!job.pdfPath) finish('failed', `worker exited (${code})`);
  });
  return job.status;
}

/** The current state of a bulk job. */
export function bulkStatus(jobId: string): BulkJobStatus {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  return job.status;
}

/** The combined PDF of a finished bulk job, read from its file (bytes: the servers send them as the raw body). */
export async function bulkResult(jobId: string): Promise<PdfBytes> {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  if (job.status.state !== 'done' || !job.pdfPath) throw new AppError('CONFLICT', 'letters.jobNotDone');
  return { fileName: job.fileName, pdf: await readFile(job.pdfPath) };
}
