/**
 * `npm run bench [-- --out FILE.json] [--only NAME]`: runs every benchmark group, prints
 * each figure as `name: value`, and writes `{ "metrics": { name: number } }` with --out.
 * Figures are measured, never asserted: targets live in the README, not in unit tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchModule } from './bench-kit.ts';
import { round } from './bench-kit.ts';
import { safetyBench } from './safety.ts';
import { casesBench } from './cases.ts';
import { employeesBench } from './employees.ts';
import { dashboardBench } from './dashboard.ts';
import { reportsBench } from './reports.ts';
import { lettersBench } from './letters.ts';
import { scheduleBench } from './schedule.ts';
import { uiBench } from './ui.ts';
import { serverBench } from './server.ts';
import { bundlesBench } from './bundles.ts';
import { errorText } from '../../shared/error-text.ts';

const modules: BenchModule[] = [casesBench, employeesBench, dashboardBench, safetyBench, lettersBench, scheduleBench, uiBench, serverBench, reportsBench, bundlesBench];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } }, strict: true });
  const metrics: Record<string, number> = {};
  const selected = modules.filter((m) => !values.only || m.name === values.only);
  if (selected.length === 0) throw new Error(values.only ? `no benchmark group named "${values.only}"` : 'no benchmark groups registered');
  for (const m of selected) {
    const workDir = mkdtempSync(join(tmpdir(), `sipena-bench-${m.name}-`));
    try {
      process.stderr.write(`# ${m.name}\n`);
      const figures = await m.run({ workDir, log: (l) => process.stderr.write(`  ${l}\n`) });
      for (const [name, value] of Object.entries(figures)) {
        metrics[name] = round(value, 3);
        process.stdout.write(`${name}: ${metrics[name]}\n`);
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  if (values.out) {
    writeFileSync(resolve(values.out), `${JSON.stringify({ metrics }, null, 2)}\n`);
    process.stderr.write(`wrote ${resolve(values.out)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${errorText(e)}\n`);
  process.exit(1);
});
