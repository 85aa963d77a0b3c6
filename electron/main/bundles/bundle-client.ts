/**
 * The one door to bundle export and import, for the office server, the desktop app and the
 * CLI alike: the heavy part runs in a worker thread (bundle-worker.ts, one per job), the
 * main thread only awaits it and then writes in short transactions. Jobs run one at a time
 * per process: an export names, for each case, the hash last sent (outbox), which a second
 * export running alongside would not yet see, and two 150 MB imports at once would double
 * the memory.
 */
import { closeSync, openSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { officeKey } from '../trust/trust-service.ts';
import type { BundleJob, BundleWorkerData, BundleWorkerMessage, ExportDone } from './bundle-worker.ts';
import { storeBundleFile } from './bundle-file-import.ts';
import type { BundleFileImport, OpenedBundleFile } from './bundle-file-import.ts';
import { newExportStamp, recordExport } from './export-service.ts';
import type { ExportSelection, ExportSummary, ExportedBundle } from './export-service.ts';

/** What a test holding a finished worker can do: let it answer, or stop it as a crash would. */
export interface HeldBundleWorker {
  release: () => void;
  terminate: () => Promise<number>;
}

let gate: ((held: HeldBundleWorker) => void) | null = null;

/**
 * Tests only: every following job's worker, once its work is done, waits and hands `held`
 * a way to release or terminate it, so a test can make calls while a job is in the worker
 * without depending on timing. Null switches it off.
 */
export function setBundleWorkerGate(g: ((held: HeldBundleWorker) => void) | null): void {
  gate = g;
}

// Source runs (Node, vitest) load the .ts worker; the electron-vite build emits bundle-worker.js next to index.js.
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './bundle-worker.ts' : './bundle-worker.js', import.meta.url);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every job started before it has finished. */
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Runs one job in a fresh worker. An AppError raised there (nothing selected, an unknown
 * register number) comes back as itself; anything else (a crash, the thread terminated, out
 * of memory) as `failKey`, since the worker writes nothing and the caller then writes
 * nothing either. The detail goes to the log.
 */
function inWorker(job: BundleJob, failKey: string, transfer: ArrayBuffer[] = []): Promise<Extract<BundleWorkerMessage, { kind: 'export' | 'import' }>> {
  return new Promise((resolve, reject) => {
    const data: BundleWorkerData = { job, gated: gate !== null };
    const worker = new Worker(workerUrl(), { workerData: data, transferList: transfer });
    const hold = gate;
    let settled = false;
    const fail = (detail: string) => {
      if (settled) return;
      settled = true;
      console.error(`[sipena] bundle ${job.kind} worker failed:`, detail);
      reject(new AppError('CONFLICT', failKey));
    };
    worker.on('message', (m: BundleWorkerMessage) => {
      if (m.kind === 'held') {
        hold?.({ release: () => worker.postMessage('release'), terminate: () => worker.terminate() });
        return;
      }
      if (settled) return;
      if (m.kind === 'failed') return fail(m.message);
      settled = true;
      if (m.kind === 'appError') reject(new AppError(m.code, m.key, m.params));
      else resolve(m);
    });
    worker.on('error', (e) => fail(e.stack ?? e.message));
    worker.on('exit', (code) => fail(`exited (${code}) without an answer`));
  });
}

async function exportJob(ctx: AppContext, sel: ExportSelection, outFile: string | null, fileName?: string): Promise<ExportDone> {
  const m = await inWorker(
    { kind: 'export', dbPath: ctx.db.name, dataDir: ctx.dataDir, appVersion: ctx.appVersion, sel, stamp: newExportStamp(ctx, fileName), outFile },
    'bundleExport.workerFailed',
  );
  if (m.kind !== 'export') throw new Error('bundle worker answered an export with an import');
  return m.done;
}

/** Exports a bundle for a download (the screen): built in the worker, recorded in the outbox here; the bytes come back with the summary. */
export function exportBundleOffThread(ctx: AppContext, sel: ExportSelection): Promise<ExportedBundle> {
  return oneAtATime(async () => {
    const { built, bytes } = await exportJob(ctx, sel, null);
    return { ...recordExport(ctx, sel, built), bytes: bytes ?? new Uint8Array() };
  });
}

/** Exports a bundle straight into a new file (the CLI), never over an existing one; the file is removed when the export fails. */
export function exportBundleToFileOffThread(ctx: AppContext, sel: ExportSelection, path: string, fileName: string): Promise<ExportSummary> {
  return oneAtATime(async () => {
    // Claimed here, so a failure anywhere (the worker stopped halfway) removes only a file this export made.
    closeSync(openSync(path, 'wx'));
    try {
      const { built } = await exportJob(ctx, sel, path, fileName);
      return recordExport(ctx, sel, built);
    } catch (e) {
      rmSync(path, { force: true });
      throw e;
    }
  });
}

/**
 * Opens and verifies a bundle file in a fresh worker (no queueing: importBundleOffThread
 * queues). The file's bytes are moved to the worker, not copied, and come back the same way
 * with the answer: the caller's array is emptied, and the letters and evidence of the
 * verified bundle are views into the one returned buffer, so the heavy bytes exist once.
 */
export async function openBundleOffThread(ctx: AppContext, fileBytes: Uint8Array): Promise<OpenedBundleFile> {
  // A small Buffer may sit in a pool shared with others: only a whole ArrayBuffer is moved.
  const whole = fileBytes.byteOffset === 0 && fileBytes.byteLength === fileBytes.buffer.byteLength;
  const bytes = whole ? fileBytes : new Uint8Array(fileBytes);
  const m = await inWorker({ kind: 'import', dbPath: ctx.db.name, bytes }, 'received.importFailed', [bytes.buffer as ArrayBuffer]);
  if (m.kind !== 'import') throw new Error('bundle worker answered an import with an export');
  return m.opened;
}

/**
 * Imports a bundle file: verified in the worker, stored here in short transactions, receipt
 * signed here. Refused before anything is read when this office has no BKN instansi code.
 * The file's bytes are moved to the worker, not copied: the caller's array is emptied.
 */
export function importBundleOffThread(ctx: AppContext, fileBytes: Uint8Array): Promise<BundleFileImport> {
  return oneAtATime(async () => {
    const receiver = officeKey(ctx);
    return storeBundleFile(ctx, receiver, await openBundleOffThread(ctx, fileBytes));
  });
}
