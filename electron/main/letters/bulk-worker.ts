/**
 * Worker thread of a bulk print: joins the frozen PDFs of issued letters into one file.
 * Off the main thread because merging 500 letters is a second or so of CPU and a few
 * hundred MB of transient pdf-lib objects; in a worker the window's IPC stays responsive
 * and all that memory goes away with the thread instead of lingering in the main heap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mergePdfs } from './pdf-merge.ts';
import { errorText } from '../../../shared/error-text.ts';

/** What the job hands the worker: each letter's stored bytes, in print order. */
export interface BulkWorkerData {
  parts: Uint8Array[];
  title: string;
}

export type BulkWorkerMessage = { kind: 'progress'; done: number } | { kind: 'merged'; pdf: Uint8Array } | { kind: 'error'; message: string };

/** Progress messages per this many letters: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 10;

function post(m: BulkWorkerMessage): void {
  // Transfer the merged bytes instead of copying them; a fresh Uint8Array owns its whole buffer.
  parentPort?.postMessage(m, m.kind === 'merged' ? [m.pdf.buffer as ArrayBuffer] : []);
}

async function main(data: BulkWorkerData): Promise<void> {
  try {
    const pdf = await mergePdfs(data.parts, data.title, (done) => {
      if (done % PROGRESS_EVERY === 0) post({ kind: 'progress', done });
    });
    post({ kind: 'merged', pdf: pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : new Uint8Array(pdf) });
  } catch (e) {
    post({ kind: 'error', message: errorText(e) });
  }
}

if (parentPort) void main(workerData as BulkWorkerData);
