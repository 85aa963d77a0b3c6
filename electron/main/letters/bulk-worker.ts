/**
 * Worker thread of a bulk print, off the main thread so the desktop window stays
 * responsive. A worker renders its chunks of letters (each chunk one small pdfmake
 * document, so memory stays flat however many letters are printed) and posts each
 * chunk's PDF with progress. The worker marked `merger` then waits for every chunk and
 * joins them into one file: reusing a warm worker instead of starting a third one saves
 * its start-up (module loading and JIT warm-up, ~0.5 s of a 500-letter print).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OfficeSettings } from '../../../shared/letters/office-settings.ts';
import type { BulkItem } from './bulk-render.ts';
import { combinedDocument } from './bulk-render.ts';
import type { LetterAssets } from './parts/document.ts';
import { mergePdfs } from './pdf-merge.ts';
import { renderPdf } from './render-pdf.ts';

/** A run of consecutive letters of the print, with its place in the final file. */
export interface BulkChunk {
  index: number;
  items: BulkItem[];
}

/** What the job hands a worker (structured-clone data only). */
export interface BulkWorkerData {
  chunks: BulkChunk[];
  office: OfficeSettings;
  assets: LetterAssets;
  resourcesDir: string;
  allowedDirs: string[];
  /** This worker stays up after its chunks and merges when the job sends `BulkMergeRequest`. */
  merger: boolean;
}

/** Parent -> merger worker: every chunk's PDF in print order. */
export interface BulkMergeRequest {
  kind: 'merge';
  parts: Uint8Array[];
  title: string;
}

export type BulkWorkerMessage =
  | { kind: 'progress'; index: number; ratio: number }
  | { kind: 'chunk'; index: number; pdf: Uint8Array }
  | { kind: 'merged'; pdf: Uint8Array }
  | { kind: 'error'; message: string };

function post(m: BulkWorkerMessage): void {
  // Transfer PDF bytes instead of copying them.
  const transfer = 'pdf' in m ? [m.pdf.buffer as ArrayBuffer] : [];
  parentPort?.postMessage(m, transfer);
}

function asTransferable(buf: Uint8Array): Uint8Array {
  // A Buffer may sit in Node's shared pool; copy it into its own ArrayBuffer before transfer.
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? buf : new Uint8Array(buf);
}

async function render(data: BulkWorkerData): Promise<void> {
  for (const chunk of data.chunks) {
    let last = 0;
    const pdf = await renderPdf(combinedDocument(chunk.items, data.office, data.assets), {
      resourcesDir: data.resourcesDir,
      allowedDirs: data.allowedDirs,
      onProgress: (ratio) => {
        if (ratio - last >= 0.1) {
          last = ratio;
          post({ kind: 'progress', index: chunk.index, ratio });
        }
      },
    });
    post({ kind: 'chunk', index: chunk.index, pdf: asTransferable(pdf) });
  }
}

function fail(e: unknown): void {
  post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
}

async function main(data: BulkWorkerData): Promise<void> {
  // Listen before rendering: the other worker may finish last and the request come at once.
  if (data.merger) {
    parentPort?.once('message', (m: BulkMergeRequest) => {
      mergePdfs(m.parts, m.title).then((pdf) => post({ kind: 'merged', pdf: asTransferable(pdf) }), fail);
    });
  }
  try {
    await render(data);
  } catch (e) {
    fail(e);
  }
}

if (parentPort) void main(workerData as BulkWorkerData);
