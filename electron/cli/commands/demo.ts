import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { generateDemo } from '../../main/demo/demo-generate.ts';
import { issueDemoLetters } from '../../main/demo/demo-letters.ts';
import { withCliAppWriting } from '../cli-app.ts';
import { countCases } from '../../main/cases/case-queries.ts';

export const demoCommand = cliCommand({
  name: 'demo',
  usage: 'demo --cases N [--seed S] [--employees N] [--letters N]',
  summary: 'fill an EMPTY data folder with a fictional regency (OPDs, employees, cases in every state with hearings, decisions, letters); same seed, same data',
  options: { cases: { type: 'string' }, seed: { type: 'string' }, employees: { type: 'string' }, letters: { type: 'string' } },
  run: async ({ values, dataDir }, io) => {
    const cases = Number(values.cases);
    if (!values.cases || !Number.isInteger(cases) || cases < 1 || cases > 2_000_000) throw new CliError('demo needs --cases N (a whole number from 1 to 2000000)');
    const employees = values.employees === undefined ? undefined : Number(values.employees);
    if (employees !== undefined && (!Number.isInteger(employees) || employees < 10 || employees > 500_000)) throw new CliError('--employees must be a whole number from 10 to 500000');
    // Issued letters are rendered PDFs (tens of ms each), so only the first few cases get them.
    const letters = values.letters === undefined ? 20 : Number(values.letters);
    if (!Number.isInteger(letters) || letters < 0 || letters > 1000) throw new CliError('--letters must be a whole number from 0 to 1000 (cases that get issued letters)');
    return withCliAppWriting(dataDir, 'demo', async (ctx) => {
      const existing = countCases(ctx.db);
      // Demo data never mixes with real records.
      if (existing > 0) throw new CliError(`${dataDir} already holds ${existing} cases; demo data only goes into an empty data folder`);
      const t0 = performance.now();
      const r = generateDemo(ctx, { cases, seed: values.seed ?? '1', letterSample: letters, ...(employees !== undefined ? { employees } : {}) });
      const l = await issueDemoLetters(ctx, letters);
      for (const s of l.skipped) io.err(`letter ${s.type} of case ${s.caseId} not issued: ${s.key}`);
      io.out(`demo data ready in ${dataDir}: ${r.opds} OPDs, ${r.employees} employees, ${r.cases} cases (${r.accused} accused), ${l.issued} issued letters in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return 0;
    });
  },
});
