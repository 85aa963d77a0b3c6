/**
 * Admin CLI: `npm run cli -- <command> [options]`. Runs in plain Node against the same
 * main-process code as the desktop app. Errors print one clear line and exit non-zero.
 */
import type { CliCommand, CliIo } from './command.ts';
import { pathToFileURL } from 'node:url';
import { initCommand } from './commands/init.ts';
import { backupCommand } from './commands/backup.ts';
import { verifyCommand } from './commands/verify.ts';
import { importEmployeesCommand } from './commands/import-employees.ts';
import { restoreCommand } from './commands/restore.ts';
import { usersCommand } from './commands/users.ts';
import { calendarCommand } from './commands/calendar.ts';
import { demoCommand } from './commands/demo.ts';
import { casesCommand } from './commands/cases.ts';
import { letterCommand } from './commands/letter.ts';
import { exportCommand } from './commands/export.ts';
import { recapCommand } from './commands/recap.ts';
import { bundleCommand } from './commands/bundle.ts';
import { checkoutCommand } from './commands/checkout.ts';
import { officeCommand } from './commands/office.ts';
import { errorText } from '../../shared/error-text.ts';

const commands: CliCommand[] = [initCommand, backupCommand, restoreCommand, verifyCommand, importEmployeesCommand, usersCommand, calendarCommand, demoCommand, casesCommand, letterCommand, exportCommand, recapCommand, officeCommand, bundleCommand, checkoutCommand];

function help(io: CliIo): void {
  io.out('Usage: npm run cli -- <command> [options]');
  io.out('');
  io.out('Commands:');
  for (const c of commands) io.out(`  ${c.usage.padEnd(36)} ${c.summary}`);
  io.out('');
  io.out('Every command takes --data DIR (default: SIPENA_DATA_DIR, else the desktop app data folder).');
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"; run "npm run cli -- --help" for the list`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // Expected failures (CliError, bad flags) and unexpected ones alike: one line, no stack.
    io.err(`${name}: ${errorText(e)}`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  runCli(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) })
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      process.stderr.write(`${errorText(e)}\n`);
      process.exit(1);
    });
}
