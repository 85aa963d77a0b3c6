import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { checkDatabase } from '../../main/db/connection.ts';
import { backupToFile, createBackup, rotateBackups } from '../../main/backup/backup-service.ts';
import { manifestNameFor } from '../../main/backup/backup-names.ts';

export const backupCommand = cliCommand({
  name: 'backup',
  usage: 'backup [--out FILE] [--data DIR]',
  summary: 'online backup, verified with integrity_check, with manifest: into the data folder\'s backups/ (rotated), or to FILE (written as FILE.partial, renamed when verified)',
  options: { out: { type: 'string' } },
  run: async ({ values, dataDir }, io) => {
    const target = values.out === undefined ? undefined : resolve(values.out);
    if (values.out !== undefined && values.out.trim() === '') throw new CliError('--out needs a file name');
    for (const f of target ? [target, join(dirname(target), manifestNameFor(basename(target)))] : []) {
      if (existsSync(f)) throw new CliError(`${f} already exists; choose a new file name (backups are never overwritten)`);
    }
    const { db, file } = openExistingReadOnly(dataDir);
    try {
      const problems = checkDatabase(db, 'quick');
      if (problems.length > 0) throw new CliError(`${file} is damaged (${problems[0]}); it was not backed up`);
      if (target) {
        const { file: written, manifest } = await backupToFile({ db, dataDir, now: () => new Date() }, target);
        const manifestFile = join(dirname(written), manifestNameFor(basename(written)));
        io.out(`backup written and verified: ${written} (${manifest.counts.cases} cases, integrity_check ok; manifest ${manifestFile})`);
        return 0;
      }
      const { info, file: written } = await createBackup({ db, dataDir, now: () => new Date() }, 'manual');
      const removed = rotateBackups(dataDir, new Date());
      io.out(`backup written and verified: ${written} (${info.counts?.cases ?? 0} cases, ${info.evidenceFiles ?? 0} evidence files in the manifest, integrity_check ok)`);
      if (removed.length > 0) io.out(`rotation removed ${removed.length} old backup(s)`);
      return 0;
    } finally {
      db.close();
    }
  },
});
