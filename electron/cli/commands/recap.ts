import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { buildRecap } from '../../main/reports/recap-service.ts';
import { recapXlsx } from '../../main/reports/recap-xlsx.ts';
import { recapPdf } from '../../main/reports/recap-pdf.ts';
import { RECAP_CLI_DIMENSIONS, RECAP_DIMENSIONS, recapOriginSchema, recapQuerySchema } from '../../../shared/reports/recap.ts';
import type { RecapDimension } from '../../../shared/reports/recap.ts';
import { PAPER_SIZES } from '../../../shared/letters/office-settings.ts';
import type { PaperSize } from '../../../shared/letters/office-settings.ts';
import { withCliApp } from '../cli-app.ts';

const USAGE = `recap --by ${RECAP_CLI_DIMENSIONS.join('|')} --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.pdf [--columns DIM] [--paper A4|F4] [--origin own|received|CODE]`;

function dimension(flag: string, value: string | undefined): RecapDimension | undefined {
  if (value === undefined) return undefined;
  if (!(RECAP_DIMENSIONS as readonly string[]).includes(value)) throw new CliError(`--${flag} must be one of ${RECAP_DIMENSIONS.join(', ')} (got "${value}")`);
  return value as RecapDimension;
}

/**
 * `recap`: the number of accused in the period's cases (incident dates) by one attribute, or
 * by two with --columns, with how many were recommended, decided and sanctioned, as the
 * screen shows it: XLSX or the printed PDF (by the file's extension). --origin counts the
 * cases received from other offices instead (all, or one origin's instansi code). Reads only.
 */
export const recapCommand = cliCommand({
  name: 'recap',
  usage: 'recap --by DIM --from DATE --to DATE --out FILE',
  summary: 'write a recap of the period (by OPD, violation, sanction, status, source or employment) as XLSX or PDF',
  options: { by: { type: 'string' }, columns: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, paper: { type: 'string' }, origin: { type: 'string' } },
  run: async ({ values, dataDir }, io) => {
    if (!values.by || !values.from || !values.to || !values.out) throw new CliError(`usage: ${USAGE}`);
    const rows = dimension('by', values.by)!;
    const columns = dimension('columns', values.columns);
    if (columns === rows) throw new CliError(`--columns must differ from --by (both "${rows}")`);
    const format = extname(values.out).toLowerCase().slice(1);
    if (format !== 'xlsx' && format !== 'pdf') throw new CliError(`--out must end in .xlsx or .pdf (got "${values.out}")`);
    if (values.paper !== undefined && !(PAPER_SIZES as readonly string[]).includes(values.paper)) throw new CliError(`--paper must be A4 or F4 (got "${values.paper}")`);
    if (values.origin !== undefined && !recapOriginSchema.safeParse(values.origin).success) throw new CliError(`--origin must be own, received or an instansi code of 4 to 8 digits (got "${values.origin}")`);
    const query = recapQuerySchema.safeParse({ filters: { from: values.from, to: values.to, ...(values.origin ? { origin: values.origin } : {}) }, rows, ...(columns ? { columns } : {}) });
    if (!query.success) throw new CliError(`--from/--to must be dates YYYY-MM-DD, the first not after the second (got ${values.from} .. ${values.to})`);
    const out = resolve(values.out);
    return withCliApp(dataDir, async (ctx) => {
      const result = buildRecap(ctx, query.data);
      writeFileSync(out, format === 'xlsx' ? await recapXlsx(result, ctx.language(), ctx.now()) : await recapPdf(ctx, result, values.paper as PaperSize | undefined));
      const split = columns ? `${rows} x ${columns}` : rows;
      io.out(`recap by ${split} ${query.data.filters.from}..${query.data.filters.to}: ${result.rows.length} rows, ${result.cases} cases, ${result.total.accused} accused, ${result.total.sanctioned} sanctioned -> ${out}`);
      return 0;
    });
  },
});
