import { join } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { withWriteLock } from '../write-lock.ts';
import { openApp } from '../../main/app-context.ts';
import { appVersion, resourcesDir } from '../cli-paths.ts';
import { DB_FILE_NAME, DatabaseDamagedError, DatabaseTooNewError } from '../../main/db/open.ts';

export const initCommand = cliCommand({
  name: 'init',
  usage: 'init [--data DIR]',
  summary: 'create the database, or migrate it to the current schema (backing it up first)',
  options: {},
  run: async ({ dataDir }, io) => {
    return withWriteLock(dataDir, 'init', async () => {
      let ctx;
      try {
        ctx = await openApp({ dataDir, resourcesDir, appVersion });
      } catch (e) {
        // An empty, unreadable or foreign file is never initialised over: that would hand an
        // empty register (and its administrator account) to whoever comes first.
        if (e instanceof DatabaseDamagedError) {
          throw new CliError(`not initialised: ${e.problem}. ${e.file} was not changed; restore a backup with "npm run cli -- restore FILE --data ${dataDir}", or move the file away if a new empty register is really wanted`);
        }
        if (e instanceof DatabaseTooNewError) throw new CliError(`not initialised: ${e.message}`);
        throw e;
      }
      const schema = ctx.db.pragma('user_version', { simple: true }) as number;
      ctx.db.close();
      io.out(`database ready: ${join(dataDir, DB_FILE_NAME)} (schema version ${schema})`);
      return 0;
    });
  },
});
