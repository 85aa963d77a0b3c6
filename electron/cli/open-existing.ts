import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../main/db/connection.ts';
import { openDatabase } from '../main/db/connection.ts';
import { DB_FILE_NAME } from '../main/db/open.ts';
import { CliError } from './command.ts';
import { errorText } from '../../shared/error-text.ts';

/** Refuses a data folder without a database: commands that open the app there must not create an empty register. */
export function requireDatabase(dataDir: string): void {
  const file = join(dataDir, DB_FILE_NAME);
  if (!existsSync(file)) throw new CliError(`no database at ${file}; start Sipena once or run "init"`);
}

/** Opens the database of a data folder read-only without creating or migrating anything. */
export function openExistingReadOnly(dataDir: string): { db: Db; file: string } {
  const file = join(dataDir, DB_FILE_NAME);
  if (!existsSync(file)) throw new CliError(`no database at ${file}; run "npm run cli -- init --data ${dataDir}" first`);
  try {
    const db = openDatabase(file, { readonly: true });
    db.pragma('user_version'); // forces SQLite to read the header: "file is not a database" surfaces here
    return { db, file };
  } catch (e) {
    throw new CliError(`${file} cannot be opened as a Sipena database: ${errorText(e)}`);
  }
}
