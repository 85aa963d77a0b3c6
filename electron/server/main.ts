/**
 * `npm run serve -- --data DIR [--listen ADDR:PORT] [--tls-dir DIR] [--host NAME ...] [--backup-copy DIR]`: the
 * office server. Prints exactly one line, the URL and the certificate's SHA-256 fingerprint
 * the clients compare; stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { appVersion, repoRoot, resourcesDir } from '../cli/cli-paths.ts';
import { ensureRendererBuilt } from '../web/ensure-renderer.ts';
import { errorText } from '../../shared/error-text.ts';
import { DEFAULT_LISTEN, parseListen } from './listen-address.ts';
import { runOfficeServer } from './run-office-server.ts';

const USAGE = 'Usage: npm run serve -- --data DIR [--listen ADDR:PORT] [--tls-dir DIR] [--host NAME ...] [--backup-copy DIR]\n';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      listen: { type: 'string' },
      'tls-dir': { type: 'string' },
      host: { type: 'string', multiple: true },
      'backup-copy': { type: 'string' },
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

  const rendererDir = await ensureRendererBuilt(repoRoot);
  const running = await runOfficeServer({
    dataDir: resolve(values.data),
    listen,
    tlsDir: values['tls-dir'],
    hostNames,
    rendererDir,
    resourcesDir,
    appVersion,
    backupCopyDir: values['backup-copy'],
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`Sipena server: ${errorText(e)}\n`);
        process.exit(1);
      },
    );
  };
  // Listening before the line is printed: whoever reads the line may stop the server at once,
  // and a signal that came before the handlers would kill it without closing the database.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Sipena server: ${running.url} sha256=${running.fingerprint}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Sipena server: ${errorText(e)}\n`);
  process.exit(1);
});
