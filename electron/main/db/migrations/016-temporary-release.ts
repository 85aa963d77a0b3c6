import type { Migration } from './migration.ts';

/**
 * Temporary release from duty (pembebasan sementara, PP 94/2021 Pasal 31) per accused: from
 * the start date until the disciplinary decision is set; the end is read from the decision's
 * SK date, so it is not stored here. The official who orders it (direct superior or the next
 * higher official) signs the letter; the Plh named takes over the duties meanwhile.
 */
export const temporaryRelease: Migration = {
  version: 16,
  name: 'temporary-release',
  up: (db) => {
    db.exec(`
      CREATE TABLE temporary_releases (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        start_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        ordered_by TEXT NOT NULL CHECK (ordered_by IN ('superior','higher')),
        signatory TEXT NOT NULL CHECK (json_valid(signatory)),
        plh_name TEXT NOT NULL,
        plh_nip TEXT NOT NULL,
        plh_jabatan TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;
    `);
  },
};
