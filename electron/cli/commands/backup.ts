import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveCliDataDir } from '../cli-paths.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { backupDatabase } from '../../main/db/backup.ts';
import { checkDatabase } from '../../main/db/connection.ts';
import { createBackup, rotateBackups } from '../../main/backup/backup-service.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup [--out FILE] [--data DIR]',
  summary: 'online backup, verified with integrity_check: into the data folder\'s backups/ (with manifest, rotated), or to FILE',
  run: async (argv, io) => {
    const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
    const target = values.out === undefined ? undefined : resolve(values.out);
    if (values.out !== undefined && values.out.trim() === '') throw new CliError('--out needs a file name');
    if (target && existsSync(target)) throw new CliError(`${target} already exists; choose a new file name (backups are never overwritten)`);
    const dataDir = resolveCliDataDir(values.data);
    const { db, file } = openExistingReadOnly(dataDir);
    try {
      const problems = checkDatabase(db, 'quick');
      if (problems.length > 0) throw new CliError(`${file} is damaged (${problems[0]}); it was not backed up`);
      if (target) {
        const result = await backupDatabase(db, target);
        io.out(`backup written and verified: ${result.file} (${result.pages} pages, integrity_check ok)`);
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
};
