import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../app-context.ts';
import type { AppContext, OpenAppOptions } from '../app-context.ts';
import { DatabaseDamagedError, DatabaseTooNewError } from '../db/open.ts';
import { enterRecovery } from './maintenance.ts';

/**
 * Opens the app normally, or, when the database is damaged or from a newer Sipena, in
 * recovery mode: the context then holds an empty placeholder database in a temp folder
 * (so nothing ever writes to the real file), every channel except `recovery:*` is
 * refused, and the renderer shows the recovery screen. Other errors still throw.
 */
export async function openAppOrRecovery(options: OpenAppOptions): Promise<AppContext> {
  try {
    return await openApp(options);
  } catch (e) {
    if (!(e instanceof DatabaseDamagedError) && !(e instanceof DatabaseTooNewError)) throw e;
    const placeholderDir = mkdtempSync(join(tmpdir(), 'sipena-recovery-'));
    const ctx = await openApp({ ...options, dataDir: placeholderDir });
    ctx.dataDir = options.dataDir;
    enterRecovery(
      ctx,
      e instanceof DatabaseTooNewError
        ? { mode: 'recovery', reason: 'too-new', detail: e.message, dataDir: options.dataDir, found: e.found, supported: e.supported }
        : { mode: 'recovery', reason: 'damaged', detail: e.problem.slice(0, 500), dataDir: options.dataDir },
    );
    return ctx;
  }
}
