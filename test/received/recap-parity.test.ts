/**
 * The province's recap of one origin against that regency's own recap, after a demo regency's
 * bundle went through the real CLI: what the README says agrees does (totals; every cell by
 * status, violation, sanction, level, employment type and month, recommendations aside), and
 * rows by OPD keep the totals though a person may sit under another OPD (case's vs accused's).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { buildRecap } from '../../electron/main/reports/recap-service.ts';
import type { RecapCounts, RecapDimension, RecapResult } from '../../shared/reports/recap.ts';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';

/** The CLI's own code in this process (test/support/run-cli.ts): the same lines and exit codes without a child per call. */
const cli = (...args: string[]) => runCliHere(args);

const dir = scratchDirs();
const period = { from: '2000-01-01', to: '2099-12-31' };

async function recap(dataDir: string, rows: RecapDimension, origin?: string): Promise<RecapResult> {
  const ctx: AppContext = await openApp({ dataDir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  try {
    return buildRecap(ctx, { filters: { ...period, ...(origin ? { origin } : {}) }, rows });
  } finally {
    ctx.db.close();
  }
}

/** Row label -> counts without the recommendation measure, which a case.json does not carry. */
const byLabel = (r: RecapResult) => Object.fromEntries(r.rows.map((h, i) => [h.label, noRec(r.rowTotals[i]!)]));
const noRec = ({ recommended: _r, ...c }: RecapCounts) => c;

describe('province recap of one origin against the regency own recap', () => {
  it('matches cell by cell except recommendations, source and the OPD a person is counted under', async () => {
    const regency = dir();
    const province = dir();
    const work = dir();
    expect(runCli(['demo', '--cases', '60', '--letters', '0', '--seed', 'parity', '--data', regency]).code).toBe(0);
    expect(runCli(['init', '--data', province]).code).toBe(0);
    expect((await cli('office', 'set', '--instansi', '3201', '--name', 'Inspektorat Kabupaten Satu', '--data', regency)).code).toBe(0);
    expect((await cli('office', 'set', '--instansi', '3200', '--name', 'Inspektorat Provinsi Uji', '--data', province)).code).toBe(0);
    const key = join(work, 'r.sipena-key.json');
    expect((await cli('bundle', 'key', '--out', key, '--data', regency)).code).toBe(0);
    expect((await cli('bundle', 'trust', 'add', key, '--data', province)).code).toBe(0);
    const file = join(work, 'r.sipena-bundle');
    expect((await cli('bundle', 'export', '--since', 'LAST', '--out', file, '--data', regency)).code).toBe(0);
    expect((await cli('bundle', 'import', file, '--data', province)).out).toContain('imported 60, already 0, refused 0');

    for (const dim of ['status', 'violation', 'sanction', 'level', 'employment', 'period'] as const) {
      const own = await recap(regency, dim);
      const received = await recap(province, dim, '3201');
      expect(noRec(received.total), dim).toEqual(noRec(own.total));
      expect(byLabel(received), dim).toEqual(byLabel(own));
      expect(received.total.recommended).toBe(0);
    }
    const ownOpd = await recap(regency, 'opd');
    const receivedOpd = await recap(province, 'opd', '3201');
    expect(noRec(receivedOpd.total)).toEqual(noRec(ownOpd.total));
    const sum = (r: RecapResult) => r.rowTotals.reduce((n, c) => n + c.accused, 0);
    expect(sum(receivedOpd)).toBe(sum(ownOpd));
  }, 240_000);
});
