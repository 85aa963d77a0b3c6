/**
 * The main process's side of the render worker: one long-lived worker thread, started
 * on the first letter and restarted if it dies; jobs are matched to replies by id.
 * The thread does not keep the process alive while it has nothing to do (CLI runs end).
 */
import { Worker } from 'node:worker_threads';
import type { LetterJob, LetterResult } from './letter-render.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

interface Pending {
  resolve: (r: LetterResult) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

// Source runs (Node, vitest) load the .ts worker; the electron-vite build emits render-worker.js next to index.js.
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './render-worker.ts' : './render-worker.js', import.meta.url);
}

function failAll(w: Worker, e: Error): void {
  if (worker !== w) return;
  worker = null;
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

function start(): Worker {
  const w = new Worker(workerUrl());
  w.on('message', (m: RenderReply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) w.unref();
    if (m.ok) p.resolve({ pdf: m.pdf, missing: m.missing });
    else p.reject(new Error(`letter render failed in worker: ${m.message}`));
  });
  w.on('error', (e) => failAll(w, e));
  w.on('exit', (code) => failAll(w, new Error(`letter render worker exited (${code})`)));
  return w;
}

function send(request: Omit<RenderRequest, 'id'>): Promise<LetterResult> {
  worker ??= start();
  const w = worker;
  const id = nextId++;
  return new Promise<LetterResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ ...request, id } as RenderRequest);
  });
}

/** Renders (and on issue checks) a letter in the render worker. */
export function renderInWorker(job: LetterJob): Promise<LetterResult> {
  return send({ job });
}

/**
 * Starts the render worker and has it load pdfmake and the letter fonts, unless it runs
 * already. Called when a case's letters screen opens: on the 2-core test machine the first
 * draft of a session took 0.9-1.0 s (thread start, modules, font parsing), 0.23-0.29 s after
 * the warm-up, the next ones 40-80 ms (2.7 s cold under heavy load). Resolves when the worker
 * is ready; a failure here is left to the first letter, which reports it.
 */
export function warmRenderWorker(resourcesDir: string): Promise<void> {
  if (worker) return Promise.resolve();
  return send({ warm: { resourcesDir } }).then(
    () => undefined,
    () => undefined,
  );
}

/** Whether the render worker is running (started by a letter or a warm-up). */
export function renderWorkerRunning(): boolean {
  return worker !== null;
}
