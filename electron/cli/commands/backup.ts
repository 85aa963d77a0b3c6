import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveCliDataDir } from '../cli-paths.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { backupDatabase } from '../../main/db/backup.ts';
import { checkDatabase } from '../../main/db/connection.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out FILE [--data DIR]',
  summary: 'copy the database with the online backup API and verify the copy (integrity_check)',
  run: async (argv, io) => {
    const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
    if (!values.out) throw new CliError('backup needs --out FILE');
    const target = resolve(values.out);
    if (existsSync(target)) throw new CliError(`${target} already exists; choose a new file name (backups are never overwritten)`);
    const { db, file } = openExistingReadOnly(resolveCliDataDir(values.data));
    try {
      const problems = checkDatabase(db, 'quick');
      if (problems.length > 0) throw new CliError(`${file} is damaged (${problems[0]}); it was not backed up`);
      const result = await backupDatabase(db, target);
      io.out(`backup written and verified: ${result.file} (${result.pages} pages, integrity_check ok)`);
      return 0;
    } finally {
      db.close();
    }
  },
};
