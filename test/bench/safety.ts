import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { runCrashRounds } from '../support/crash-rounds.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { repoResources } from '../support/temp-app.ts';

const ROUNDS = Number(process.env.SIPENA_CRASH_ROUNDS ?? 300);

/**
 * Data safety: the crash experiment with more rounds than the test suite runs (300 by
 * default, SIPENA_CRASH_ROUNDS to change), and the time a backup and a restore take on
 * the database the experiment leaves behind. `safety.lost_writes` must be 0.
 */
export const safetyBench: BenchModule = {
  name: 'safety',
  run: async ({ workDir, log }) => {
    const dataDir = join(workDir, 'crash');
    mkdirSync(dataDir);
    const t0 = performance.now();
    const report = await runCrashRounds({ dataDir, rounds: ROUNDS, minMs: 50, maxMs: 300, seed: 42 });
    log(`${report.rounds} rounds, ${report.reportedWrites} reported writes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    for (const p of report.problems.slice(0, 10)) log(`PROBLEM ${p}`);
    const ctx = await openApp({ dataDir, resourcesDir: repoResources, appVersion: 'bench' });
    try {
      const b0 = performance.now();
      const { info, file } = await createBackup(ctx, 'manual');
      const backupMs = performance.now() - b0;
      const r0 = performance.now();
      await restoreBackup(ctx, file);
      const restoreMs = performance.now() - r0;
      log(`backup of ${info.counts?.cases ?? 0} cases (${(info.size / 1e6).toFixed(1)} MB) and restore timed`);
      return {
        'safety.crash_rounds': report.rounds,
        'safety.lost_writes': report.lostWrites,
        'safety.integrity_failures': report.integrityFailures,
        'safety.audit_chain_failures': report.chainFailures,
        'safety.reported_writes': report.reportedWrites,
        'safety.backup_ms': backupMs,
        'safety.restore_ms': restoreMs,
      };
    } finally {
      ctx.db.close();
    }
  },
};
