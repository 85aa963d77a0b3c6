import type { Migration } from './migration.ts';

/**
 * Who signs a case's summons and examination order, when the case chose other than the
 * rule's default (shared/letters/signer-roles.ts): the role, and for a direct superior who
 * does not sit on the team, the person as printed. No row = the default.
 */
export const letterSigners: Migration = {
  version: 12,
  name: 'letter-signers',
  up: (db) => {
    db.exec(`
      CREATE TABLE letter_signers (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        letter_type TEXT NOT NULL CHECK (letter_type IN ('summons1','summons2','order')),
        role TEXT NOT NULL CHECK (role IN ('superior','team_chair','ppk','appointed')),
        signatory TEXT CHECK (signatory IS NULL OR json_valid(signatory)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (case_id, letter_type)
      ) STRICT;
    `);
  },
};
