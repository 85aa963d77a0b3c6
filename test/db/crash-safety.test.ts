import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runCrashRounds } from '../support/crash-rounds.ts';
import { tempDir } from '../support/temp-app.ts';

describe('crash safety', () => {
  it('loses no committed write and keeps the database and audit chain sound across 50 SIGKILLs', async () => {
    const { dir, cleanup } = tempDir('sipena-crash-');
    try {
      const seed = Date.now() % 100_000;
      const report = await runCrashRounds({ dataDir: dir, rounds: 50, minMs: 30, maxMs: 200, seed });
      expect(report.problems, `seed ${seed}`).toEqual([]);
      expect(report).toMatchObject({ rounds: 50, lostWrites: 0, integrityFailures: 0, chainFailures: 0 });
      // The experiment must actually have written: kills happened mid-stream, not only at startup.
      expect(report.reportedWrites).toBeGreaterThan(50);
      expect(report.emptyRounds).toBeLessThan(10);
      const db = new Database(join(dir, 'sipena.sqlite3'), { readonly: true });
      const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
      db.close();
      // Writes committed after the last report but before the kill may exist too; never fewer.
      expect(n).toBeGreaterThanOrEqual(report.reportedWrites);
    } finally {
      cleanup();
    }
    // Fifty child processes started and killed: minutes on a loaded machine; nothing here measures speed.
  }, 600_000);
});
