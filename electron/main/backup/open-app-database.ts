import { openCaseDatabase } from '../db/open.ts';
import type { Migration } from '../db/migrations/index.ts';
import { ensureSigningKey } from '../trust/signing-key.ts';
import { createBackup } from './backup-service.ts';
import { tableExists } from '../db/connection.ts';

/**
 * Opens the case database as the app, the CLI and a restore do: an existing database from
 * an older Sipena is first backed up (named, manifested and rotated like every other backup,
 * verified with integrity_check) and only then migrated. Then the office's bundle signing
 * key is made sure of: created at setup or on the first open after the upgrade, and its
 * file in the data folder rewritten from the database after a restore.
 */
export async function openAppDatabase(dataDir: string, now: () => Date, migrations?: Migration[]): ReturnType<typeof openCaseDatabase> {
  const opened = await openCaseDatabase(dataDir, now, migrations, async (db) => {
    await createBackup({ db, dataDir, now }, 'pre-migration');
  });
  // Tests open with a prefix of the migrations; the key table exists from migration 27 on.
  if (tableExists(opened.db, 'office_signing_key')) ensureSigningKey(opened.db, dataDir, now());
  return opened;
}
