/**
 * `npm run serve -- --data DIR [--listen ADDR:PORT] [--tls-dir DIR] [--host NAME ...]`: the
 * office server. Prints exactly one line, the URL and the certificate's SHA-256 fingerprint
 * the clients compare; stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { openAppOrRecovery } from '../main/backup/recovery.ts';
import { acquireDataLock } from '../main/data-lock.ts';
import { startBackupSchedule } from '../main/backup/scheduler.ts';
import { handlers } from '../main/handlers.ts';
import { repoRoot } from '../cli/cli-paths.ts';
import { ensureRendererBuilt } from '../web/ensure-renderer.ts';
import { errorText } from '../../shared/error-text.ts';
import { DEFAULT_LISTEN, parseListen } from './listen-address.ts';
import { ensureServerCertificate } from './tls-certificate.ts';
import { startOfficeServer } from './office-server.ts';

const USAGE = 'Usage: npm run serve -- --data DIR [--listen ADDR:PORT] [--tls-dir DIR] [--host NAME ...]\n';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      listen: { type: 'string' },
      'tls-dir': { type: 'string' },
      host: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  // A server is started for one data folder on purpose: no default, no environment variable.
  if (!values.data) throw new Error(`--data DIR is required (the folder holding the office database).\n${USAGE}`);
  // Loopback unless the administrator names the LAN address: nothing is exposed by accident.
  const listen = values.listen === undefined ? DEFAULT_LISTEN : parseListen(values.listen);
  if (listen.host === '0.0.0.0' || listen.host === '::') {
    throw new Error('--listen needs the one LAN address clients use (e.g. 192.168.1.10:8443), not every address of this computer');
  }
  const hostNames = (values.host ?? []).map((h) => h.trim().toLowerCase());
  for (const h of hostNames) if (!/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(h)) throw new Error(`--host must be a computer name such as inspektorat-srv, got "${h}"`);

  const dataDir = resolve(values.data);
  mkdirSync(dataDir, { recursive: true });
  const rendererDir = await ensureRendererBuilt(repoRoot);
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  // The data folder is this process's while it runs: the one writer.
  const lock = acquireDataLock(dataDir, 'Sipena office server');
  try {
    const certificate = ensureServerCertificate(resolve(values['tls-dir'] ?? dataDir), {
      dns: [...new Set(['localhost', hostname().toLowerCase(), ...hostNames])],
      ips: [...new Set(['127.0.0.1', '::1', listen.host])],
    });
    const ctx = await openAppOrRecovery({ dataDir, resourcesDir: join(repoRoot, 'resources'), appVersion: version });
    const server = await startOfficeServer({ ctx, handlers, rendererDir, listen, tls: certificate, hostNames });
    process.stdout.write(`Sipena server: ${server.url} sha256=${certificate.fingerprint}\n`);
    const stopBackups = startBackupSchedule(ctx);
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      stopBackups();
      // Running requests finish first (a transaction is never cut short), then the database
      // closes and the data folder is released.
      void server.close().then(
        () => {
          ctx.db.close();
          lock.release();
          process.exit(0);
        },
        (e: unknown) => {
          process.stderr.write(`Sipena server: ${errorText(e)}\n`);
          ctx.db.close();
          lock.release();
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    lock.release();
    throw e;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Sipena server: ${errorText(e)}\n`);
  process.exit(1);
});
