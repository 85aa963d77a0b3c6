import { openCaseDatabase } from '../db/open.ts';
import type { Migration } from '../db/migrations/index.ts';
import { createBackup } from './backup-service.ts';

/**
 * Opens the case database as the app, the CLI and a restore do: an existing database from
 * an older Sipena is first backed up (named, manifested and rotated like every other backup,
 * verified with integrity_check) and only then migrated.
 */
export function openAppDatabase(dataDir: string, now: () => Date, migrations?: Migration[]): ReturnType<typeof openCaseDatabase> {
  return openCaseDatabase(dataDir, now, migrations, async (db) => {
    await createBackup({ db, dataDir, now }, 'pre-migration');
  });
}
