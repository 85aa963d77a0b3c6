/**
 * Child process of the crash-safety test: `node test/db/crash-writer.ts DATADIR`.
 * Registers cases through the real service in a tight loop and prints each register
 * number on stdout only after its transaction has committed. The parent kills it with
 * SIGKILL at a random moment; every number printed must then be in the database.
 * (stdout to a pipe is synchronous on Linux and macOS: a printed line has left the process.)
 * It waits for a line on stdin before opening the database.
 */
import { resolve } from 'node:path';
import { openApp } from '../../electron/main/app-context.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: crash-writer.ts DATADIR\n');
  process.exit(2);
}
// The parent starts the next writer as soon as the previous one is dead, while it still
// checks that round: loading modules and opening the database overlap the check, and
// writing starts only on "go".
const ctx = await openApp({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', 'resources'), appVersion: 'crash-test', systemActor: 'crash-writer' });
await new Promise<void>((go) => {
  process.stdin.once('data', () => go());
});
process.stdin.pause();
const input = caseCreateSchema.parse({
  source: 'bawaslu',
  accused: [{ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS' }],
  violationCodes: ['N-FASILITAS-NEGARA'],
  incidentDate: '2024-10-20',
  chronology: 'Uji ketahanan: proses ini dimatikan paksa kapan saja.',
  // The same accused every time: the intake duplicate warning is acknowledged.
  acknowledgeDuplicates: true,
});
process.stdout.write('ready\n');
for (;;) {
  const { registerNo } = createCase(ctx, input);
  process.stdout.write(`${registerNo}\n`);
}
