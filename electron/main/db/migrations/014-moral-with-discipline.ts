import type { Migration } from './migration.ts';

/**
 * A moral sanction (PP 42/2004 Pasal 15, stated by the PPK) that goes with a disciplinary
 * decision on the same accused: the same conduct may carry both, each with its own letter and
 * number. A case with an ethics violation only keeps its moral sanction in `decisions`.
 */
export const moralWithDiscipline: Migration = {
  version: 14,
  name: 'moral-with-discipline',
  up: (db) => {
    db.exec(`
      CREATE TABLE moral_sanctions (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        sanction_code TEXT NOT NULL CHECK (sanction_code IN ('PP42-MORAL-TERTUTUP','PP42-MORAL-TERBUKA')),
        announced_at TEXT,
        signatory TEXT NOT NULL CHECK (json_valid(signatory)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;
    `);
  },
};
