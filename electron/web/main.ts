/**
 * `npm run web -- [--data DIR] [--port N]`: the app in a browser against the real
 * main-process code and database. Prints exactly one line with the URL to open.
 */
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { openAppOrRecovery } from '../main/backup/recovery.ts';
import { acquireDataLock } from '../main/data-lock.ts';
import { startBackupSchedule } from '../main/backup/scheduler.ts';
import { handlers } from '../main/handlers.ts';
import { appVersion, repoRoot, resolveCliDataDir, resourcesDir } from '../cli/cli-paths.ts';
import { ensureRendererBuilt } from './ensure-renderer.ts';
import { startWebServer } from './server.ts';
import { errorText } from '../../shared/error-text.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--data DIR] [--port N]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number 0-65535, got "${values.port}"`);
  const rendererDir = await ensureRendererBuilt(repoRoot);
  // Damaged or newer database: the recovery screen, as in the desktop app.
  const dataDir = resolveCliDataDir(values.data);
  mkdirSync(dataDir, { recursive: true });
  // The data folder is this process's while it runs: writing CLI commands (a restore above
  // all) are refused instead of replacing the file under the server.
  const lock = acquireDataLock(dataDir, 'Sipena web harness');
  const ctx = await openAppOrRecovery({ dataDir, resourcesDir, appVersion });
  const server = await startWebServer({ ctx, handlers, rendererDir, port });
  const stopBackups = startBackupSchedule(ctx);
  const stop = () => {
    const backupDone = stopBackups();
    void Promise.all([server.close(), backupDone]).then(() => {
      ctx.db.close();
      lock.release();
      process.exit(0);
    });
  };
  // Listening before the line is printed: whoever reads it may stop the harness at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Sipena web: ${server.url}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Sipena web: ${errorText(e)}\n`);
  process.exit(1);
});
