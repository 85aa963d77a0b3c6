import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { collectSiasnExport, siasnCsv, siasnSkPdfs, siasnXlsx } from '../../main/reports/siasn-export.ts';
import { siasnExportSchema } from '../../../shared/reports/siasn.ts';
import { withCliApp } from '../cli-app.ts';

const USAGE = 'export siasn --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv|FILE.xlsx [--received]';

/**
 * `export siasn`: the disciplinary SKs issued in a period as SIASN's disciplinary record
 * (CSV or XLSX by the file's extension), and the issued SK PDFs, each named by its SK
 * number, in a folder beside it (FILE-sk/). With --received, the SKs of cases received from
 * other offices too (the province). Reads only: it runs beside the app.
 */
export const exportCommand = cliCommand({
  name: 'export',
  usage: 'export siasn --from DATE --to DATE --out FILE [--received]',
  summary: "write a period's disciplinary SKs in SIASN's record shape (CSV/XLSX) with the SK PDFs beside it",
  options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, received: { type: 'boolean' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    const [sub, ...rest] = positionals;
    if (sub !== 'siasn') throw new CliError(`export needs a subcommand: "${USAGE}"${sub ? ` (got "${sub}")` : ''}`);
    if (rest.length > 0) throw new CliError(`export siasn takes no further words (got "${rest.join(' ')}")`);
    if (!values.from || !values.to || !values.out) throw new CliError(`usage: ${USAGE}`);
    const format = extname(values.out).toLowerCase().slice(1);
    if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--out must end in .csv or .xlsx (got "${values.out}")`);
    const period = siasnExportSchema.safeParse({ from: values.from, to: values.to, format });
    if (!period.success) throw new CliError(`--from/--to must be dates YYYY-MM-DD, the first not after the second (got ${values.from} .. ${values.to})`);
    const out = resolve(values.out);
    return withCliApp(dataDir, async (ctx) => {
      const exp = collectSiasnExport(ctx, period.data.from, period.data.to, { includeReceived: values.received === true });
      const rows = exp.rows.map((r) => r.row);
      writeFileSync(out, format === 'csv' ? siasnCsv(rows) : await siasnXlsx(rows));
      const pdfs = siasnSkPdfs(ctx, exp);
      if (pdfs.length > 0) {
        const folder = join(dirname(out), `${basename(out, extname(out))}-sk`);
        mkdirSync(folder, { recursive: true });
        for (const p of pdfs) writeFileSync(join(folder, p.fileName), p.bytes);
      }
      io.out(`exported ${rows.length}, skipped ${exp.skipped.length}`);
      for (const s of exp.skipped) io.out(`skipped ${s.registerNo} ${s.nip} ${s.name}: ${s.reason}`);
      return 0;
    });
  },
});
