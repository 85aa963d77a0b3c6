import { mkdirSync } from 'node:fs';
import { DataFolderLockedError, acquireDataLock } from '../main/data-lock.ts';
import { CliError } from './command.ts';

/**
 * Runs a writing CLI command under the data folder's lock. While the desktop app, the
 * browser harness or another writing command has the folder, the command is refused
 * naming that process: a restore under a running app would replace the file the app
 * keeps writing to. Read-only commands (verify, backup, cases list, users list, calendar,
 * drafts) do not take the lock and keep working.
 */
export async function withWriteLock<T>(dataDir: string, command: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dataDir, { recursive: true });
  let lock;
  try {
    lock = acquireDataLock(dataDir, `admin CLI "${command}"`);
  } catch (e) {
    if (!(e instanceof DataFolderLockedError)) throw e;
    const hint = command === 'restore' ? '; to restore while Sipena runs, use its Backups screen (Cadangan Data)' : '';
    throw new CliError(`refused: ${e.message}. Close it first${hint}. Read-only commands (verify, backup, cases list, users list) still work`);
  }
  try {
    return await fn();
  } finally {
    lock.release();
  }
}
