import type { Db } from '../connection.ts';
import { initial } from './001-initial.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** Ordered by version; append only. A shipped migration is never edited. */
export const migrations: Migration[] = [initial];
