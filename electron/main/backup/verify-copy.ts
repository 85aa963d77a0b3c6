import { Worker } from 'node:worker_threads';
import type { VerifyWorkerData, VerifyWorkerMessage } from './verify-worker.ts';

// Source runs (Node, vitest) load the .ts worker; the electron-vite build emits verify-worker.js next to index.js.
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './verify-worker.ts' : './verify-worker.js', import.meta.url);
}

/**
 * Switches a backup copy to `journal_mode=DELETE` (one self-contained file) and runs
 * integrity_check + foreign_key_check on it in a worker thread; resolves with the problems
 * found (empty: verified). The event loop, and with it every other request, keeps running.
 */
export function verifyCopyOffThread(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const data: VerifyWorkerData = { file };
    const worker = new Worker(workerUrl(), { workerData: data });
    let answered = false;
    worker.once('message', (m: VerifyWorkerMessage) => {
      answered = true;
      if (m.ok) resolve(m.problems);
      else reject(new Error(m.error));
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`backup verification worker exited (${code})`));
    });
  });
}
