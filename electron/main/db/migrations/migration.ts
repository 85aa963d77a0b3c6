import type { Db } from '../connection.ts';

/** One schema step: `up` runs in its own transaction (applyMigration) and the database is then at `version`. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}
