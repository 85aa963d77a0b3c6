import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from '../command.ts';
import { openApp } from '../../main/app-context.ts';
import { repoRoot, resolveCliDataDir, resourcesDir } from '../cli-paths.ts';
import { DB_FILE_NAME } from '../../main/db/open.ts';

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init [--data DIR]',
  summary: 'create the database, or migrate it to the current schema (backing it up first)',
  run: async (argv, io) => {
    const { values } = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true });
    const dataDir = resolveCliDataDir(values.data);
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const ctx = await openApp({ dataDir, resourcesDir, appVersion: version });
    const schema = ctx.db.pragma('user_version', { simple: true }) as number;
    ctx.db.close();
    io.out(`database ready: ${join(dataDir, DB_FILE_NAME)} (schema version ${schema})`);
    return 0;
  },
};
