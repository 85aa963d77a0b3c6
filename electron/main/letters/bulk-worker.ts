/**
 * Worker thread of a bulk print: joins the frozen PDFs of issued letters into one file.
 * Off the main thread because merging 500 letters is a second or so of CPU and a few
 * hundred MB of transient pdf-lib objects; in a worker the window's IPC stays responsive
 * and all that memory goes away with the thread instead of lingering in the main heap.
 * The worker reads the letters' stored bytes itself, one at a time, on a read-only
 * connection of its own: the main thread never reads (or copies) tens of MB of blobs.
 */
import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { mergePdfs } from './pdf-merge.ts';
import { selectFrozen } from './issued-queries.ts';
import { errorText } from '../../../shared/error-text.ts';

/** What the job hands the worker: the database file, the letters in print order, and the file to write. */
export interface BulkWorkerData {
  dbPath: string;
  ids: number[];
  title: string;
  /** A new private file (uploads temp area) the merged PDF is written to. */
  outPath: string;
}

export type BulkWorkerMessage = { kind: 'progress'; done: number } | { kind: 'merged'; size: number } | { kind: 'error'; message: string };

/** Progress messages per this many letters: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 10;

function post(m: BulkWorkerMessage): void {
  parentPort?.postMessage(m);
}

function* frozenPdfs(data: BulkWorkerData): Generator<Uint8Array> {
  const db = openDatabase(data.dbPath, { readonly: true });
  try {
    for (const id of data.ids) {
      const frozen = selectFrozen(db, id);
      if (!frozen) throw new Error(`issued letter ${id} has no stored PDF`);
      yield frozen.pdf;
    }
  } finally {
    db.close();
  }
}

async function main(data: BulkWorkerData): Promise<void> {
  try {
    const pdf = await mergePdfs(frozenPdfs(data), data.title, (done) => {
      if (done % PROGRESS_EVERY === 0) post({ kind: 'progress', done });
    });
    // Written here, not handed back: the merged file (tens of MB for 500 letters) never sits
    // in the main process's memory; it is streamed from disk when fetched.
    await writeFile(data.outPath, pdf, { flag: 'wx', mode: 0o600 });
    post({ kind: 'merged', size: pdf.byteLength });
  } catch (e) {
    post({ kind: 'error', message: errorText(e) });
  }
}

if (parentPort) void main(workerData as BulkWorkerData);
