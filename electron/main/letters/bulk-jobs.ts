/**
 * Bulk print jobs: the window starts one, polls its progress and fetches the combined
 * PDF when done. The render runs in worker threads (bulk-worker.ts); jobs live in
 * memory only (a print is not a record) and are dropped ten minutes after finishing.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { PdfFile } from '../../../shared/ipc/channels/letters.ts';
import type { BulkJobStatus } from '../../../shared/letters/issued.ts';
import type { LetterInputs } from '../../../shared/letters/inputs.ts';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import { letterFileStem } from '../../../shared/letters/letter-types.ts';
import { QR_HASH_CHARS, qrText } from '../../../shared/letters/numbering.ts';
import type { BulkItem } from './bulk-render.ts';
import type { BulkChunk, BulkMergeRequest, BulkWorkerData, BulkWorkerMessage } from './bulk-worker.ts';
import { selectFrozen, selectIssued } from './issued-queries.ts';
import { letterAssets } from './office-settings-service.ts';

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

/** Starts rendering issued letters (exact issued content, each with its number and QR) as one PDF. */
export function startBulk(ctx: AppContext, ids: readonly number[]): BulkJobStatus {
  if (ids.length === 0 || ids.length > MAX_ITEMS) throw new AppError('INVALID_INPUT', 'letters.bulkCount', { max: MAX_ITEMS });
  const items: BulkItem[] = [];
  let office: OfficeSettings | null = null;
  for (const id of ids) {
    const letter = selectIssued(ctx.db, id);
    const frozen = selectFrozen(ctx.db, id);
    if (!letter || !frozen) throw notFound('letters.letterNotFound');
    if (letter.type === 'summary') continue;
    // The stored canonical content is exactly what the issued letter was rendered from.
    const stored = JSON.parse(frozen.inputJson) as { input: LetterInputs[typeof letter.type]; office: OfficeSettings; number: string; date: string };
    office ??= stored.office;
    const qr = qrText({ number: stored.number, date: stored.date, hashPrefix: letter.contentHash.slice(0, QR_HASH_CHARS) });
    items.push({ type: letter.type, input: stored.input, meta: { number: stored.number, date: stored.date, qr } });
  }
  if (!office) throw new AppError('INVALID_INPUT', 'letters.bulkCount', { max: MAX_ITEMS });
  return runJob(ctx, items, office, `Cetak-Massal-${letterFileStem(items[0]!.type)}.pdf`);
}

/** Letters per chunk: small enough that pdfmake's in-memory layout stays small, big enough to share font subsets. */
const CHUNK_SIZE = 25;
/**
 * Worker heap limits. A chunk keeps well under 60 MB alive, but with V8's default young
 * generation each render thread grew to ~190 MB of heap (500 summonses: 540 MB RSS);
 * a small young generation makes V8 collect instead of growing (measured: 250 MB).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

/** Render threads: two where the machine has the cores, leaving the window's own process the rest. */
function renderThreads(chunks: number): number {
  return Math.max(1, Math.min(2, availableParallelism(), chunks));
}

/**
 * Starts a bulk render of prepared items (used by startBulk and by the benchmark): the
 * items are cut into chunks rendered by up to two worker threads, then merged into one
 * PDF by the first of them, already warm. Progress counts letters rendered.
 */
export function runJob(ctx: Pick<AppContext, 'resourcesDir' | 'dataDir' | 'db'>, items: BulkItem[], office: OfficeSettings, fileName: string): BulkJobStatus {
  const jobId = randomUUID();
  const { assets, allowedDirs } = letterAssets(ctx as AppContext, office);
  const job: Job = { status: { jobId, state: 'running', done: 0, total: items.length, error: null }, pdf: null, fileName };
  jobs.set(jobId, job);
  const chunks: BulkChunk[] = [];
  for (let i = 0; i * CHUNK_SIZE < items.length; i++) chunks.push({ index: i, items: items.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE) });
  const parts = new Array<Uint8Array | null>(chunks.length).fill(null);
  const ratios = new Array<number>(chunks.length).fill(0);
  const workers = new Set<Worker>();

  const finish = (state: 'done' | 'failed', error: string | null) => {
    if (job.status.state !== 'running') return;
    job.status = { ...job.status, state, error, done: state === 'done' ? items.length : job.status.done };
    setTimeout(() => jobs.delete(jobId), KEEP_MS).unref();
    for (const w of workers) void w.terminate();
  };
  const spawn = (data: BulkWorkerData, onMessage: (m: BulkWorkerMessage) => void): Worker => {
    const worker = new Worker(workerUrl(), { workerData: data, resourceLimits: WORKER_HEAP });
    workers.add(worker);
    worker.on('message', (m: BulkWorkerMessage) => (m.kind === 'error' ? finish('failed', m.message) : onMessage(m)));
    worker.on('error', (e) => finish('failed', e.message));
    // A plain render worker ends by itself after its last chunk; the merger must not end before the file is merged.
    worker.on('exit', (code) => {
      workers.delete(worker);
      if (code !== 0 || (data.merger && !job.pdf)) finish('failed', `worker exited (${code})`);
    });
    return worker;
  };
  const progress = () => {
    const done = chunks.reduce((sum, c) => sum + (parts[c.index] ? c.items.length : Math.floor(ratios[c.index]! * c.items.length)), 0);
    job.status = { ...job.status, done: Math.min(done, items.length - 1) };
  };
  let merger: Worker | null = null;
  const merge = () => {
    const ready = parts.filter((p): p is Uint8Array => p !== null);
    const request: BulkMergeRequest = { kind: 'merge', parts: ready, title: `Cetak massal (${items.length} naskah)` };
    merger?.postMessage(request, ready.map((p) => p.buffer as ArrayBuffer));
  };

  const threads = renderThreads(chunks.length);
  for (let t = 0; t < threads; t++) {
    const mine = chunks.filter((c) => c.index % threads === t);
    const data: BulkWorkerData = { chunks: mine, office, assets, resourcesDir: ctx.resourcesDir, allowedDirs, merger: t === 0 };
    const worker = spawn(data, (m) => {
      if (m.kind === 'merged') {
        job.pdf = Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength);
        finish('done', null);
        return;
      }
      if (m.kind === 'progress') ratios[m.index] = m.ratio;
      else if (m.kind === 'chunk') {
        parts[m.index] = m.pdf;
        if (parts.every((p) => p !== null)) merge();
      }
      progress();
    });
    if (t === 0) merger = worker;
  }
  return job.status;
}

export function bulkStatus(jobId: string): BulkJobStatus {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  return job.status;
}

export function bulkResult(jobId: string): PdfFile {
  const job = jobs.get(jobId);
  if (!job) throw notFound('letters.jobNotFound');
  if (job.status.state !== 'done' || !job.pdf) throw new AppError('CONFLICT', 'letters.jobNotDone');
  return { fileName: job.fileName, pdfBase64: job.pdf.toString('base64') };
}
