/**
 * Worker thread of a case-bundle export or import (bundle-client.ts starts one per job).
 * Reading a thousand cases, building and hashing a 150 MB ZIP, verifying a signature and
 * hashing every entry of a received one take seconds; on the office server's one main
 * thread they would stall every other user's list. The worker reads on a read-only
 * connection of its own to the same database file (WAL: it sees the last committed state
 * and blocks no writer) and writes nothing: the outbox row of an export and the received
 * cases of an import are written by the main thread, whose connection is the only one
 * that appends to the audit chain, in short transactions (export-service.ts recordExport,
 * import-steps.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { errorText } from '../../../shared/error-text.ts';
import type { BuiltBundle, BundleSink, ExportSelection, ExportStamp } from './export-service.ts';
import { buildBundle } from './export-service.ts';
import type { OpenedBundleFile } from './bundle-file-import.ts';
import { openBundleFile } from './bundle-file-import.ts';

export type ExportJob = {
  kind: 'export';
  dbPath: string;
  dataDir: string;
  appVersion: string;
  sel: ExportSelection;
  stamp: ExportStamp;
  /** The file to write the bundle into (created empty by the caller, who removes it on failure), or null to hand the bytes back. */
  outFile: string | null;
};
/** The bundle file's bytes, handed over by the main thread (transferred, not copied). */
export type ImportJob = { kind: 'import'; dbPath: string; bytes: Uint8Array };
export type BundleJob = ExportJob | ImportJob;

export interface BundleWorkerData {
  job: BundleJob;
  /** Tests: post `held` when the work is done and wait for `release` before answering. */
  gated: boolean;
}

export type ExportDone = { built: BuiltBundle; bytes: Uint8Array | null };
export type BundleWorkerMessage =
  | { kind: 'held' }
  | { kind: 'export'; done: ExportDone }
  | { kind: 'import'; opened: OpenedBundleFile }
  | { kind: 'appError'; code: AppError['code']; key: string; params: Record<string, string | number> }
  | { kind: 'failed'; message: string };

/** A view that owns its whole ArrayBuffer, so it can be transferred (a small Buffer may sit in a shared pool). */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

function withDb<T>(dbPath: string, fn: (db: Db) => T): T {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function runExport(job: ExportJob): { message: BundleWorkerMessage; transfer: ArrayBuffer[] } {
  return withDb(job.dbPath, (db) => {
    const reader = { db, dataDir: job.dataDir, appVersion: job.appVersion };
    if (job.outFile !== null) {
      const fd = openSync(job.outFile, 'w');
      let built: BuiltBundle;
      try {
        const sink: BundleSink = (chunk) => {
          for (let off = 0; off < chunk.byteLength; ) off += writeSync(fd, chunk, off);
        };
        built = buildBundle(reader, job.sel, job.stamp, sink);
      } finally {
        closeSync(fd);
      }
      return { message: { kind: 'export', done: { built, bytes: null } }, transfer: [] };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const built = buildBundle(reader, job.sel, job.stamp, (chunk) => {
      chunks.push(chunk);
      size += chunk.byteLength;
    });
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { message: { kind: 'export', done: { built, bytes } }, transfer: [bytes.buffer] };
  });
}

function runImport(job: ImportJob): { message: BundleWorkerMessage; transfer: ArrayBuffer[] } {
  const bytes = owned(job.bytes);
  const opened = withDb(job.dbPath, (db) => openBundleFile(db, bytes));
  // The letters are views into the file's bytes: handing the buffer back moves them without a copy.
  return { message: { kind: 'import', opened }, transfer: opened.ok ? [bytes.buffer as ArrayBuffer] : [] };
}

function run(job: BundleJob): { message: BundleWorkerMessage; transfer: ArrayBuffer[] } {
  try {
    return job.kind === 'export' ? runExport(job) : runImport(job);
  } catch (e) {
    if (e instanceof AppError) return { message: { kind: 'appError', code: e.code, key: e.key, params: e.params }, transfer: [] };
    return { message: { kind: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : errorText(e) }, transfer: [] };
  }
}

if (parentPort) {
  const port = parentPort;
  const { job, gated } = workerData as BundleWorkerData;
  const { message, transfer } = run(job);
  if (!gated) port.postMessage(message, transfer);
  else {
    port.once('message', () => port.postMessage(message, transfer));
    port.postMessage({ kind: 'held' } satisfies BundleWorkerMessage);
  }
}
