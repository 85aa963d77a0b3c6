import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { checkDatabase } from '../db/connection.ts';
import { errorText } from '../../../shared/error-text.ts';

/** What verify-copy.ts hands the worker and gets back. */
export interface VerifyWorkerData {
  file: string;
}
export type VerifyWorkerMessage = { ok: true; problems: string[] } | { ok: false; error: string };

// Runs in a worker thread: switching a fresh backup copy to one self-contained file and
// reading every page of it (integrity_check) takes seconds on a large register, which on
// the main thread would stall every other user's request on the office server.
const { file } = workerData as VerifyWorkerData;
let message: VerifyWorkerMessage;
try {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    message = { ok: true, problems: checkDatabase(copy, 'full') };
  } finally {
    copy.close();
  }
} catch (e) {
  message = { ok: false, error: errorText(e) };
}
parentPort!.postMessage(message);
