import { cliCommand } from '../cli-command.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { verifyDataFolder } from '../../main/backup/verify-data.ts';

export const verifyCommand = cliCommand({
  name: 'verify',
  usage: 'verify [--data DIR]',
  summary: 'check the database (integrity_check, foreign_key_check), the audit chain and every evidence file hash; exit 1 naming each problem',
  options: {},
  run: async ({ dataDir }, io) => {
    const { db, file } = openExistingReadOnly(dataDir);
    try {
      const report = await verifyDataFolder(db, dataDir);
      if (report.problems.length > 0) {
        for (const p of report.problems) io.err(`verify FAILED for ${file}: ${p}`);
        return 1;
      }
      io.out(`verify ok: ${file} (integrity_check ok, foreign keys ok, audit chain ok: ${report.auditRows} rows, evidence ok: ${report.evidenceFiles} files)`);
      return 0;
    } finally {
      db.close();
    }
  },
});
