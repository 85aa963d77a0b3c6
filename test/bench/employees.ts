import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { median } from './bench-kit.ts';
import { importEmployeesCommand } from '../../electron/cli/commands/import-employees.ts';
import { employeesCsv, makeEmployees } from '../support/employee-files.ts';

const ROWS = 50_000;
const RUNS = 3;

/**
 * `employees.import50k_s`: a realistic 50,000-row register (semicolon CSV, both NIP
 * layouts, 10 OPDs) imported by the CLI command itself (`import-employees FILE`) into a
 * fresh database: read, decode, parse, validate, plan, one transaction with its audit
 * row. Median of three runs, each on a new database. Target <= 5 s.
 */
export const employeesBench: BenchModule = {
  name: 'employees',
  run: async ({ workDir, log }) => {
    const file = join(workDir, 'pegawai-50k.csv');
    writeFileSync(file, employeesCsv(makeEmployees(ROWS, 2024)));
    log(`${ROWS} rows, ${(statSync(file).size / 1048576).toFixed(1)} MB CSV`);
    const seconds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out: string[] = [];
      const t0 = performance.now();
      const code = await importEmployeesCommand.run([file, '--data', join(workDir, `data-${i}`)], { out: (l) => out.push(l), err: (l) => out.push(l) });
      seconds.push((performance.now() - t0) / 1000);
      if (code !== 0 || out[0] !== `imported ${ROWS}, updated 0, rejected 0`) throw new Error(`import failed: ${out.slice(0, 3).join(' | ')}`);
      log(`run ${i + 1}: ${seconds[i]!.toFixed(2)} s`);
    }
    return { 'employees.import50k_s': median(seconds) };
  },
};
