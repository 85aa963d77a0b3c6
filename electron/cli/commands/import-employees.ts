import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { runImport } from '../../main/employees/import/import-service.ts';
import { ImportFileError } from '../../main/employees/import/raw-table.ts';
import { describeIssue, formatRowError } from '../../main/employees/import/import-report.ts';
import { UPLOAD_MAX_BYTES } from '../../../shared/uploads/schemas.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { withCliAppWriting } from '../cli-app.ts';

const USAGE = 'import-employees FILE [--strict] [--data DIR]';

/**
 * `import-employees FILE [--strict]`: the same import as the app's wizard. Prints
 * `imported N, updated M, unchanged U, rejected K` (unchanged: rows identical to the
 * registry), then one `line L, column C: reason` per rejected
 * row. Exit 0 when something was imported or nothing was wrong; 1 when strict mode
 * refused the file, the file cannot be read, or every row was rejected.
 */
export const importEmployeesCommand = cliCommand({
  name: 'import-employees',
  usage: USAGE,
  summary: 'import employees from CSV or XLSX (re-import updates by NIP; --strict: all or nothing)',
  options: { strict: { type: 'boolean', default: false } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    if (positionals.length !== 1) throw new CliError(`usage: npm run cli -- ${USAGE}`);
    const file = resolve(positionals[0]!);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new CliError(`cannot read ${file}: no such file`);
    }
    if (size > UPLOAD_MAX_BYTES.import) throw new CliError(`${file} is larger than ${UPLOAD_MAX_BYTES.import / 1048576} MB`);
    const bytes = readFileSync(file);
    return withCliAppWriting(dataDir, 'import-employees', async (ctx) => {
      const t = translator(ctx.language());
      let result;
      try {
        result = await runImport(ctx, bytes, basename(file), { strict: values.strict });
      } catch (e) {
        if (e instanceof ImportFileError) throw new CliError(describeIssue(t, e.issue));
        throw e;
      }
      for (const w of result.warnings) io.err(`warning: ${w}`);
      io.out(`imported ${result.imported}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}`);
      for (const e of result.errors) io.out(formatRowError(e));
      if (values.strict && result.rejected > 0) {
        io.err(`strict: nothing was written because ${result.rejected} row(s) were rejected`);
        return 1;
      }
      const somethingImported = result.imported + result.updated > 0;
      return somethingImported || result.rejected === 0 ? 0 : 1;
    });
  },
});
