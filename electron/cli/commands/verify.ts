import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';
import { resolveCliDataDir } from '../cli-paths.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { checkDatabase } from '../../main/db/connection.ts';
import { verifyAuditChain } from '../../main/audit/audit-log.ts';

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify [--data DIR]',
  summary: 'check the database (integrity_check, foreign_key_check) and the audit chain; exit 1 naming the problem',
  run: async (argv, io) => {
    const { values } = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true });
    const { db, file } = openExistingReadOnly(resolveCliDataDir(values.data));
    try {
      let problems: string[];
      try {
        problems = checkDatabase(db, 'full');
      } catch (e) {
        problems = [e instanceof Error ? e.message : String(e)];
      }
      if (problems.length > 0) {
        io.err(`verify FAILED for ${file}: ${problems.slice(0, 5).join('; ')}`);
        return 1;
      }
      const chain = verifyAuditChain(db);
      if (!chain.ok) {
        io.err(`verify FAILED for ${file}: audit trail broken at row ${chain.firstBrokenId}`);
        return 1;
      }
      io.out(`verify ok: ${file} (integrity_check ok, foreign keys ok, audit chain ok: ${chain.rows} rows)`);
      return 0;
    } finally {
      db.close();
    }
  },
};
