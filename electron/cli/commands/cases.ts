import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { selectCasePage } from '../../main/cases/case-list-queries.ts';
import { caseListSchema } from '../../../shared/cases/schemas.ts';

/** The first schema version with the case search index (migration 006). */
const NEEDS_SCHEMA = 6;

export const casesCommand = cliCommand({
  name: 'cases',
  usage: 'cases list [--limit N] [--search TEXT]',
  summary: 'print cases, newest first, one per line starting with the register number (tab-separated)',
  options: { limit: { type: 'string' }, search: { type: 'string' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    const [sub, ...rest] = positionals;
    if (sub !== 'list') throw new CliError(`cases needs a subcommand: "cases list [--limit N] [--search TEXT]"${sub ? ` (got "${sub}")` : ''}`);
    if (rest.length > 0) throw new CliError(`cases list takes no further words (got "${rest.join(' ')}")`);
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('--limit must be a whole number from 1 to 500');
    const query = caseListSchema.safeParse({ limit, ...(values.search ? { search: values.search } : {}) });
    if (!query.success) throw new CliError(`--search: ${query.error.issues[0]?.message ?? 'invalid'}`);
    const { db, file } = openExistingReadOnly(dataDir);
    try {
      const schema = db.pragma('user_version', { simple: true }) as number;
      if (schema < NEEDS_SCHEMA) throw new CliError(`${file} has schema version ${schema}; run "npm run cli -- init" to update it first`);
      const { rows, total } = selectCasePage(db, query.data);
      for (const r of rows) io.out([r.registerNo, r.status, r.incidentDate, r.accusedNames, r.violationCodes].join('\t'));
      io.err(`${rows.length} of ${total} cases`);
      return 0;
    } finally {
      db.close();
    }
  },
});
