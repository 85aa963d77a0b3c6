import { join } from 'node:path';
import { openCaseDatabase, DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { tempDir } from './temp-app.ts';

/**
 * Vitest global setup: migrates one database per run and hands its path to the test
 * workers, so tempApp() copies a file instead of running every migration for each test.
 * The copy is byte-for-byte what a first start creates.
 */
export default async function setup(): Promise<() => void> {
  const { dir, cleanup } = tempDir('sipena-template-');
  const { db } = await openCaseDatabase(dir);
  // Closing the last connection checkpoints the WAL into the file and removes it.
  db.close();
  process.env.SIPENA_TEST_TEMPLATE_DB = join(dir, DB_FILE_NAME);
  return cleanup;
}
