import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../command.ts';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { withWriteLock } from '../write-lock.ts';
import { appVersion, resourcesDir } from '../cli-paths.ts';
import { osActor } from '../../main/app-context.ts';
import { AppError, appErrorText } from '../../main/errors.ts';
import { openAppOrRecovery } from '../../main/backup/recovery.ts';
import { previewRestore } from '../../main/backup/restore-preview.ts';
import { restoreBackup } from '../../main/backup/restore-service.ts';
import { recoveryStatus } from '../../main/backup/maintenance.ts';
import type { RestorePreview } from '../../../shared/backup/types.ts';
import { translator } from '../../../shared/i18n/index.ts';

const t = translator('en');

function printPreview(p: RestorePreview, io: CliIo): void {
  io.out(`backup:        ${p.file}`);
  io.out(`taken:         ${p.createdAt ?? 'unknown'}; last change inside: ${p.lastChangeAt ?? 'none'}`);
  io.out(`schema:        version ${p.schemaVersion} (this Sipena supports up to ${p.supportedVersion})`);
  io.out(`contents:      ${p.counts.cases} cases, ${p.counts.employees} employees, ${p.counts.auditRows} audit rows`);
  io.out(`integrity:     ${p.integrity}; audit chain ${p.auditChain.ok ? `ok (${p.auditChain.rows} rows)` : `broken at row ${p.auditChain.firstBrokenId ?? '?'}`}`);
  if (p.evidenceMissing.length > 0) io.out(`evidence missing: ${p.evidenceMissing.join(', ')}`);
}

async function confirmed(yes: boolean, io: CliIo): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) throw new CliError('restore replaces the database: run it in a terminal to confirm, or add --yes');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question('Replace the current database with this backup? The current state is backed up first. Type "yes": ');
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
    io.out('');
  }
}

export const restoreCommand = cliCommand({
  name: 'restore',
  usage: 'restore FILE [--data DIR] [--yes]',
  summary: 'show what FILE holds, back up the current database, then restore FILE (close Sipena first)',
  options: { yes: { type: 'boolean' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    if (positionals.length !== 1) throw new CliError('restore needs exactly one backup FILE');
    const file = resolve(positionals[0]!);
    return withWriteLock(dataDir, 'restore', async () => {
      const preview = previewRestore(file, dataDir, 'en');
      printPreview(preview, io);
      if (!preview.restorable) throw new CliError(`not restored: ${t(preview.problemKey ?? 'backup.damaged', { detail: preview.problemDetail ?? preview.integrity })}`);
      if (!(await confirmed(values.yes === true, io))) {
        io.out('not restored');
        return 1;
      }
      const ctx = await openAppOrRecovery({ dataDir, resourcesDir, appVersion, systemActor: `cli:${osActor()}` });
      const mode = recoveryStatus(ctx);
      try {
        const r = await restoreBackup(ctx, file);
        if (mode.mode === 'recovery') io.out(`the unreadable database (${mode.reason}) was kept as ${r.setAside ?? '(none)'}`);
        else io.out(`the previous state was backed up as ${r.preRestoreBackup}`);
        io.out(`restored ${r.restoredFrom}: ${r.counts.cases} cases, schema version ${r.schemaVersion}`);
        for (const e of r.evidenceMissing) io.err(`warning: evidence file missing after restore: ${e}`);
        return 0;
      } catch (e) {
        throw e instanceof AppError ? new CliError(`not restored: ${appErrorText(t, e)}`) : e;
      } finally {
        if (ctx.db.open) ctx.db.close();
      }
    });
  },
});
