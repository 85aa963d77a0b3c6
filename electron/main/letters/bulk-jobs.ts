/**
 * Bulk print jobs: the window starts one, polls its progress and fetches the combined
 * PDF when done. A bulk print is the issued letters exactly as issued: their frozen
 * bytes are merged page by page (never re-rendered, so each letter keeps its own kop,
 * signatory, paper and logo of the day it was issued), and voided letters are left out.
 * The merge runs in a worker thread (bulk-worker.ts); jobs live in memory only (a print
 * is not a record) and are dropped ten minutes after finishing.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { PdfFile } from '../../../shared/ipc/channels/letters.ts';
import type { BulkJobStatus } from '../../../shared/letters/issued.ts';
import { letterFileStem } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import type { BulkWorkerData, BulkWorkerMessage } from './bulk-worker.ts';
import { selectFrozen, selectIssued } from './issued-queries.ts';

interface Job {
  status: BulkJobStatus;
  pdf: Buffer | null;
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
export function startBulk(ctx: Pick<AppContext, 'db'>, ids: readonly number[]): BulkJobStatus {
  if (ids.length === 0 || ids.length > MAX_ITEMS) throw new AppError('INVALID_INPUT', 'letters.bulkCount', { max: MAX_ITEMS });
  const parts: Uint8Array[] = [];
  let skipped = 0;
  let type: LetterType | null = null;
  for (const id of ids) {
    const letter = selectIssued(ctx.db, id);
    const frozen = selectFrozen(ctx.db, id);
    if (!letter || !frozen) throw notFound('letters.letterNotFound');
    // A voided letter is no longer valid; printing it among valid ones would pass it off as issued.
    if (letter.status === 'void') {
      skipped++;
      continue;
    }
    type ??= letter.type;
    parts.push(frozen.pdf);
  }
  if (!type) throw new AppError('INVALID_INPUT', 'letters.bulkAllVoid', { count: skipped });
  return runJob(parts, skipped, `Cetak-Massal-${letterFileStem(type)}.pdf`);
}

/** Runs the merge of `parts` in a worker thread; progress counts letters merged. */
function runJob(parts: Uint8Array[], skipped: number, fileName: string): BulkJobStatus {
  const jobId = randomUUID();
  const total = parts.length;
  const job: Job = { status: { jobId, state: 'running', done: 0, total, skipped, error: null }, pdf: null, fileName };
  jobs.set(jobId, job);
  const finish = (state: 'done' | 'failed', error: string | null) => {
    if (job.status.state !== 'running') return;
    job.status = { ...job.status, state, error, done: state === 'done' ? total : job.status.done };
    setTimeout(() => jobs.delete(jobId), KEEP_MS).unref();
  };
  const data: BulkWorkerData = { parts, title: `Cetak massal (${total} naskah)` };
  const worker = new Worker(workerUrl(), { workerData: data });
  worker.on('message', (m: BulkWorkerMessage) => {
    if (m.kind === 'error') finish('failed', m.message);
    else if (m.kind === 'progress') job.status = { ...job.status, done: Math.min(m.done, total - 1) };
    else {
      job.pdf = Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength);
      finish('done', null);
    }
  });
  worker.on('error', (e) => finish('failed', e.message));
  // Ending without a merged file (killed, out of memory) is a failure, not a hang.
  worker.on('exit', (code) => {
    if (!job.pdf) finish('failed', `worker exited (${code})`);
  });
  return job.status;
}

/** The current state of a bulk job. */
export function bulkStatus(jobId: string): BulkJobStatus {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  return job.status;
}

/** The combined PDF of a finished bulk job. */
export function bulkResult(jobId: string): PdfFile {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  if (job.status.state !== 'done' || !job.pdf) throw new AppError('CONFLICT', 'letters.jobNotDone');
  return { fileName: job.fileName, pdfBase64: job.pdf.toString('base64') };
}
